"""Stages 2 and 4, the source and its coreference: whose words a cue reports, and who that is.

`speaker_of` finds the source's tokens in the parse (the cue's subject, its agent, the noun a
relative clause hangs on, the subject of the clause a participle hangs on). `speaker` names
them through the document's entity index: pronouns to the right earlier person or group,
surnames and titles to full names, roles ("the minister") to the person last introduced with
that role, capitals to their countries, anonymous and group sources by their words.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ... import lexicon
from ...dates import WEEKDAYS
from ...model import Entity, Span, Speaker, Statement
from ...names import given_name_listed, joined, sex_of_given_name, surname
from ...nlp import next_token, title_period
from ..entities import a_dash, name_tokens
from . import asides, cues, descriptions, marks, surnames, unnamed
from .context import DATELINE, EDGE, QUOTE_MARKS, Candidate, Context
from .syntax import (
    SUBJECTS,
    agent,
    answer_after_asked,
    clause_ids,
    has_to,
    passive,
    quoted_before,
)

# How far back a pronoun looks for the previous speaker, in characters (about 3 paragraphs).
PRONOUN_WINDOW = 1500
_QUANTIFIERS = frozenset("some many several other unnamed most few all two three senior".split())
# Pronouns for unnamed people, named by their words: "…, some said", "Others disagreed".
_UNNAMED = frozenset("others both".split())
# Nouns that count people, naming them only through "of": "a handful of Democrats", "dozens of
# members of his party".
_COUNTS = frozenset("handful dozen dozens".split())


# -- the source in the parse -----------------------------------------------------------------

# Papers that say what a participle after them says once they are out ("indictments were
# announced Friday accusing …"); not what is only issued ("a statement was issued saying").
_PAPERS = lexicon.DOCUMENT_NOUNS - lexicon.ISSUED_NOUNS


def speaker_of(verb: Token) -> list[Token] | None:
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    if len(subjects) > 1:
        # "“… and in some cases, the politicians themselves,” Illinois Rep. Rodney Davis
        # wrote": a noun of the quote parsed as a second subject; the cue's is outside it
        subjects = [c for c in subjects if not quoted_before(c, verb)] or subjects
        # "UPDATE: AARP CEO A. Barry Rand said in a statement, …": a label before its colon
        subjects = [c for c in subjects if not _a_label(c)] or subjects
    subjects = _one_subject(subjects, verb)
    # "Denver (AP) – Colorado’s attorney general said": the dateline parsed as a second subject
    subject = next((c for c in subjects if not _dateline(c)), subjects[0] if subjects else None)
    if subject is None and (inverted := inverted_after_quote(verb)) is not None:
        return [inverted]
    if subject is None and (aged := _age_on_its_verb(verb)) is not None:
        return [aged]
    if subject is None and (gone := gone_so_far(verb)) is not None:
        # "The nominee went so far as to say Obama should “step down”", "He went out of his
        # way to say that …": the one who went that far says it
        return speaker_of(gone)
    if subject is None or _dateline(subject):
        closed = _clause_closed_before(verb)
        if closed is not None:
            return closed
    clause = _relative_clause_of(verb) if subject is not None and _relative(subject) else None
    if clause is not None:
        # "officials, who said …": mention "who", speaker officials; "Republicans in Alabama,
        # several of whom dismissed …": the Republicans
        return [subject, _whose(_first_relative(clause, subject), _antecedent(clause.head))]
    if (
        subject is not None
        and verb.tag_ == "VBG"
        and verb.dep_ in ("advcl", "conj")
        and subject.pos_ == "NOUN"
        and not can_speak(subject)
    ):
        # "…, because that testing results in more abortions, as well as contending that …":
        # a participle's subject that cannot speak is a misparse; it is the clause's speaker's
        subject = None
    if subject is None and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None and answer_after_asked(verb.head) == verb:
        # "Mr. O’Rourke, asked if he supported …, said …": the one asked answers
        subject = next(c for c in verb.head.children if c.dep_ == "nsubj")
    if subject is None and (held := occasion_speaker(verb)) is not None:
        # "Clinton's Tuesday speech denouncing his economic policies", "held a conference call
        # highlighting …": what was said there, by whoever spoke
        return held
    if subject is None and (sent := _sent_as_own(verb)) is not None:
        # "W. Douglas Parker … sent her a letter citing …": the sender's words, as "issued a
        # statement saying …" are the issuer's
        found = speaker_of(sent)
        if found:
            return found
    if (
        subject is None
        and verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and verb.head.pos_ == "NOUN"
        and verb.head.lemma_.lower() in lexicon.DOCUMENT_NOUNS - lexicon.ISSUED_NOUNS
        and verb.head.head.lemma_.lower() not in lexicon.SPEECH_VERBS
        and any(c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX") for c in verb.children)
    ):
        # "federal guidance urging prosecutors to …", "sent a letter saying …"; not "noted
        # published reports alleging …", where what the reports allege is what was noted
        subject = verb.head
    if subject is None:
        subject = document_participle(verb)
    if subject is None:
        subject = _passive_subject_saying(verb)
    if subject is None and agent(verb) is not None:
        subject = agent(verb)
    if subject is None and hung_on_its_subject(verb):
        subject = misparsed_subject(verb)
    if (
        subject is None
        and verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and (
            any(c.dep_ == "ccomp" for c in verb.children)
            or (evidence(verb.head) and verb.lemma_.lower() in ("show", "find", "suggest"))
            or _people_doing(verb)
        )
    ):
        # "a statement from her doctor declaring she is …", "polls showing a majority …",
        # "other top Republican lawmakers demanding Schiff's ouster"; not "controllers
        # calling in sick"
        subject = _issuer_of(verb.head)
    if (
        subject is None
        and verb.tag_ == "VBN"
        and verb.dep_ == "advcl"
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    ):
        return None  # "Asked whether she would run, Lopez said no": Lopez did not ask
    shown_in = _document_showing(verb) if subject is None else None
    if shown_in is not None:
        return [shown_in]
    controller = _object_control(verb) if subject is None else None
    if controller is not None:
        return [controller]
    quoted = _object_as_saying(verb) if subject is None else None
    if quoted is not None:
        return [quoted]
    doer = _object_s_deed(verb) if subject is None else None
    if doer is not None:
        return [doer]
    hops = 0
    head = verb
    while subject is None and head.dep_ in ("advcl", "xcomp", "conj", "pcomp") and hops < 3:
        if head.dep_ == "advcl" and has_to(head) and passive(head.head) and not agent(head.head):
            # "the wording was amended to downplay criticism of …": the purpose is whoever
            # amended it, whom the text does not name
            return None
        by_doing = head.dep_ == "pcomp"
        if by_doing:
            # "… by saying he would …", "aside from saying he wants …": up to the verb
            for _ in range(3):
                if head.head.pos_ in ("VERB", "AUX") or head.head is head:
                    break
                head = head.head
        purpose = head.dep_ == "advcl" and has_to(head)
        infinitive = head.dep_ == "xcomp" and has_to(head)
        head = conjunct_of(verb) if head == verb else head.head
        if (
            infinitive
            and head.dep_ == "acomp"
            and head.lemma_.lower() in lexicon.DONE_NEXT
            and any(c.dep_ == "nsubj" and c.tag_ == "NNS" for c in head.head.children)
        ):
            # "Readers of TheBlaze were quick to condemn the outcome", "Europe's mainstream
            # political leaders were quick to offer condolences": what a group was quick to do
            # it did (`lexicon.DONE_NEXT`), as in "went on to acknowledge"; not "likely",
            # "willing" or "reluctant to say", words still to come or held back. Only a plural
            # noun's: the story gold takes no "The administration was quick to highlight
            # comments from …" nor "Both are quick to offer praise for …"
            head = head.head
        if (
            purpose
            and head.lemma_.lower() == "be"
            and any(c.dep_ == "attr" for c in head.children)
            and not any(c.dep_ in SUBJECTS and can_speak(c) for c in head.children)
        ):
            # "The four-day convention is the best opportunity Trump will have … to convince
            # them they should": an infinitive after "be" and its noun says what the noun is
            # for; the subject of "be", a thing, does not convince anyone
            return None
        if head.dep_ == "advcl" and (closed := _clause_closed_before(head)) is not None:
            return closed  # "…, refusing to acknowledge that …": the one refusing acknowledges
        if by_doing and head.dep_ == "relcl" and not any(c.dep_ == "nsubj" for c in head.children):
            # "tried to back up that statement ― which had been widely criticized ― by saying
            # …": the parser hung the "by" phrase on the passive relative; it is the verb's
            # whose object the relative describes
            head = head.head.head
        if (
            (verb.tag_ == "VBG" and head.dep_ in ("ccomp", "advcl"))
            or (verb.dep_ == "conj" and verb.i not in clause_ids(head) and head.dep_ == "ccomp")
        ) and (
            head.head.lemma_.lower() in lexicon.REPORTING_VERBS
            or (head.dep_ == "ccomp" and head.head.lemma_.lower() in lexicon.OBJECT_CUE_VERBS)
        ):
            # "X believe Y would …, suggesting …": X suggests; "Trump tweeted that Machado
            # was “a con” and encouraged …": Trump encouraged; but in "As the brawl continued
            # and threatened to …, the campaign said" the brawl threatened. A cue's clause
            # too: "Mr. Obama disputed that Democrats feel betrayed …, saying that …": Obama
            head = head.head
        # "The son of Cuban immigrants, Rubio has challenged …, saying …": the clause's own
        # subject, as for the cue's verb, not the description set off before it
        subjects = _one_subject([c for c in head.children if c.dep_ == "nsubj"], head)
        # "Denver (AP) – … after Nebraska and Oklahoma asked …, saying": past the dateline
        subject = next((c for c in subjects if not _dateline(c)), subjects[0] if subjects else None)
        if (
            subject is not None
            and verb.tag_ == "VBG"
            and head.dep_ == "relcl"
            and subject.lower_ in lexicon.RELATIVE_PRONOUNS
            and (
                not can_speak(_antecedent(head.head))
                or head.head.lemma_.lower() in lexicon.SPEECH_ACT_NOUNS
            )
            and head.head.head.pos_ in ("VERB", "AUX")
        ):
            # "LePage offered more racially charged comments that have drawn fire, saying,
            # “…”": the parser hung the participle on the relative clause of a thing that
            # cannot speak or of a speech act; it is the verb's whose object the thing is
            subject = _subject(head.head.head)
        if subject is None and verb.tag_ == "VBG" and passive(head):
            # "Farenthold was sued by a former aide, alleging …": the one who sued alleges
            subject = agent(head)
            done = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
            if subject is None and done is not None and done.lemma_.lower() in _PAPERS:
                # "after indictments were announced Friday accusing a dozen Kremlin
                # intelligence officers of hacking …": the papers accuse, as in "a letter
                # saying …"
                subject = done
        elif subject is None and verb.dep_ == "conj" and head == verb.head and not passive(verb):
            # "The lawsuit was brought by two states and asks the court to …": the lawsuit
            subject = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        hops += 1
    if subject is not None and hops and _inside_a_quote_before(subject, verb):
        # "“Basically all of my relationships are with girls …,” Butz, 49, told The Huffington
        # Post.": the parser joined the cue to the quote's verb; the quote's subject is a word
        # of what was said, not who said it
        subject = None
    if subject is not None and _dateline(subject):
        # "WASHINGTON -- President Obama … said": the place line is not who speaks, nor the
        # agency in parentheses after it, nor its state ("KANSAS CITY, Mo. — Leaders of …
        # accused", "DANVILLE, Ky. –- Joe Biden did": "Mo." and "Ky." parsed as appositions)
        subject = next(
            (
                c
                for c in subject.children
                if c.dep_ == "appos"
                and c.left_edge.i > 0
                and c.doc[c.left_edge.i - 1].text != "("
                and not _dateline(c)
            ),
            None,
        )
    if subject is None and (set_off := set_off_subject(verb)) is not None:
        return [set_off]
    if subject is None or (subject.pos_ == "VERB" and not name_tagged_verb(subject)):
        return None
    if subject.lower_ == "it" and subject.dep_ == "nsubjpass":
        return None  # "it is said that …": no speaker
    clause = _relative_clause_of(subject.head) if _relative(subject) else None
    if clause is not None:
        # "Republicans who have broken with the president and called for …": the second verb
        # of the relative clause is theirs too
        if hung_on_a_things_relative(verb):
            outer = _clause_subject_above(subject.head.head)
            return [outer] if outer is not None else None
        antecedent = _antecedent(clause.head)
        if clause != subject.head:  # "who is running … and who worked …"
            antecedent = _whose(_first_relative(clause, subject), antecedent)
        return [subject, antecedent]
    return [subject]


# What ends the noun phrase after an inverted cue: a preposition ("the front page of …"), a
# conjunction of a clause, a relative word, a finite verb or a modal.
_PAST_THE_NAME = frozenset("ADP SCONJ".split())


def inverted_after_quote(verb: Token) -> Token | None:
    """ "“It’s Bernie’s to lose at this point,” added another New Hampshire Democrat.", "“…,”
    tweeted another.", "“…,” read the email.", "“…,” said the woman, who like many in the town
    did not want to be quoted by name", "“…,” said Oversight ranking Democrat Elijah Cummings
    (D-Md.).": the sentence's verb right after the quote it closes, its subject after it, as
    English puts it when the quote comes first. The parser takes that subject for the verb's
    object, or for the subject of a verb after it, and leaves the cue with none; the speaker
    is the noun phrase that follows the verb (up to a comma, a bracket, a preposition or a
    clause of its own), where it can speak or is a paper that says things. In the story gold
    10 quotes of 5 stories had no source for this alone (PolNeAR nh-primary-outlook-2016-02,
    orlando-mosque-2016-06, delaware-primary-2016-04, kentucky-2016-05; BASIL 1ed4f378)."""
    doc = verb.doc
    if verb.dep_ not in ("ROOT", "dep", "parataxis") or verb.i < 2 or cues.lemma(verb) == "tell":
        # the sentence's verb, or one the parser left loose beside its root; not "told", whose
        # object is who hears ("“…,” told reporters" leaves out who spoke)
        return None
    before = doc[verb.i - 1]
    if before.text not in QUOTE_MARKS:
        return None
    if not any(t.text == "," for t in doc[max(verb.sent.start, verb.i - 3) : verb.i - 1]):
        return None  # "“…,” said": the comma that ends the quote, inside or before the mark
    head = None
    for token in doc[verb.i + 1 : verb.sent.end]:
        if (
            (token.is_punct and token.text not in ("-",))
            or token.pos_ in _PAST_THE_NAME
            or token.lower_ in lexicon.RELATIVE_PRONOUNS
            or token.tag_ in (*_FINITE, "MD")
        ):
            break
        if token.pos_ in ("NOUN", "PROPN", "PRON"):
            head = token
    if head is None or head.lower_ in lexicon.THING_PRONOUNS:
        return None
    if can_speak(head) or head.lemma_.lower() in lexicon.DOCUMENT_NOUNS:
        return head
    return None


# Clauses that say what another clause says, which a participle after them does not go on.
_CONTENT_CLAUSES = frozenset("ccomp xcomp csubj".split())


def _clause_closed_before(verb: Token) -> list[Token] | None:
    """ "…, a charge that Colorado Republican leaders strongly denied, noting that they had
    used the same system since 2004", "Rice's comments came as Netanyahu turned down an
    invitation …, saying such a session could …", "As the debate progressed and Trump stood
    by his comment that “Islam hates us,” refusing to acknowledge …, Rubio again tried …": a
    participle set off right after a clause of its own (a relative clause, one opened by
    "as" or "after") goes on with that clause's subject, where the parser hung it on the
    sentence's verb. Only where the sentence's subject cannot have said it (a thing, "Rice's
    comments came"; a subject after the participle, which opens the next clause; a dateline)
    or the clause is a relative one that reports (`_reporting_relative`); "Lind spoke to
    reporters after Hale announced her run, saying he …" stays Lind's."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "ROOT"):
        return None
    doc = verb.doc
    before = verb.i - 1
    while before > verb.sent.start and doc[before].text in QUOTE_MARKS | {","}:
        before -= 1
    if before == verb.i - 1 or "," not in {t.text for t in doc[before + 1 : verb.i]}:
        return None
    clause = next(
        (
            a
            for a in (doc[before], *doc[before].ancestors)
            if a.tag_ in _FINITE and a.dep_ not in _CONTENT_CLAUSES and _subject(a) is not None
        ),
        None,
    )
    if clause is None or clause in (verb, verb.head):
        return None
    subject = _subject(clause)
    if not can_speak(subject) or _dateline(subject):
        return None
    main = _subject(verb.head) if verb.head is not verb else _subject(verb)
    main_speaks = (
        main is not None
        and main.i < verb.i
        and can_speak(main)
        # can_speak takes "comments" for people ("-ents" as in "agents"): a thing said says
        # no more ("Rice's comments came as …")
        and main.lemma_.lower() not in lexicon.SPEECH_ACT_NOUNS
        and not _dateline(main)
    )
    if clause.dep_ not in ("relcl", "advcl") and (main is None or main.i < verb.i):
        return None  # a clause the sentence's own, not one set inside it
    if main_speaks and not _reporting_relative(clause):
        return None  # "Lind spoke after Hale announced her run, saying he …": Lind's
    if subject.lower_ in lexicon.RELATIVE_PRONOUNS and clause.dep_ == "relcl":
        return [subject, _whose(subject, _antecedent(clause.head))]
    return [subject]


def _reporting_relative(clause: Token) -> bool:
    """ "a charge that Colorado Republican leaders strongly denied": a relative clause whose
    verb reports, not set off as an aside ("Moore's campaign denied the allegations, which The
    Washington Post first reported, telling the paper …" goes on with the campaign)."""
    opens = clause.left_edge.i
    return (
        clause.dep_ == "relcl"
        and cues.lemma(clause) in lexicon.REPORTING_VERBS
        and (opens == 0 or clause.doc[opens - 1].text != ",")
    )


def name_tagged_verb(token: Token) -> bool:
    """ "Bruning, a Republican, blamed …", "Trump over the weekend denied that …": a name the
    tagger took for a verb (a surname in -ing, a sentence's first word), which the article
    names as a person elsewhere (the last word of a PERSON entity). In the BASIL articles (the
    held-out stories aside) 5 cues in 4 stories had their subject so tagged."""
    return (
        token.pos_ in ("VERB", "AUX")
        and token.text[:1].isupper()
        and token.dep_ in ("nsubj", "nsubjpass")
        and any(e.label_ == "PERSON" and e[-1].text == token.text for e in token.doc.ents)
    )


def set_off_subject(verb: Token) -> Token | None:
    """ "But the president's campaign, responding forcefully to the new frontrunner, said …",
    "The 10-year-old lawsuit, argued in lively exchanges at the court Tuesday, claims that …":
    a subject set off from its verb by a phrase between commas, which the parser hung
    elsewhere (on "But", on the participle), leaving the verb without one. The subject is the
    noun phrase that opens the clause (past a leading conjunction, a fronted phrase closed by
    a comma, or a quote) up to the first comma; the phrase set off after it has no subject of
    its own. In the BASIL articles (the held-out stories aside) 10 cues of 10 stories had no
    source for this alone. The phrase may hold a participle that describes ("The self-titled
    America's Toughest Sheriff, who …, said that …") and the phrase set off a short title in
    quotation marks ("“…,” Texas delegate Bill Eastland, wearing a cowboy hat and “Ted Cruz”
    campaign pins, said"); not the words of a quote set off by its own comma."""
    doc = verb.doc
    if verb.tag_ not in _FINITE or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    start = _clause_start(verb)
    if start is None:
        return None
    comma = next((t.i for t in doc[start : verb.i] if t.text == ","), None)
    if comma is None or comma >= verb.i - 1:
        return None
    phrase = doc[start:comma]
    if not phrase or any(_not_nominal(t) for t in phrase if not _joins_nouns(t, start, comma)):
        return None
    head = phrase.root
    if head.pos_ not in ("NOUN", "PROPN") and head.ent_type_ not in _NAMED:
        return None
    if head.ent_type_ in ("DATE", "TIME") or any(_dateline(t) for t in phrase):
        return None  # "Sunday night, when …", "WASHINGTON — Jesse L. Jackson Jr., …"
    between = doc[comma + 1 : verb.i - 1]
    if any(
        t.dep_ in ("nsubj", "nsubjpass")
        and t.lower_ not in lexicon.RELATIVE_PRONOUNS
        and t.head.tag_ in _FINITE
        and t.head.i < verb.i
        and t.head.i > comma
        for t in between
    ):
        return None  # "Trump, we are told, said …": a clause of its own between
    if any(_closes_a_quote(t) for t in between):
        return None  # "Trump, “…,” said": words quoted between, not a title
    return head


def _closes_a_quote(token: Token) -> bool:
    """A quotation mark that closes words set off as speech ("“…,” said"): after a comma, a
    full stop, "!" or "?"."""
    return (
        token.text in QUOTE_MARKS
        and token.i > 0
        and token.doc[token.i - 1].text in (",", ".", "!", "?")
    )


def _inside_a_quote_before(subject: Token, verb: Token) -> bool:
    """A subject inside quotation marks that close before the cue: "“Basically all of my
    relationships are …,” Butz, 49, told": a word of the quote, not its speaker."""
    doc = subject.doc
    marks = [t for t in doc[subject.sent.start : subject.i] if t.text in ("“", "”", '"')]
    if not marks or marks[-1].text == "”":
        return False
    if marks[-1].text == '"' and (
        sum(t.text == '"' for t in marks) % 2 == 0
        or (marks[-1].i > 0 and not doc[marks[-1].i - 1].whitespace_)
    ):
        # a straight mark right after a word closes (‘He’s a former president," Fiorina told
        # "Fox and Friends," reminding …’: the sentence starts inside the quote)
        return False
    return subject.i < verb.i and any(_closes_a_quote(t) for t in doc[subject.i + 1 : verb.i])


# Finite verbs, which take a subject of their own.
_FINITE = frozenset("VBD VBZ VBP".split())
# Entities, which the tagger may take for a verb.
_NAMED = frozenset("PERSON ORG NORP GPE".split())


def _joins_nouns(token: Token, start: int, end: int) -> bool:
    """ "a former diplomatic security agent and 20-year veteran of the department": an "and"
    inside a noun phrase (from `start` to `end`), not one that opens or closes it."""
    return token.pos_ == "CCONJ" and start < token.i < end - 1


def _not_nominal(token: Token) -> bool:
    """A word no noun phrase holds: a verb (not a name the tagger took for one, nor a
    participle that describes a noun: "the self-titled sheriff"), a conjunction opening a
    clause, a quote mark."""
    if token.pos_ in ("VERB", "AUX"):
        return token.ent_type_ not in _NAMED and token.dep_ != "amod"
    return (
        token.pos_ in ("SCONJ", "CCONJ")
        or token.text in QUOTE_MARKS
        or token.lower_ in lexicon.RELATIVE_PRONOUNS
    )


def _clause_start(verb: Token) -> int | None:
    """Where the verb's clause opens: the sentence start, past a leading conjunction ("But"),
    a fronted phrase closed by a comma ("After the vote,", "In a statement issued Thursday,")
    and a quote before the speaker ("“…,” Rev. John Paul Hopping … told")."""
    doc = verb.doc
    start = verb.sent.start
    marks = [t.i for t in doc[start : verb.i] if t.text in QUOTE_MARKS]
    # the quote before the speaker closes on its comma; a title quoted after the speaker
    # ("wearing … “Ted Cruz” campaign pins") opens no clause
    marks = [i for i in marks if _closes_a_quote(doc[i])] or marks
    if marks:
        start = marks[-1] + 1
        if start < verb.i and doc[start].text == ",":
            start += 1
    if start < verb.i and doc[start].pos_ == "CCONJ":
        start += 1
    for _ in range(2):
        if start >= verb.i or doc[start].pos_ not in ("ADP", "SCONJ", "ADV", "VERB"):
            break
        if doc[start].ent_type_ in _NAMED:
            break
        comma = next((t.i for t in doc[start : verb.i] if t.text == ","), None)
        if comma is None:
            return None
        start = comma + 1
    return start if start < verb.i else None


def _relative(subject: Token) -> bool:
    """ "who", or a part of those the relative clause is about: "several of whom"."""
    if subject.lower_ in lexicon.RELATIVE_PRONOUNS:
        return True
    return any(
        g.lower_ in ("whom", "which")
        for p in subject.children
        if p.lower_ == "of"
        for g in p.children
    )


def _relative_clause_of(verb: Token) -> Token | None:
    """The relative clause a verb with a relative subject of its own belongs to: its own, or
    the one it is joined to ("a 70-year-old academic named Eric Kingson, who is running for
    Congress and who worked the crowd, praising …": the second "who" is Kingson too)."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.dep_ in ("conj", "relcl"):
        clause = clause.head
    return clause if clause.dep_ == "relcl" else None


def _first_relative(clause: Token, relative: Token) -> Token:
    """The relative word that opens the relative clause (the first "who" of "who is running
    … and who worked …"): what the clause hangs on comes before it."""
    return next((c for c in clause.children if c.dep_ in SUBJECTS and _relative(c)), relative)


def _name_described(noun: Token) -> Token | None:
    """The person's name an apposition describes, from the apposition ("Representative Raúl
    M. Grijalva of Arizona, a co-chairman of the Congressional Progressive Caucus") or from a
    body or place named inside it ("Howard Rubel, a senior analyst at Jefferies"); None
    where the noun is in no apposition on a name."""
    while noun.dep_ == "pobj" and noun.pos_ == "PROPN" and noun.ent_type_ != "PERSON":
        noun = noun.head.head
    if noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.head.ent_type_ == "PERSON":
        return noun.head
    return None


def _whose(relative: Token, antecedent: Token) -> Token:
    """ "Who" and "whom" are people: where the parser hung their clause on a thing ("backlash
    from Republicans in Alabama, several of whom dismissed …", "three other women who were
    teenagers at the time who claimed …"), it is the people named last before it, inside the
    thing's phrase or in the phrase that holds it."""
    personal = (
        relative.lower_ in lexicon.PERSON_RELATIVES
        or relative.lower_ not in lexicon.RELATIVE_PRONOUNS
    )
    if relative.lower_ == "which" and _people(antecedent):
        # "a letter signed by all 42 Senate Republicans, which stated …": "which" is never
        # people; where the parser hung it on them, it is the document that holds them
        for above in antecedent.ancestors:
            if above.pos_ == "NOUN" and above.i < antecedent.i:
                document = above.lemma_.lower() in lexicon.DOCUMENT_NOUNS
                return above if document else antecedent
        return antecedent
    if relative.lower_ in lexicon.PERSON_RELATIVES:
        # "said Howard Rubel, a senior analyst at Jefferies, who notes that …": the person
        # the apposition describes, not the firm or the role the parser hung "who" on
        described = _name_described(antecedent)
        if described is not None:
            return described
    if not personal or can_speak(antecedent) or antecedent.pos_ != "NOUN":
        return antecedent
    # "Mr. Trump's adult children, who believed …", "the party's top figures, who have
    # openly expressed concern …": whose people they are is not who they are
    owners = {t.i for c in antecedent.children if c.dep_ == "poss" for t in c.subtree}
    inside = [
        t
        for t in antecedent.subtree
        if t.i < relative.i
        and t != antecedent
        and t.i not in owners
        and t.pos_ in ("NOUN", "PROPN")
        and t.ent_type_ not in ("GPE", "LOC", "FAC")  # people, not where they are
        and can_speak(t)
    ]
    if inside:
        return inside[-1]
    if owners and antecedent.tag_ == "NNS":
        return antecedent
    for above in antecedent.ancestors:
        if above.pos_ in ("NOUN", "PROPN") and above.i < relative.i:
            people = can_speak(above) or above.lemma_.lower() in _PEOPLE_WORDS
            return above if people else antecedent
    return antecedent


def _people(token: Token) -> bool:
    """A person or people by name or role: "Harry Reid", "Senate Republicans", "lawmakers"."""
    if token.ent_type_ in ("PERSON", "NORP"):
        return True
    return token.tag_ in ("NNS", "NNPS") and token.lemma_.lower() in lexicon.ROLE_NOUNS


# Nouns for people that `can_speak` does not list, as "who" may go on with.
_PEOPLE_WORDS = (
    frozenset("woman man girl boy child teenager person".split())
    | lexicon.FEMALE_WORDS
    | lexicon.MALE_WORDS
)


def conjunct_of(verb: Token) -> Token:
    """The verb a coordinated verb goes with, which is not always the one the parser hung it on.
    Conjuncts share their tense: "Obama said economists predict … if Congress passes the
    agreement and urged lawmakers to …": past "urged" goes with "said", not with "passes". And
    they stand next to each other: "The press conference underscored how far apart both sides
    are, even as Trump called the meeting “productive” and suggested …": "suggested" goes with
    "called", the verb just before the "and", where the verb the parser chose is of another
    tense or has a subject that cannot speak."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or verb.i < head.i:
        return head
    if cues.lemma(verb) not in lexicon.REPORTING_VERBS | lexicon.SPEECH_VERBS:
        return head
    tensed = head.tag_ not in ("VBZ", "VBP")
    joint = next((c for c in head.children if c.dep_ == "cc" and c.i < verb.i), None)
    subject = _subject(head)
    if joint is not None and joint.i > 0 and not (tensed and subject and can_speak(subject)):
        before = verb.doc[joint.i - 1]
        while before.is_punct and before.i > head.i:
            before = verb.doc[before.i - 1]
        nearer = next((a for a in (before, *before.ancestors) if a.pos_ in ("VERB", "AUX")), head)
        if (
            nearer != head
            and nearer.tag_ == "VBD"
            and head in nearer.ancestors
            and any(c.dep_ == "nsubj" and can_speak(c) for c in nearer.children)
        ):
            return nearer
    if not tensed:
        for above in head.ancestors:
            if above.tag_ == "VBD" and any(
                c.dep_ == "nsubj" and can_speak(c) for c in above.children
            ):
                return above
    return head


# Pronouns in the subject's case.
_NOMINATIVE = frozenset("i we you he she they".split())


def _one_subject(subjects: list[Token], verb: Token) -> list[Token]:
    """ "With the moderator, Martha Radd, opening the debate with a question about the strike,
    Ryan criticized …": a clause has one subject; where the parser hung two before the verb,
    the earlier is the subject of a fronted phrase the comma closes, and the one after that
    comma, next to the verb, is the clause's."""
    after = [c for c in subjects if c.i > verb.i and c.dep_ == "nsubj"]
    if len(after) > 1 and all(
        t.text == "-" or title_period(t) or not t.is_punct
        for t in verb.doc[after[0].i : after[-1].i]
    ):
        # "…,” said Indivisible co-founder Ezra Levin": the parser split the title at its
        # hyphen (or "said Navy Capt. Jeff Davis" at its abbreviation's period) into subjects
        # of their own; the speaker is the name that ends the phrase
        return [c for c in subjects if c not in after[:-1]]
    before = [c for c in subjects if c.i < verb.i and c.dep_ == "nsubj"]
    if len(before) < 2:
        return subjects
    last = max(before, key=lambda c: c.i)
    between = verb.doc[last.right_edge.i + 1 : verb.i]
    if last.pos_ not in ("NOUN", "PROPN", "PRON") or any(t.is_punct for t in between):
        return subjects  # "Mr. Pence, briefing reporters after …, said": set off, not next
    if last.left_edge.lower_ in _NOMINATIVE and not between:
        # "the 12 million jobs he and Romney say their economic program would create" (HuffPost,
        # BASIL b5eefefb): a pronoun in the subject's case opening the phrase next to the verb
        # is its subject; the noun before it is what a relative clause without "that" is about
        return [c for c in subjects if c not in before or c == last]
    opens = last.left_edge.i
    if opens == 0 or verb.doc[opens - 1].text != "," or any(c.i > opens for c in before[:-1]):
        return subjects
    return [c for c in subjects if c not in before or c == last]


def hung_on_a_things_relative(verb: Token) -> bool:
    """ "He called the disclosure of the program that allows the NSA to collect data
    “reprehensible” and said …": the parser hung "said" on the relative clause of a thing,
    which says nothing; it goes on with the clause that holds the thing."""
    if verb.dep_ != "conj" or verb.head.dep_ != "relcl":
        return False
    lemma = cues.lemma(verb)
    casts = lemma in lexicon.AS_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "as" for c in verb.children
    )
    if lemma not in lexicon.REPORTING_VERBS and not casts:
        # "foreign policies that have wrought turmoil … and cast the former secretary of
        # state as a favor-trading … agent": casting someone as something is said, as
        # reporting is
        return False
    relative = next((c for c in verb.head.children if c.dep_ in SUBJECTS), None)
    if relative is None or relative.lower_ not in lexicon.RELATIVE_PRONOUNS:
        return False
    antecedent = _antecedent(verb.head.head)
    if casts and antecedent.lemma_.lower() in _SHARES and verb.head.head.pos_ == "NOUN":
        antecedent = verb.head.head  # "a half of foreign policies that …": the policies
    return antecedent.pos_ == "NOUN" and not can_speak(antecedent)


def _clause_subject_above(noun: Token) -> Token | None:
    """The subject of the nearest clause above `noun` whose subject can speak."""
    for node in noun.ancestors:
        if node.pos_ in ("VERB", "AUX"):
            found = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if found is not None and can_speak(found):
                return found
    return None


def _a_label(subject: Token) -> bool:
    """A word the parser took for a subject that is the label of what follows its colon:
    "UPDATE:", "CORRECTION:", "Editor's note:"."""
    doc = subject.doc
    return (
        subject.i + 1 < len(doc)
        and doc[subject.i + 1].text == ":"
        and subject.i + 1 == (subject.right_edge.i)
    )


# Participles by which a document, not whoever put it out, shows what it holds.
_SHOWING = frozenset("show reveal indicate demonstrate detail list".split())


def _document_showing(verb: Token) -> Token | None:
    """The document a participle after its release says through: "Clinton released her most
    recent eight years of tax returns, showing that she … earned $139 million": the returns
    show it, not Clinton (who released them)."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.lemma_.lower() not in _SHOWING:
        return None
    for thing in (c for c in verb.head.children if c.dep_ in ("dobj", "nsubjpass")):
        # "released her … eight years of tax returns": the document after "of"
        of = [g for p in thing.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        for noun in (thing, *of):
            word = noun.lemma_.lower()
            if noun.pos_ == "NOUN" and word in lexicon.DOCUMENT_NOUNS - lexicon.ISSUED_NOUNS:
                return noun
    return None


# Verbs that make, adopt or send out a document: "passed a resolution Tuesday calling for …".
# Not "sign": signers make a letter's words their own ("One-hundred candidates … signed a letter
# to Pelosi and other congressional leaders demanding …" is the candidates' demand).
_PUTTING_OUT = frozenset(
    """
pass adopt approve issue draft release send file publish write unveil introduce pen fire
circulate post run air submit deliver produce prepare
""".split()
)


# Verbs by which someone sends or signs a document as their own: "sent her a letter citing …",
# "signed a petition urging him to veto the bill", "held signs urging McCulloch to step aside".
# The BASIL story gold gives such a participle to the sender or signer (58ed2376, 1e41e98b,
# ed8c136f, 2742e9c1 and c6a0e65c), and so does PolNeAR train ("He sent a two-page memo to The
# Washington Post in April explaining …": He). So do a letter written, a petition launched and
# a document sent out ("wrote a letter to Zucker asking …", "have launched petitions calling on
# …", "blasted out an email to supporters stating …": the writer's, the launchers' and the
# campaign's in the PolNeAR story gold, cnnpay, sandlay and ryanunit).
_SENT_AS_OWN = frozenset("send sign hold pen write launch".split())


def _sent_as_own(verb: Token) -> Token | None:
    """The verb by which its subject sends or signs as their own the document a cue participle
    hangs on: "sent": "W. Douglas Parker … sent her a letter citing … and saying, “…”", "Every
    former secretary … sent a letter … asking them restore the department’s funding". Not a
    document that names its own author ("signed a letter from Representative Peter Welch …
    calling …", "a pledge sponsored by the National Organization for Marriage promising …"),
    nor a participle set off by a comma."""
    found = _participle_noun(verb)
    if found is None:
        return None
    _, noun = found
    sent = noun.head
    if noun.lemma_.lower() not in _PAPERS | lexicon.SPEECH_ACT_NOUNS or noun.dep_ != "dobj":
        return None
    # "issued a statement voicing …", "released a statement calling …": a speech act handed
    # out is its giver's own, as a letter sent is its sender's
    speech_act = noun.lemma_.lower() in lexicon.SPEECH_ACT_NOUNS
    sent_out = any(c.dep_ == "prt" and c.lower_ == "out" for c in sent.children)
    if sent.lemma_.lower() not in _SENT_AS_OWN and not speech_act and not sent_out:
        return None
    authored = any(
        c.dep_ == "poss"
        or (c.dep_ == "prep" and c.lower_ in ("from", "by"))
        or (c.dep_ == "acl" and c.tag_ == "VBN")
        for c in noun.children
    )
    return None if authored else sent


# Verbs by which someone gives or holds an occasion to speak: "gave a speech", "held a
# conference call", "is running a TV spot", "opened a Rochester rally".
_HOLDING = frozenset("give deliver hold host open stage run make headline".split())
# Prepositions of a speaker's own occasion: "In a Wednesday press conference announcing his
# opposition to the bill, Hutchinson said …".
_DURING = frozenset("in at during".split())
# An occasion told as still to come ("Clinton's speech next week", "his planned speech"), and the
# verbs that say an occasion did not take place ("canceled a rally by Cruz").
_NOT_YET = frozenset("next upcoming coming planned scheduled proposed tomorrow".split())
_UNDONE = frozenset("cancel postpone scrap abandon shelve".split())


def occasion_speaker(verb: Token) -> list[Token] | None:
    """Who speaks in a cue participle on an occasion to speak (`lexicon.OCCASION_NOUNS`): "Hillary
    Clinton’s Tuesday speech denouncing his economic policies" (Clinton's), "spent much of his
    weekly news conference comparing Mr. Schiff … to Senator Joseph R. McCarthy" (his), "a
    speech by Obama praising …" (Obama's), "held a conference call highlighting Sen. Bernie
    Sanders' record on guns", "is running a TV spot attacking …", "opened a Rochester rally
    blasting Clinton for …" (the holder's, where the text says it was held: not "did not give",
    "will give"; the possessor's and the one after "by" likewise: `_took_place`), and "In a
    Wednesday press conference announcing his opposition to the bill, Hutchinson said …" (the
    one who says something in it; not "Reporters asked at a news conference announcing …"). An
    occasion no one in the text holds ("a rally protesting the war", "protesters outside a
    speech calling for …", "criticized the speech denouncing …", "arrested ten people at a rally
    denouncing …", "Police closed a rally denouncing …", "CNN aired a speech blaming …") names
    no speaker here, nor do occasions in the plural, a habit rather than words said at one time
    ("her sister, who had given speeches criticizing the government")."""
    found = _participle_noun(verb)
    if found is None:
        return None
    base, noun = found
    if noun.lemma_.lower() not in lexicon.OCCASION_NOUNS or base.dep_ != "acl":
        return None
    if noun.tag_ != "NN" or noun.dep_ == "ROOT" or _only_whom(verb):
        return None  # "Their rally blasting Clinton … drew thousands", parsed as a root
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return [owner] if can_speak(owner) and _took_place(noun, base) else None
    by = _by_or_from(noun)
    if by is not None:
        return [by] if _took_place(noun, base) else None
    holder = noun.head
    if noun.dep_ == "dobj" and cues.lemma(holder) in _HOLDING and _held(holder):
        return speaker_of(holder)
    if (
        noun.dep_ == "pobj"
        and holder.lower_ in _DURING
        and holder.head.pos_ == "VERB"
        and cues.lemma(holder.head) == "say"
        and _held(holder.head)
    ):
        return speaker_of(holder.head)
    return None


def _held(verb: Token) -> bool:
    """Whether the text says the occasion was held, as it was: not "did not give a speech
    attacking …", "will give a speech denouncing …", "plans to give …" (the round-63 code
    review: each read as words said)."""
    return verb.dep_ != "xcomp" and not any(
        c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children
    )


def _took_place(noun: Token, participle: Token) -> bool:
    """Whether an occasion named by its speaker ("Clinton's speech", "a rally by Cruz") is told
    as one that took place: not one still to come or only planned ("Clinton's speech next week
    attacking …", "his planned speech criticizing …": words on the occasion, not in its
    possessor's name, "Planned Parenthood's rally"), nor one the verb whose object or subject
    it is says did not or will not take place ("never delivered her speech …", "canceled a
    speech by Obama criticizing …", "called off a speech by Obama …"; the round-64 code review:
    each read as words said). Another's verb tells nothing of the occasion itself: "will
    follow Clinton's Tuesday speech denouncing …", "skipped Clinton's speech attacking …",
    "Rain delayed Obama's speech …"."""
    told = [t for c in noun.children if c.dep_ in ("amod", "compound") for t in c.subtree]
    told += noun.doc[noun.i + 1 : participle.i]  # "Clinton's speech next week attacking …"
    if any(t.lower_ in _NOT_YET for t in told):
        return False  # not a word of its possessor's name: "Planned Parenthood's rally"
    verb = noun.head
    while verb.dep_ in ("prep", "pobj", "agent") and verb.head.i != verb.i:
        verb = verb.head  # "at Clinton's rally blasting …": the verb of the preposition
    if verb.i == noun.i or verb.pos_ not in ("VERB", "AUX"):
        return True
    lemma = cues.lemma(verb)
    if lemma in _HOLDING:
        return _held(verb)  # "never gave his speech …", "will deliver her speech …"
    called_off = lemma == "call" and any(
        c.dep_ == "prt" and c.lower_ == "off" for c in verb.children
    )
    return lemma not in _UNDONE and not called_off  # "will follow Clinton's speech …" was held


def _only_whom(verb: Token) -> bool:
    """ "spent much of his own 24-minute speech praising the candidate": a participle whose
    only complement is a person, with nothing said of them (no "for", "as", "to" or clause),
    tells whom the occasion was about, as "praised him" does (`exclusions`); "blasting Clinton
    for promoting fracking" and "comparing Mr. Schiff … to Senator Joseph R. McCarthy" say
    what of them."""
    told = [c for c in verb.children if c.dep_ not in ("punct", "advmod", "npadvmod", "cc")]
    return len(told) == 1 and told[0].dep_ == "dobj" and can_speak(told[0])


def _participle_noun(verb: Token) -> tuple[Token, Token] | None:
    """The first participle of a cue participle's chain ("condemning … and calling on …") and
    the noun it hangs on: "a resolution condemning …" (on the noun), "passed a resolution
    Tuesday calling for …" (hung by the parser on the verb: that verb's object before it).
    None for a participle with its own subject or one set off from the noun by a comma (",
    accusing the civil rights body of …": what the clause's subject does)."""
    if verb.tag_ != "VBG" or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    base = verb
    while base.dep_ == "conj" and base.head.tag_ == "VBG":
        base = base.head  # "citing … and saying …"
    if base.dep_ == "acl":
        noun = _document_before_its_recipient(base.head)
    elif base.dep_ == "advcl":
        noun = next((c for c in base.head.children if c.dep_ == "dobj" and c.i < base.i), None)
    else:
        return None
    if noun is None or noun.pos_ != "NOUN" or noun.i > base.i:
        return None
    if any(t.text == "," for t in verb.doc[noun.i : base.i]):
        return None
    return base, noun


def _document_before_its_recipient(noun: Token) -> Token:
    """ "blasted out an email to supporters stating …": the parser hangs the participle on the
    recipient after "to"; it tells what the document the verb's object before it says."""
    to = noun.head
    if noun.dep_ != "pobj" or to.lower_ != "to" or to.dep_ not in ("dative", "prep"):
        return noun
    document = next(
        (c for c in to.head.children if c.dep_ == "dobj" and c.i < to.i),
        to.head if to.head.pos_ == "NOUN" else None,
    )
    if document is None or document.lemma_.lower() not in _PAPERS:
        return noun
    return document


def document_participle(verb: Token) -> Token | None:
    """The document whose words a cue participle gives: "approved a resolution condemning
    racism …", "federal guidance urging …" (not one its sender or signer makes their own:
    `_sent_as_own`), or, where the parser hung the
    participle on the verb that puts the document out, "passed a resolution Tuesday calling
    for …", "adopted a resolution Tuesday condemning … and calling on …". A participle set off
    by a comma tells what the clause's subject does: "The St. Louis Tea Party Coalition issued
    its own resolution against the N.A.A.C.P., accusing the civil rights body of …", "The states
    … filed a federal lawsuit …, claiming that …" are the group's and the states' (so the BASIL
    story gold reads both kinds). Not an issuer's statement ("issued a statement saying …" is
    the issuer's), nor what a speech verb reports of a document ("noted published reports
    alleging …")."""
    if _sent_as_own(verb) is not None:
        return None  # "sent her a letter citing …": the sender's
    found = _participle_noun(verb)
    if found is None:
        return None
    base, noun = found
    if base.dep_ == "acl" and noun.head.lemma_.lower() in lexicon.SPEECH_VERBS:
        return None
    if base.dep_ == "advcl" and base.head.lemma_.lower() not in _PUTTING_OUT:
        return None
    return noun if noun.lemma_.lower() in _PAPERS else None


def _by_or_from(noun: Token) -> Token | None:
    """The one after a noun's "by" or "from" who can speak: "a statement from her doctor", "a
    speech by Obama"."""
    return next(
        (
            c
            for p in noun.children
            if p.dep_ == "prep" and p.lower_ in ("from", "by")
            for c in p.children
            if c.dep_ == "pobj" and can_speak(c)
        ),
        None,
    )


def _issuer_of(noun: Token) -> Token | None:
    """Who speaks through a participle on a noun: "a statement from her doctor declaring …"
    is the doctor's; "a letter warning …", "polls showing …" the document's or the evidence's;
    "videos showing …" the videos'. A noun that cannot speak speaks for no one."""
    by = _by_or_from(noun)
    if by is not None:
        return by
    word = noun.lemma_.lower()
    if word in lexicon.DOCUMENT_NOUNS or evidence(noun) or can_speak(noun):
        return noun
    return None


def _people_doing(verb: Token) -> bool:
    """ "joining other top Republican lawmakers demanding Schiff's ouster", "Among those
    predicting a flurry of judicial decisions …": a cue participle with an object, an
    infinitive or a preposition (not a particle: "controllers calling in sick") on people, who
    do what it says."""
    head = verb.head
    people = (head.pos_ == "NOUN" and can_speak(head)) or (
        head.pos_ == "PRON" and head.lower_ in _PEOPLE_PRONOUNS
    )
    # a preposition with nothing after it is a particle the parser missed ("calling in sick")
    particle = any(
        c.dep_ == "prt" or (c.dep_ == "prep" and not any(c.children)) for c in verb.children
    )
    done = any(c.dep_ in ("dobj", "prep", "xcomp") for c in verb.children)
    return people and done and not particle


# Pronouns for people that a participle hangs on: "those predicting …", "others calling for …".
_PEOPLE_PRONOUNS = frozenset("those others some many".split())


def _age_on_its_verb(verb: Token) -> Token | None:
    """ "“It takes forethought …," the 43-year-old said": the age describing the speaker,
    which the parser hung on the verb as its modifier (and the article with it)."""
    return next((c for c in verb.lefts if c.dep_ == "amod" and descriptions.age(c)), None)


# The words between "go" and the infinitive it leads to, where it tells how far someone went
# in saying something ("went so far as to say", "went as far as to call", "went out of his
# way to voice"), the possessive of "out of … way" left open.
_GONE_SO_FAR = (
    ("so", "far", "as", "to"),
    ("as", "far", "as", "to"),
    ("out", "of", None, "way", "to"),
)


# The words that make the "go" a question ("Asked whether he would go so far as to say …"):
# what is asked about was not said.
_ASKED = frozenset(("whether", "if"))


def gone_so_far(verb: Token) -> Token | None:
    """ "The presumptive Republican presidential nominee went so far as to say Obama should
    “step down”", "The Slate technology columnist David Auerbach went so far as to say: …", "He
    went out of his way to say that Russia's economy had hit bottom": the "go" whose subject
    speaks the infinitive. The parser hangs the infinitive on "far" or on "way" and leaves it
    no subject (or takes "way" for it). Where "go" is denied ("did not go so far as to call
    for his resignation", "declined to go so far as to say") nothing was said:
    `exclusions.negated` marks it; a "go" asked about ("whether he would go so far as to say")
    lends no speaker."""
    doc = verb.doc
    for words in _GONE_SO_FAR:
        go = verb.i - len(words) - 1
        if go < verb.sent.start or cues.lemma(doc[go]) != "go" or doc[go].pos_ != "VERB":
            continue
        between = doc[go + 1 : verb.i]
        if all(
            token.lower_ == word if word else token.tag_ == "PRP$"
            for token, word in zip(between, words, strict=True)
        ) and not any(c.dep_ == "mark" and c.lower_ in _ASKED for c in doc[go].children):
            return doc[go]
    return None


def hung_on_its_subject(verb: Token) -> bool:
    """ "Chuck Schumer, the Senate minority leader, called Trump's proposal …": the sentence's
    verb, which the parser hung on its subject as a participle (the sentence has no other)."""
    return misparsed_subject(verb) is not None


def _a_name(token: Token) -> bool:
    # "“…,” Frank Sharry, the executive director of …, tweeted": a name the tagger missed
    return token.ent_type_ == "PERSON" or token.pos_ == "PROPN"


_RELATIVES = frozenset(("which", "that", "whom"))
_PHRASE_PARTS = frozenset(("DET", "PROPN", "NOUN", "ADJ", "PART"))


def _relative_apposition(name: Token) -> bool:
    """A name between commas after the noun it names, where the phrase the noun ends opens
    with a relative word: "which Apple's chief executive, Tim Cook,"."""
    doc = name.doc
    first = min((t.i for t in name.lefts if t.dep_ in ("compound", "flat")), default=name.i)
    if first < 2 or doc[first - 1].text != "," or doc[first - 2].pos_ not in ("NOUN", "PROPN"):
        return False
    i = first - 2
    while i > name.sent.start and doc[i].pos_ in _PHRASE_PARTS:
        if doc[i].lower_ in _RELATIVES:
            return True
        i -= 1
    return doc[i].lower_ in _RELATIVES


def misparsed_subject(verb: Token) -> Token | None:
    """The subject of a clause's own verb that the parser hung on a noun as a participle
    ("acl"), where the clause has no other verb:
    - "Chuck Schumer, the Senate minority leader, called Trump's proposal …": on the name
      that is the sentence's root, set off by an apposition;
    - "Stuart Stevens, who served as … during the 2012 campaign, called Trump's statements
      …": on the last noun of the phrase between commas, the sentence's root a name before
      it; "The campaign called AP's report a “rush to judgment.”": on the subject, the
      sentence's root a noun after the verb (a sentence whose root is no verb has no verb of
      its own but this one);
    - "… -- which Apple's chief executive, Tim Cook, called ''total political crap'' --":
      on the name in apposition that closes a relative clause's subject.
    A participle that names ("a group called Justice Now protested") has a verb beside it,
    or no comma before it."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN"):
        return None
    head = verb.head
    if (
        head.dep_ == "ROOT"
        and _a_name(head)
        and any(c.dep_ == "appos" and c.i < verb.i for c in head.children)
    ):
        return head
    root = verb.sent.root
    if root.pos_ in ("NOUN", "PROPN") and not any(
        c.pos_ in ("VERB", "AUX") and c.dep_ in ("conj", "ccomp", "dep") for c in root.children
    ):
        if root.i < verb.i and _a_name(root) and verb.doc[verb.i - 1].text == ",":
            return root  # "Stuart Stevens, who served as …, called"
        if root.i > verb.i and head.dep_ == "nsubj" and head.head == root and can_speak(head):
            return head  # "The campaign called AP's report a “rush to judgment.”"
    if _a_name(head) and verb.doc[verb.i - 1].text == "," and _relative_apposition(head):
        return head  # "which Apple's chief executive, Tim Cook, called …"
    return None


def _copula_subject(be: Token) -> Token | None:
    """The subject of "be" (of the verb it is joined to: "Trump regularly incites … and is a
    …") where it is one who speaks."""
    verb = be.head if be.dep_ == "conj" and not _subject(be) else be
    subject = _subject(verb)
    if subject is not None and (subject.ent_type_ == "PERSON" or can_speak(subject)):
        return subject
    return None


def _subject(verb: Token) -> Token | None:
    """The verb's active subject ("nsubj"), if it has one."""
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _antecedent(head: Token) -> Token:
    """What a relative clause hangs on when the parser put it on the last noun of a phrase: "a
    pact between Pyongyang and Moscow, which promises …" is the pact's; "a spokesman for
    Tim Kaine, who said …" the spokesman's."""
    noun = head
    while noun.dep_ == "conj":
        noun = noun.head
    if noun.dep_ == "appos" and noun.pos_ == "NOUN" and _named_by_it(noun):
        # "Jeb Bush of Florida, a leading Republican contender, who has argued"; "America
        # Rising, a conservative political action committee that has vowed …"
        return noun.head
    group = _group_exemplified(head, noun)
    if group is not None:
        return group
    among = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    if among.dep_ == "pobj" and among.head.lower_ == "among" and among.head.head.lemma_ == "be":
        # "Senator Susan Collins is among only a handful of Republicans who have … called
        # for …": she is one of them
        subject = _copula_subject(among.head.head)
        if subject is not None:
            return subject
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        # "Donald Trump … is a serial liar, rampant xenophobe, racist, misogynist and birther
        # who has repeatedly pledged to ban all Muslims" (HuffPost's editor's note, 22 PolNeAR
        # articles): what the subject is, it did; not a speaker named "Rampant xenophobe"
        subject = _copula_subject(noun.head)
        if subject is not None:
            return subject
    if (
        noun.dep_ == "pobj"
        and noun.head.dep_ == "prep"
        and noun.head.lower_ in ("between", "for", "of", "to")
        and noun.head.head.pos_ == "NOUN"
        and not _said_by_whom_it_names(head, noun.head.head)
    ):
        return noun.head.head
    return head


def _named_by_it(description: Token) -> bool:
    """Whether an apposition describes the name it hangs on: a person ("Jeb Bush of Florida,
    a leading Republican contender"), or a body the description calls one ("America Rising, a
    conservative political action committee", whatever type the tagger gave the name), not a
    place."""
    name = description.head
    if name.ent_type_ == "PERSON":
        return True
    return (
        name.pos_ == "PROPN"
        and name.ent_type_ not in ("GPE", "LOC", "FAC", "NORP")
        and can_speak(description)
    )


def _group_exemplified(head: Token, noun: Token) -> Token | None:
    """ "warnings from fellow Republicans, including House Speaker Paul Ryan (Wis.), who have
    said …", "Democratic opponents of the trade legislation, including liberals and labor
    unions, who have said …": a relative clause in the plural after the examples an
    "including" phrase sets off is the group's, the people of the phrase that holds it (past a
    thing the parser hung it on: "opponents of the trade legislation")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "including":
        return None
    relative = next((c for c in head.children if c.dep_ == "relcl"), None)
    if relative is None or head.doc[relative.left_edge.i - 1].text != ",":
        return None
    words = [relative, *(c for c in relative.children if c.dep_ in ("aux", "auxpass"))]
    if not any(w.tag_ == "VBP" or w.lower_ == "were" for w in words):
        return None  # "…, who has said", "…, who said": the example's own words
    for above in noun.head.ancestors:
        if above.lower_ == "of":
            continue
        if above.pos_ not in ("NOUN", "PROPN"):
            return None
        if can_speak(above):
            return above
    return None


def _said_by_whom_it_names(head: Token, outer: Token) -> bool:
    """ "a major boost for Social Security reformers who say the program is too generous",
    "with the help of Mr. Trump's adult children, who believed …": "who" after people, hung on
    a thing that cannot speak, is theirs."""
    who = any(
        c.dep_ == "relcl"
        and any(s.dep_ in SUBJECTS and s.lower_ in lexicon.PERSON_RELATIVES for s in c.children)
        for c in head.children
    )
    people = can_speak(head) or head.lemma_.lower() in _PEOPLE_WORDS
    return who and people and not can_speak(outer)


def speaker_span(ctx: Context, head: Token) -> tuple[int, int]:
    keep = [head]
    for token in head.subtree:
        if token is head:
            continue
        path = [token, *token.ancestors]
        chain = path[: path.index(head)]
        cut = [t for t in chain if t.dep_ in ("appos", "relcl", "acl", "punct", "advcl", "ccomp")]
        if cut and not (
            cut == [chain[-1]] and (_informed(head, chain[-1]) or _authored(head, chain[-1]))
        ):
            continue
        if cut and any(when_phrase(t) for t in chain[:-1]):
            continue  # "a fundraising email sent out by Sanders on Tuesday night": not when
        if any(_examples(t) for t in chain):
            continue  # "One-hundred candidates, including those who won": examples, not the name
        if _past_a_relative(head, chain[-1]):
            continue  # "The lawsuit, which was brought by A, and B": B is who brought it
        if dated_after(head, chain[-1]):
            continue  # "Cruz's campaign on Monday reported", "A Monmouth poll out Monday showed"
        if token.dep_ == "case" and token.i == head.i + 1:
            continue  # "Democrats’ vow": the owner without the possessive mark
        if (
            any(t.dep_ == "prep" for t in chain)
            and head.pos_ == "PROPN"
            and head.ent_type_ != "NORP"
            and not _in_its_name(ctx, chain[-1], token)
        ):
            continue  # "Mark Cancian, of the CSIS": a descriptor; "Democrats close to …" keep it
        if head.ent_type_ == "PERSON" and chain[-1].dep_ == "amod" and chain[-1].i > head.i:
            continue  # "Schumer … called Trump's proposal "one-sided …"": misparsed onto the name
        keep.append(token)
    keep.sort(key=lambda t: t.i)
    keep = _before_a_set_off_clause(head, keep)
    # "A handful of Republican Party insiders, long dismissive of …, are": an aside
    keep = asides.before_a_set_off_modifier(head, keep, lambda c: _in_its_name(ctx, head, c))
    dash = next((t for t in head.subtree if t.i > head.i and a_dash(t)), None)
    if dash is not None and not any(a_dash(t) for t in head.doc[keep[0].i : head.i]):
        # "Democratic leaders — and, in particular, Senate Minority Leader Harry Reid —
        # insisted", "which the former governor — and many others — called": the words a dash
        # sets off after the name are an aside, no part of who speaks; but where the head
        # is itself set off, the dash after it closes that aside ("only a bit more than half
        # — 55 percent — of Sanders supporters said")
        keep = [t for t in keep if t.i < dash.i]
    comma = max((t.i for t in head.subtree if t.text == "," and t.i < head.i), default=None)
    if comma is not None and head.doc[head.sent.start : comma].text.lower() in _SENTENCE_LINKS:
        # "As such, independent fact-checkers … have said": the link that opens the sentence,
        # which the parser hung on the subject, is no part of who speaks
        keep = [t for t in keep if t.i > comma]
    if len(keep) > 1 and keep[-1].dep_ == "cc" and keep[-1].i + 1 < len(head.doc):
        # "the authorities in New York and elsewhere have warned", the parse hanging
        # "elsewhere" on the verb: the name goes on to it, and never ends in its "and"
        after = head.doc[keep[-1].i + 1]
        if after.lower_ in _PLACE_ADVERBS:
            keep.append(after)
        else:
            keep.pop()
    start, end = keep[0].idx, keep[-1].idx + len(keep[-1])
    span = ctx.trim(start, end)
    return span or (head.idx, head.idx + len(head))


def _in_its_name(ctx: Context, name: Token, token: Token) -> bool:
    """Whether `token` is a word of the name `name` heads, by the one mention of an entity that
    covers both: "of Homeland Security" in "The State Department and the Department of
    Homeland Security have said", "of Ohio" in "the American Civil Liberties Union of Ohio
    has already sued" (an organisation's name the entities ran on over its "of"), not the
    "of the CSIS" that describes "Mark Cancian, of the CSIS"."""
    entity = ctx.index.containing(name.idx)
    return entity is not None and any(
        m.start <= min(name.idx, token.idx)
        and max(name.idx + len(name), token.idx + len(token)) <= m.end
        for m in entity.mentions
    )


def _before_a_set_off_clause(head: Token, keep: list[Token]) -> list[Token]:
    """A noun's words up to the first clause after it that they leave out: "the study --
    which notes that 58 Fortune 500 companies would owe …, ''equal to … combined,''" is the
    study, not the study with everything up to the adjective the parser hung on it past the
    relative clause (the eighteenth's trumptax, NYT). A name's words, and a list begun before
    the clause ("aides to Gov. Chris Christie of New Jersey, …, and Gov. John R. Kasich of
    Ohio, who had a long career in Congress"), go on past it."""
    if head.pos_ == "PROPN":
        return keep
    kept = {t.i for t in keep}
    for token in head.subtree:
        if token.i <= head.i or token.i in kept or token.is_punct:
            continue
        path = [token, *token.ancestors]
        if any(t.dep_ in _CLAUSES_LEFT_OUT for t in path[: path.index(head)]):
            return [t for t in keep if t.i < token.i or _listed_before(head, t, token)]
    return keep


# The clauses a noun's words leave out after it: relative and participle clauses.
_CLAUSES_LEFT_OUT = frozenset("relcl acl advcl ccomp".split())


def _listed_before(head: Token, token: Token, clause: Token) -> bool:
    """Whether a word after a clause belongs to a list begun before it ("and Gov. John R.
    Kasich" after "Gov. Chris Christie …, who …")."""
    path = [token, *token.ancestors]
    return any(t.dep_ in ("conj", "cc") and t.head.i < clause.i for t in path[: path.index(head)])


def when_phrase(child: Token) -> bool:
    """A phrase after a speaker's head that tells only the day ("on Monday", "Wednesday",
    "today") or the week or month the day falls in, counted from the article's own ("this
    week", "last month": "A University of New Hampshire poll out this week shows"): when the
    words came, no part of who said them; a year may say who ("lawmakers elected in 2010",
    "the class of this year")."""
    return (
        child.dep_ in ("prep", "npadvmod")
        and all(t.ent_type_ in _WHEN or t.dep_ in ("prep", "det") for t in child.subtree)
        and any(t.ent_type_ in _WHEN and _names_a_day(t) for t in child.subtree)
    )


def _names_a_day(word: Token) -> bool:
    """ "Monday", "today"; or "week", "month", "weekend", "morning" … after "this", "last" or
    "next" ("this week", "earlier this month"), which place the day against the article's."""
    if word.lower_ in _DAYS:
        return True
    return word.lemma_.lower() in _DAYS_WITHIN and any(
        c.dep_ == "det" and c.lower_ in _RELATIVE for c in word.children
    )


def dated_after(head: Token, child: Token) -> bool:
    """Whether `child`, after a speaker's or document's head, only dates it: "on Monday" in
    "Cruz's campaign on Monday reported", "out this week" in "A University of New Hampshire poll
    out this week shows" (`when_phrase`, `_before_when`)."""
    return child.i > head.i and (when_phrase(child) or _before_when(child))


def _before_when(child: Token) -> bool:
    """A bare adverb between a speaker's head and the day it puts the head at: "out" in "A
    Monmouth poll out Monday", "A University of New Hampshire poll out this week", wherever the
    parse hangs the day ("A new Fox News poll out Thursday found": on the verb)."""
    if child.dep_ != "advmod" or child.n_lefts or child.n_rights:
        return False
    phrase = next_token(child)
    if phrase is None:
        return False
    first = phrase
    while phrase.head.i > phrase.i and phrase.head.left_edge.i == first.i:
        phrase = phrase.head  # "this" to "week"
    return when_phrase(phrase)


def _dates_only(verb: Token) -> bool:
    """A participle whose only words are when: "published Thursday", "released on Monday"."""
    return bool(verb.n_rights) and not verb.n_lefts and all(when_phrase(c) for c in verb.rights)


# Entity labels of a day or an hour, and the words that name a day in the news.
_WHEN = frozenset("DATE TIME".split())
_DAYS = frozenset(
    {name for name in WEEKDAYS if name.endswith("day")} | {"today", "yesterday", "tonight"}
)
# Stretches of time the day of a saying falls in, shorter than a year, and the words that count
# them from the article's day.
_DAYS_WITHIN = frozenset("week weekend month morning afternoon evening night".split())
_RELATIVE = frozenset("this last next".split())


def _informed(head: Token, child: Token) -> bool:
    """ "two people briefed on the matter", "officials involved in the talks": what makes an
    unnamed source a source is part of its name."""
    return (
        child.dep_ == "acl"
        and child.tag_ in ("VBN", "VBD")  # a participle the tagger may take for a past tense
        and child.lemma_.lower() in _INFORMED
        and head.lemma_.lower() in lexicon.ANONYMOUS_NOUNS | {"people", "official"}
    )


def _authored(head: Token, child: Token) -> bool:
    """ "a fundraising email sent out by Sanders", "reports Mr. Schoen filed as a registered
    lobbyist": a document's clause that names who made it is part of its name, as the story
    gold names it (PolNeAR NH primary and Clinton Foundation stories; BASIL's "a letter signed
    by all 42 Senate Republicans"); not one set off after a comma ("The lawsuit, which was
    brought by A, …"), nor a letter's signers: outlets count them each their own way ("a letter
    signed by all 42 Senate Republicans", "the GOP letter"), and the letter stays one."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in lexicon.DOCUMENT_NOUNS:
        return False
    if child.i < head.i or any(t.is_punct for t in head.doc[head.i + 1 : child.i]):
        return False
    if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() != "sign":
        by = [c for c in child.children if c.dep_ == "agent"]
        return any(o.dep_ == "pobj" and o.pos_ == "PROPN" for b in by for o in b.children)
    if child.dep_ == "relcl":
        subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
        marked = any(c.tag_ in ("WDT", "WP", "IN") for c in child.lefts)
        return subject is not None and subject.pos_ == "PROPN" and not marked
    return False


# Participles by which the news says why an unnamed source knows.
_INFORMED = frozenset("brief involve inform acquaint".split())
# Adverbs that end a group's name after "and": "the authorities in New York and elsewhere".
_PLACE_ADVERBS = frozenset("elsewhere abroad beyond nationwide".split())
# Links that open a sentence before its subject and a comma.
_SENTENCE_LINKS = frozenset(
    "as such|as a result|in turn|in response|in addition|meanwhile|still|instead|however|"
    "indeed|in fact|at the same time|for their part|for its part|likewise|similarly".split("|")
)


# Prepositions that give examples of a group, not who it is.
_EXAMPLES = frozenset("including excluding especially notably".split())
# Those that give examples only where a comma sets them off: "leading Clinton economic advisers
# like Gene Sperling" are who speaks, "Some staunch defenders of globalization, like Gary Clyde
# Hufbauer, …" the defenders.
_SET_OFF_EXAMPLES = frozenset(("like", "such as"))


def _examples(token: Token) -> bool:
    """A phrase that gives examples of a group, no part of its name: "including Mr. Jebens",
    and set off by a comma "like Gary Clyde Hufbauer" or "such as Rep. Steve King"."""
    if token.dep_ != "prep":
        return False
    if token.lower_ in _EXAMPLES:
        return True
    start = token.left_edge.i
    words = token.doc[start : token.i + 1].text.lower()
    return words in _SET_OFF_EXAMPLES and start > 0 and token.doc[start - 1].text == ","


def passive_saying(verb: Token) -> Token | None:
    """The passive whose subject `verb` tells the words of: "Mr. Huckabee was quoted as saying,
    “…”", "“…,” Mr. Netanyahu is shown saying": a participle that is the passive's predicate of
    its subject (its complement, or its "as" phrase's); not "was sued by a former aide,
    alleging …", an aside on a passive with an agent."""
    if verb.tag_ != "VBG":
        return None
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "as" and head.dep_ == "prep":
        head = head.head
    elif verb.dep_ == "advcl" and _predicate_of(verb):
        pass  # "the RNC chairman was caught on camera saying that …": the parser's adverbial
    elif verb.dep_ != "xcomp":
        return None
    if not passive(head) or agent(head) is not None:
        return None
    done = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    return head if done is not None and can_speak(done) else None


def _predicate_of(verb: Token) -> bool:
    """A participle the parser hung on a passive as an adverbial, though nothing sets it off:
    "was caught on camera saying …" tells what the subject was caught doing, as "was heard
    shouting" does (an aside has its comma: "was sued by a former aide, alleging …")."""
    head = verb.head
    return head.i < verb.i and not any(t.is_punct for t in verb.doc[head.i + 1 : verb.i])


def _passive_subject_saying(verb: Token) -> Token | None:
    head = passive_saying(verb)
    return next(c for c in head.children if c.dep_ == "nsubjpass") if head is not None else None


def _nobodys_claims(token: Token, lemma: str) -> bool:
    """Claims that end as plurals of people do, held by no one the phrase names: "When rumors
    first emerged in October that …" (the seed) is no statement by "rumors"; "Biden's
    comments suggested that …" is Biden's."""
    return lemma in lexicon.PROPOSITION_NOUNS and not any(c.dep_ == "poss" for c in token.children)


def can_speak(token: Token) -> bool:
    """Who can promise, deny or call for something: people, groups, institutions, names."""
    if token.pos_ in ("PROPN", "PRON") or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return token.lower_ not in lexicon.THING_PRONOUNS or token.pos_ == "PROPN"
    if name_tagged_verb(token):
        return True
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in token.children):
        return True  # "His former partner, Lawrence B. Cummings, called him …"
    of = [g for p in token.children if p.lower_ == "of" for g in p.children]
    if token.lower_ in _QUANTIFIERS | _UNNAMED | _COUNTS and of:
        # "A few of his GOP colleagues urged him to resign", "a handful of Democrats who had
        # backed Mr. Ryan vowed to …": whoever "of" names (a bare "Many also vowed to …" is a
        # group of the sentence before, which is not resolved here)
        return can_speak(of[0])
    lemma = token.lemma_.lower()
    if (
        token.tag_ == "NNS"
        and re.search(r"(?:ers|ors|ists|ians|ants|ents|ives|ics)$", token.lower_)
        and not _nobodys_claims(token, lemma)
    ):
        return True  # "protesters", "critics", "residents": plural nouns for people
    return (
        lemma in lexicon.GROUP_NOUNS
        or lemma in lexicon.ROLE_NOUNS
        # "A Facebook executive apologized …", "The financial industry tycoon ridiculed …": one
        # person by a noun PolNeAR train writes beside people's names (plurals go by the ending
        # above: "four children who wrote …" is the writer's account of a letter)
        or (token.tag_ == "NN" and lemma in lexicon.PERSON_NOUNS)
        or (lemma in lexicon.INSTITUTION_NOUNS or lemma in lexicon.ANONYMOUS_NOUNS)
        # "the organization has already harshly criticized …", "the group called on states
        # to …": the nouns an organisation goes by once named (a source 18 times in PolNeAR
        # train: "the group" 14, "the organization" 2, "this group", "that group")
        or (
            token.lower_ in descriptions.BODY_NOUNS
            and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children)
        )
        or a_body_one_names(token)
    )


# Bodies that deliberate and speak as one, which no word list of people or institutions holds:
# as a source in PolNeAR train "the board" 11 times ("the editorial board", "its executive
# board"), "the camp" 9 ("the Sanders camp", "Clinton's camp"), "the panel" 7 ("the advisory
# panel", "U.N. panel"), "the commission" 2.
_DELIBERATING_BODIES = frozenset("panel board commission camp".split())


def a_body_one_names(token: Token) -> bool:
    """One body, named by its kind and whose or which it is: "The nation's largest gun group
    is accusing Obama of …" (the "the" is the nation's), "Law's advocacy group One Nation began
    a $1 million ad campaign this week praising …", "Clinton's camp is touting …", "the Sanders
    camp has identified …", "The task force panel called on …" (the bodies of
    `descriptions.BODY_NOUNS` and `_DELIBERATING_BODIES`, singular, as the verb's subject). Not
    a body no one owns or defines ("a group of protesters", "an advisory panel to the
    ministry"), nor its members ("board members"), nor one only a pronoun owns ("his group
    proposed a model state law"): the text names no body there, and the speaker stands apart
    from the body the other outlets name (joined across outlets down in the fifteenth, as in
    the parked r45 try)."""
    if token.tag_ != "NN" or token.dep_ not in SUBJECTS:
        return False
    if token.lower_ not in descriptions.BODY_NOUNS | _DELIBERATING_BODIES:
        return False
    return any(
        (c.dep_ == "poss" and c.pos_ != "PRON")
        or (c.dep_ == "det" and c.lower_ in ("the", "this", "that"))
        for c in token.children
    )


def bodies_of_a_kind(speaker: list[Token]) -> bool:
    """A verb's own subject that is bodies of a kind, by a plural of `descriptions.BODY_NOUNS`:
    "civil liberties groups cried foul over the program", "other advocacy groups … accused
    AARP of …", "Jewish groups also widely condemned …" (statements in the story gold, which
    `can_speak` leaves to the nouns for people and named bodies). Not through a relative
    pronoun, where the clause says what the bodies are ("groups that are pushing to preserve
    benefits"), nor one body ("his group", "the nation's largest gun group"), which
    `a_body_one_names` reads."""
    return (
        len(speaker) == 1
        and speaker[0].tag_ == "NNS"
        and speaker[0].lemma_.lower() in descriptions.BODY_NOUNS
    )


def evidence(token: Token) -> bool:
    return token.lemma_.lower() in lexicon.EVIDENCE_NOUNS or token.lower_ in lexicon.EVIDENCE_NOUNS


def _object_control(verb: Token) -> Token | None:
    """ "generalizations … that had prompted him to hint on Tuesday that he might abort his
    second term", "urged the senator to say": an infinitive after an object is the object's."""
    if verb.dep_ != "xcomp" or not has_to(verb):
        return None
    return next(
        (
            c
            for c in verb.head.children
            if c.dep_ == "dobj" and c.i < verb.i and (c.pos_ in ("PROPN", "PRON") or can_speak(c))
        ),
        None,
    )


def _object_as_saying(verb: Token) -> Token | None:
    """ "CNN quoted an American witness as saying he saw …", "The Associated Press quoted
    Wassim Bouhlel, a Nice native, as saying that …", "quoted one of Carson's advisers as
    saying …": what a verb's object is taken "as saying" is the object's words; the verb, a
    report of them, stays its subject's."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ != "as" or prep.dep_ != "prep":
        return None
    return next(
        (
            c
            for c in prep.head.children
            if c.dep_ == "dobj" and c.i < prep.i and (can_speak(c) or one_of_people(c))
        ),
        None,
    )


def _object_s_deed(verb: Token) -> Token | None:
    """ "Hillary Clinton slammed Barack Obama as elitist … for suggesting that rural voters
    “cling to guns or religion”", "Cruz … chided Trump for raising questions about whether he
    met …", "criticized him for saying he had sacrificed for his country": the gerund after
    "for" or "of" on a verb of blame or praise is what its object did (`lexicon.
    OBJECT_DEED_VERBS`), so the words are the object's; the blame or praise stays the
    subject's. Only words with a clause: what the object said it did is the blame's."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ not in ("for", "of"):
        return None
    if not any(c.dep_ == "ccomp" for c in verb.children):
        return None  # "criticized Scalia for questioning affirmative action": a deed, no claim
    blamer = prep.head
    if prep.dep_ != "prep" or blamer.lemma_.lower() not in lexicon.OBJECT_DEED_VERBS:
        return None
    held = next((c for c in blamer.children if c.dep_ == "dobj" and c.i < prep.i), None)
    if held is None or not (held.pos_ in ("PROPN", "PRON") or can_speak(held)):
        return None
    return held


def _dateline(token: Token) -> bool:
    """A dateline's place: a paragraph opening with a place in capitals or with a news
    agency, then a dash ("WASHINGTON --", "Denver (AP) –", "AUGUSTA, Me. —", "KANSAS CITY,
    Mo. —")."""
    doc = token.doc
    sentence = token.sent  # a paragraph always opens a sentence
    opening = doc[sentence.start : min(sentence.end, sentence.start + 16)]
    found = DATELINE.match(opening.text)
    if found is not None and token.idx - opening.start_char < found.end():
        return True
    first = token.i == 0 or doc[token.i - 1].is_space or "\n" in doc[token.i - 1].whitespace_
    following = doc[token.i + 1 : token.i + 6]
    dashes = ("--", "—", "–", "-")
    agency = len(following) > 1 and following[0].text == "(" and following[1].is_upper
    if agency:  # "Denver (AP) –"
        return first and any(t.text in dashes for t in following)
    return (
        first and len(token) > 1 and token.is_upper and any(t.text in dashes for t in following[:3])
    )


# -- naming and coreference ------------------------------------------------------------------


# A handle: at most 15 letters, digits or underscores (Twitter's limit), which the cleaning may
# have split where it took them for glued words ("existentialfish": "existential fish").
_HANDLE = re.compile(r"\w+(?: \w+)*")
_HANDLE_CHARACTERS = 15


def is_handle(text: str) -> bool:
    return _HANDLE.fullmatch(text) is not None and len(text.replace(" ", "")) <= _HANDLE_CHARACTERS


def _handle_of_post(ctx: Context, start: int, end: int) -> str | None:
    """The handle as its owner wrote it ("existentialfish"), where the span is the one an
    embed's author attribute holds, not a name the text or a signature gives."""
    text = ctx.text[start:end]
    if not ctx.text.endswith(('author="', 'author="@'), 0, start) or not is_handle(text):
        return None
    return text.replace(" ", "")


def _post_author(ctx: Context, mention: tuple[int, int]) -> Speaker:
    """An embedded post's author is the one name its signature or handle gives, as it stands:
    never the people the parse joins to it ("Martin O’Malley and Hillary Clinton called for
    …": the post of "MartinOMalley" is O’Malley's alone; "… too.https://t.co/… — Brian
    Fallon": Fallon, not a group of one) nor a name the post's words hold ("Team Trump
    reportedly wants … — Twitchy Team": not Team Trump). A person or a body, never a group
    nor a document ("The Daily Beast", tagged a work of art); a signature the tagger names no
    entity for is taken for a body's ("Twitchy Team")."""
    span = ctx.span(*mention)
    entity = ctx.index.at(*mention)
    handle = _handle_of_post(ctx, *mention)
    if handle is not None and entity is None:
        # a handle no name in the text spells: the author's name is the handle
        return Speaker(handle, "organization", span)
    if entity is None:
        return Speaker(group_name(span.text), "organization", span)
    kind = "person" if entity_kind(entity) == "person" else "organization"
    return Speaker(entity.stands_for or entity.name, kind, span, entity.id)


def speaker(ctx: Context, candidate: Candidate, earlier: list[Statement]) -> Speaker:
    # what the statement's own words are, which no unnamed source's name runs into
    saved = ctx.speaking
    ctx.speaking = [*saved, *candidate.content, *filter(None, [candidate.cue])]
    try:
        # "paranoia,”Clinton", 'datetime="2016-06-29"': never a name run over a mark
        return marks.without_marks(ctx, _speaker(ctx, candidate, earlier))
    finally:
        ctx.speaking = saved


def _speaker(ctx: Context, candidate: Candidate, earlier: list[Statement]) -> Speaker:
    if candidate.post_author and candidate.speaker_text is not None:
        return _post_author(ctx, candidate.speaker_text)
    if candidate.speaker_text is not None:
        named_tokens = ctx.doc.char_span(*candidate.speaker_text, alignment_mode="expand")
        if named_tokens is None:
            return named(ctx, candidate.speaker_text, None)
        # "Tulsa police Chief Chuck Jordan": the name ends the phrase, whatever the parse
        last = named_tokens[-1]
        head = last if last.pos_ == "PROPN" and last.ent_type_ == "PERSON" else named_tokens.root
        return named(ctx, candidate.speaker_text, head)
    if not candidate.speaker_tokens:
        at = candidate.content[0][0]
        if candidate.cue is None:  # a quote continuing the previous person's
            previous = quoting_just_before(ctx, earlier, at)
            if previous is not None:
                return Speaker(previous.name, previous.kind, None, previous.entity)
        return Speaker(None, "unresolved", None)
    head = candidate.speaker_tokens[0]
    if head.lower_ in cues.REPORTED_ADVERBS:
        outlet = _credited_outlet(ctx, head)
        if outlet is not None:  # "…, the Washington Post reported. … were reportedly bound"
            return named(ctx, speaker_span(ctx, outlet), outlet, earlier)
        # "Cowan reportedly quit": reports the text does not name
        return Speaker("unnamed reports", "anonymous", ctx.span(head.idx, head.idx + len(head)))
    if _relative(head) and len(candidate.speaker_tokens) > 1:
        antecedent = candidate.speaker_tokens[1]
        resolved = speaker(ctx, Candidate(candidate.cue, candidate.content, [antecedent]), earlier)
        return Speaker(
            resolved.name,
            resolved.kind,
            ctx.span(head.idx, head.idx + len(head)),
            resolved.entity,
            resolved.members,
        )
    appos = _named_apposition(head)
    if appos is not None and head.lower_.rstrip(".") in lexicon.TITLES:
        # "said Lt. Gen. (retd) Chun": the mention keeps the title the parse made the head
        mention = ctx.trim(head.left_edge.idx, appos.idx + len(appos)) or speaker_span(ctx, appos)
        return named(ctx, mention, appos, earlier)
    if appos is not None:
        head = appos  # "His former partner, Lawrence B. Cummings, called …": Cummings
    mention = speaker_span(ctx, head)
    lower = head.lower_
    described = _those_described(ctx, head)
    if described is not None:
        return Speaker(ctx.text[described[0] : described[1]], "group", ctx.span(*described))
    if head.text != "US" and (
        (head.pos_ == "PRON" and lower not in _QUANTIFIERS | _UNNAMED)
        or lower in lexicon.PERSON_PRONOUNS | lexicon.GROUP_PRONOUNS
    ):
        return pronoun(ctx, head, mention, earlier)
    if head.pos_ == "PROPN" and not name_tokens(ctx.text[mention[0] : mention[1]]):
        mention = ctx.tokens_span(list(head.subtree))  # "Lt. Gen. (retd) Chun"
        mention = ctx.trim(*mention) or mention
    return named(ctx, mention, head, earlier)


def _those_described(ctx: Context, head: Token) -> tuple[int, int] | None:
    """ "according to those familiar with the White House strategy", "Those close to him say",
    "those around him acknowledge", "Even those who have sketched out possible paths for Mr.
    Rubio … acknowledge": "those" with the words that describe them is unnamed people named
    by that description, as "people familiar with the matter" is, not a pronoun for people
    named before."""
    if head.lower_ != "those" or head.pos_ != "PRON":
        return None
    words = [c for c in head.children if c.i > head.i and c.dep_ in _DESCRIBING]
    if not words:
        return None
    return ctx.trim(head.idx, words[-1].right_edge.idx + len(words[-1].right_edge))


# What describes "those" after it: "close to him", "briefed on the effort", "around him",
# "who have sketched …".
_DESCRIBING = frozenset("amod acl relcl prep advmod".split())


# How many sentences before the one with "reportedly" the outlet it goes on from may be credited.
_CREDITED_BACK = 2


def _credited_outlet(ctx: Context, adverb: Token) -> Token | None:
    """The organisation the text has just credited with the report that "reportedly" goes on
    with, the last one credited earlier in the sentence or in the two before it: "The
    classified program is code-named PRISM, the Washington Post reported, … Members of Congress
    … were reportedly bound by oath" (BASIL a4f1d515, Fox), "According to the Times, … Clinton
    and her aides reportedly did not follow that requirement" (a4edca3f, Fox), "…, the New York
    Post reported. One of the raunchy selfies … The woman … has reportedly been chatting with
    him" (PolNeAR, HuffPost 2016). The story gold gives each to the outlet, not to unnamed
    reports; with none credited the reports stay unnamed."""
    sentences = list(ctx.doc.sents)
    at = next(i for i, s in enumerate(sentences) if s.start <= adverb.i < s.end)
    start = sentences[max(0, at - _CREDITED_BACK)].start
    for token in reversed(ctx.doc[start : adverb.i]):
        outlet = _credited(ctx, token)
        if outlet is not None:
            return outlet
    return None


def _credited(ctx: Context, token: Token) -> Token | None:
    """The organisation a report is credited to at `token`: the subject of "reported", the one
    "according to" names, or the one whose report it is ("the Washington Post report said")."""
    word = token.lemma_.lower()
    if word == "report" and token.pos_ in ("VERB", "AUX"):
        found = [c for c in token.children if c.dep_ == "nsubj"]
    elif word == "report" and token.pos_ == "NOUN":
        found = [c for c in token.children if c.dep_ in ("compound", "poss")]
    elif token.lower_ == "to" and token.i > 0 and token.nbor(-1).lower_ == "according":
        found = [c for c in token.children if c.dep_ == "pobj"]
    else:
        return None
    return next((c for c in found if _an_organisation(ctx, c)), None)


def _an_organisation(ctx: Context, token: Token) -> bool:
    entity = entity_for(ctx, token)
    return entity.type == "organization" if entity is not None else token.ent_type_ == "ORG"


def _with_its_clause(
    ctx: Context, head: Token, said: Speaker, avoid: list[tuple[int, int]]
) -> Speaker:
    """An unnamed source keeps the clause that tells who it is, as the text writes it
    ("lawmakers who were briefed on the plan", "three senior administration officials speaking
    on the condition of anonymity", "some of those conservative lawmakers elected in 2010"):
    a restrictive clause right after its words, never one set off by a comma ("one Democrat
    who opposed her, who requested anonymity"), an infinitive, or one holding the statement's
    cue or words ("a congressman who said the party had lost …"); a group the text names keeps
    a relative clause only ("Democrats who now control the House")."""
    if (
        said.kind not in ("group", "anonymous")
        or said.members
        or said.mention is None
        or said.name != group_name(said.mention.text)
    ):
        return said
    start, end = said.mention.start, said.mention.end
    inside = {t.i for t in head.subtree if start <= t.idx < end}
    for token in sorted(head.subtree, key=lambda t: t.i):
        clause = token.dep_ in ("relcl", "acl") and token.head.i in inside
        if not clause or token.left_edge.idx < end or ctx.text[end : token.left_edge.idx].strip():
            continue
        words = _up_to_a_set_off_phrase(list(token.subtree), token)
        words = asides.before_a_second_verb(words, token)
        if any(t.lower_ == "to" and t.dep_ == "aux" and t.head is token for t in words):
            continue  # "the first to say": an infinitive, no part of who
        if _dates_only(token):
            continue  # "the initial schedule published Thursday": when, not who
        if said.entity and token.dep_ == "acl":
            continue  # "Republicans hoping to win the seat": what a named group hopes is not who
        last = words[-1]
        while last.is_punct and last.i > token.i:
            last = head.doc[last.i - 1]
        stop = last.idx + len(last)
        if any(a < stop and token.left_edge.idx < b for a, b in avoid):
            continue
        end = stop
        inside |= {t.i for t in words}
    if end == said.mention.end:
        return said
    span = ctx.span(start, end)
    return Speaker(group_name(span.text), said.kind, span, said.entity, said.members)


def _up_to_a_set_off_phrase(words: list[Token], clause: Token) -> list[Token]:
    """A clause's words up to an apposition or relative clause set off inside it by a comma or
    a dash: "figures that were be released Thursday by Crowdpac, a start-up that tracks
    donations" are the figures released by Crowdpac (PolNeAR train nyt_2016-06-03), "A
    previously undisclosed email obtained by Citizens United, the conservative advocacy group,
    through public records lawsuits" the email obtained by Citizens United (the eighteenth's
    clfound, NYT), and up to examples set off so: "numerous military veterans interviewed at
    Trump rallies in South Carolina this week, including Mr. Jebens" are the veterans
    interviewed at the rallies (PolNeAR train, NYT 2016-02)."""
    doc = clause.doc
    for word in words:
        if word is clause or not (word.dep_ in ("appos", "relcl") or _examples(word)):
            continue
        if word.dep_ == "appos" and word.pos_ == "PROPN":
            continue  # "One pastor supporting Mr. Cruz, Darran Whiting of …": who the pastor is
        start = word.left_edge.i
        if start > 0 and doc[start - 1].text in _SET_OFF_MARKS:
            return [w for w in words if w.i < start - 1]
    return words


_SET_OFF_MARKS = frozenset({",", "--", "—", "–"})


def _past_a_relative(head: Token, child: Token) -> bool:
    """A conjunct the parser joined to the head across the head's relative clause: in "The
    lawsuit, which was brought by Nebraska's attorney general, Jon Bruning, and Oklahoma's
    attorney general" the second attorney general brought it too."""
    return child.dep_ in ("conj", "cc") and any(
        r.dep_ == "relcl" and head.i < r.i < child.i for r in head.children
    )


def _past_a_phrase(head: Token, child: Token) -> bool:
    """A thing the parser joined to a person description across the description's own
    phrase: in "the lawyer for the campaign and the party said" the party is the lawyer's
    client, not a second speaker."""
    return (
        child.dep_ == "conj"
        and descriptions.person_description(head)
        and child.pos_ == "NOUN"
        and descriptions.noun_of(child) not in lexicon.PERSON_NOUNS
        and any(p.dep_ == "prep" and head.i < p.i < child.i for p in head.children)
    )


def _name_after(token: Token) -> Token | None:
    """The last word of a person's name that starts right after a role noun: "leader" in
    "Senate Democratic leader Chuck Schumer", "Senate Minority Leader Chuck Schumer"."""
    doc = token.doc
    title = token.pos_ == "PROPN" and token.lower_ in lexicon.TITLES
    if (token.pos_ != "NOUN" and not title) or token.i + 1 >= len(doc):
        return None
    word = doc[token.i + 1]
    if word.ent_type_ != "PERSON" or word.ent_iob_ != "B":
        return None
    while word.i + 1 < len(doc) and doc[word.i + 1].ent_iob_ == "I":
        word = doc[word.i + 1]
    return word


def _party_tag(token: Token) -> bool:
    """ "D-N.Y." after a name, which the parser may take for a conjunct of it."""
    return any(c.dep_ == "compound" and c.text in ("D", "R", "I") for c in token.children)


def _joined_without_and(head: Token, child: Token) -> bool:
    """ "One of Mr. Santorum’s rivals …, Representative Ron Paul of Texas, scoffed": an
    apposition the parser took for a conjunct, with no "and" or "or" to join them."""
    return (
        child.dep_ == "conj"
        and child.ent_type_ == "PERSON"
        and head.ent_type_ != "PERSON"
        and not any(c.dep_ == "cc" and head.i < c.i < child.i for c in head.children)
        and child.doc[child.left_edge.i - 1].text == ","
    )


# Where a person on a list is from: "of Georgia" in "Sens. Johnny Isakson of Georgia and John
# Boozman of Arkansas", "of Kentucky" in "… and Sen. Rand Paul of Kentucky".
_HOME = r"(?:\s+of\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)?"
# Between two names of a list of people: a party tag or a home, a comma or "and", then their
# titles ("Jeff McCabe (D) and Assistant House Majority Leader Sara Gideon").
_BETWEEN_NAMES = re.compile(
    r"\s*(?:\([^()\n]{1,12}\))?" + _HOME + r"\s*(,\s*(?:and\s+)?|and\s+)(?:[A-Z][\w.'’-]*\s+)*"
)
# After the last name, before the verb: a party tag or a home, a phrase set off by commas that
# tells who they are ("…, both up for reelection in conservative territory, also said"), then
# "all", "both", an adverb or an auxiliary ("Ben Carson, Ted Cruz and Rand Paul have all
# attacked", "… of Kentucky all appeared").
_BEFORE_VERB = re.compile(
    r"\s*(?:\([^()\n]{1,12}\))?"
    + _HOME
    + r"\s*(?:,[^,;:()“”\"\n]{1,80},\s*)?"
    + r"(?:(?:all|both|also|\w+ly|have|has|had|will|would|were|are)\s+)*"
)


def _people_listed_with(ctx: Context, head: Token) -> tuple[list[Entity], tuple[int, int]] | None:
    """ "State House Majority Leader Jeff McCabe (D) and Assistant House Majority Leader Sara
    Gideon (D) said", "with only Newt Gingrich and Rick Santorum pledging to appear": people
    the text lists with "and" as the subject of the verb, where the parser, lost in their
    titles and tags, joined none of them to the name it found the subject."""
    verb = head.head
    if head.dep_ not in SUBJECTS or verb.i < head.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    sentence = head.sent
    mentions = sorted(
        (m.start, m.end, entity)
        for entity in ctx.index.entities
        if entity.type == "person"
        for m in entity.mentions
        if sentence.start_char <= m.start < verb.idx and not ctx.quote_at(m.start)
    )
    at = next((n for n, m in enumerate(mentions) if m[0] <= head.idx < m[1]), None)
    if at is None:
        return None
    first = last = at
    while first > 0 and _BETWEEN_NAMES.fullmatch(
        ctx.text, mentions[first - 1][1], mentions[first][0]
    ):
        first -= 1
    while last + 1 < len(mentions) and _BETWEEN_NAMES.fullmatch(
        ctx.text, mentions[last][1], mentions[last + 1][0]
    ):
        last += 1
    listed = mentions[first : last + 1]
    if len({m[2].id for m in listed}) < 2 or len(listed) != len({m[2].id for m in listed}):
        return None
    if "and" not in _BETWEEN_NAMES.match(ctx.text, listed[-2][1], listed[-1][0]).group(1):
        return None  # "A, B and C": the list ends in "and"
    if not _BEFORE_VERB.fullmatch(ctx.text, listed[-1][1], verb.idx):
        return None
    names = [ctx.doc.char_span(start, end, alignment_mode="expand") for start, end, _ in listed]
    if any(name is None for name in names):
        return None
    on_the_list = {t.i for name in names for t in name}
    for name in names:
        if name.root.dep_ in _OBJECTS and name.root.head.i not in on_the_list:
            # "agents have been dispatched to Ferguson, and Mr. Holder said"; not "Christie" in
            # "Bush, Christie, Ohio Gov. John Kasich and …", hung on "Bush" as an object
            return None
    return [m[2] for m in listed], (listed[0][0], listed[-1][1])


_OBJECTS = frozenset("pobj dobj dative attr npadvmod".split())

# Between the last source of a list and its verb: a party tag, "all", "also", an adverb.
_LIST_BEFORE_VERB = re.compile(r"\s*(?:\([^()\n]{1,12}\))?\s*(?:(?:all|both|also|\w+ly)\s+)*")


def _a_source_of_its_own(token: Token) -> bool:
    """A phrase that names a source in its own right: a name ("Senate Minority Leader Chuck
    Schumer", "the city's Chamber of Commerce", "Acxiom") or a count of people ("18 members"),
    not a further description of the one before ("a lawyer and activist", "the company's
    founder and the father of three children")."""
    return token.pos_ == "PROPN" or any(c.dep_ == "nummod" for c in token.children)


def _listed_as_apposition(head: Token) -> list[Token] | None:
    """ "Sen. John McCain (R-Ariz.), Senate Minority Leader Chuck Schumer (D-N.Y.) and 18
    members of the House Foreign Affairs Committee called on …", "Little Rock's mayor, the
    city's Chamber of Commerce and … Acxiom all urged …": a list of three sources the parser
    took for the first one with an apposition, the rest joined to that apposition. An
    apposition describes its noun and is closed by a comma before the verb ("Jane Roe, a
    lawyer and an activist, said"); one that runs into the verb, joined by "and" to a phrase
    that names a source of its own, is the list's second source."""
    verb = head.head
    if head.dep_ not in SUBJECTS or verb.i < head.i or head.tag_ in ("NNS", "NNPS"):
        return None
    doc = head.doc
    appos = next(
        (
            c
            for c in head.children
            if c.dep_ == "appos" and c.i > head.i and doc[c.left_edge.i - 1].text == ","
        ),
        None,
    )  # past a party tag in brackets, "(R-Ariz.)"
    if appos is None or not _a_source_of_its_own(appos):
        return None
    rest = [c for c in appos.conjuncts if c.i > appos.i]
    joined = any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in appos.subtree)
    if not rest or not joined or not all(_a_source_of_its_own(c) for c in rest):
        return None
    last = max(t.i for t in appos.subtree)
    if not _LIST_BEFORE_VERB.fullmatch(doc.text, doc[last].idx + len(doc[last]), verb.idx):
        return None
    return [head, appos, *rest]


def _named_apposition(head: Token) -> Token | None:
    """The person a role or a phrase before a name stands for: "His former partner, Lawrence
    B. Cummings", "One of his rivals, Representative Ron Paul", "House Minority Whip Steny
    Hoyer" (parsed as "Whip", with "Hoyer" beside it)."""
    if (
        head.ent_type_ == "PERSON"
        and head.pos_ == "PROPN"
        and (any(c.dep_ in ("compound", "flat") for c in head.children) or head.dep_ == "appos")
    ):
        return None  # a full name stays; "Another leading Dem, Sen. … Gillibrand" does not
    # "One of its members, Demetrios Minor": a name set beside one of a group of people,
    # whether or not the tagger knew it for a person's
    title = head.lower_.rstrip(".") in lexicon.TITLES or one_of_people(head)
    for child in head.children:
        if child.dep_ != "appos" and not _joined_without_and(head, child):
            continue
        if child.ent_type_ == "PERSON" and head.pos_ in ("NOUN", "NUM", "PRON", "PROPN"):
            return child
        if (
            title
            and child.pos_ == "PROPN"
            and child.ent_type_ in ("", "PERSON")
            and child.text[:1].isupper()
            and child.lower_.rstrip(".") not in lexicon.TITLES
            and child.left_edge.i > 0
            and child.doc[child.left_edge.i - 1].text != "("
        ):
            return child
    return _named_through_its_apposition(head)


def _named_through_its_apposition(head: Token) -> Token | None:
    """ "The other man, his cousin James York, 40, cited …": a person described beside a
    second description that runs straight on into their name is the person named (the parser
    hangs the name on the second description, not on the first); not a noun that describes no
    person ("The company, its founder Jim Doe, …" is the company's)."""
    person = head.pos_ == "NOUN" and descriptions.noun_of(head) in lexicon.PERSON_NOUNS
    if not person and not one_of_people(head):
        return None
    for child in head.children:
        if child.dep_ != "appos" or child.pos_ != "NOUN" or child.i < head.i:
            continue
        if child.doc[child.left_edge.i - 1].text != ",":
            continue
        name = next(
            (
                g
                for g in child.children
                if g.dep_ == "appos" and g.ent_type_ == "PERSON" and g.left_edge.i == child.i + 1
            ),
            None,
        )
        if name is not None and not _listed_on(name):
            return name
    return None


# An interview printed as questions and answers (PolNeAR train: Politico's "Q&A with Vice
# President Joe Biden", USA Today's with Laura Bush and with Diane Guerrero): each answer opens
# its paragraph with "A:", each question with "Q:" or a "Q" glued to its first word ("QWhy
# should the U.S. continue to invest so much there?").
_ANSWER = re.compile(r"^A:[ \t]", re.MULTILINE)
_QUESTION = re.compile(r"^Q(?::[ \t]|(?=[A-Z][a-z’']))", re.MULTILINE)


def _interviewed(ctx: Context, at: int) -> Entity | None:
    """ "A: I think his conclusory comment is correct": the "I" of an interview's answer is the
    person interviewed (`interviewed`)."""
    if not any(start <= at < end for start, end in interview_answers(ctx)):
        return None
    named = interviewed(ctx)
    return None if named is None else ctx.index.at(*named)


def interview_answers(ctx: Context) -> list[tuple[int, int]]:
    """The answers of an interview printed as questions and answers, each from after its "A:"
    to the next question or answer, over paragraphs of its own ("A: Well, I think he has a lot
    of people afraid … / It just puts fear in people …"); none in an article with fewer than
    two answers or no question."""
    answers = list(_ANSWER.finditer(ctx.text))
    questions = [m.start() for m in _QUESTION.finditer(ctx.text)]
    if len(answers) < 2 or not questions:
        return []
    turns = [*questions, *(a.start() for a in answers), len(ctx.text)]
    return [(a.end(), min(t for t in turns if t >= a.end())) for a in answers]


def interviewed(ctx: Context) -> tuple[int, int] | None:
    """Where the person interviewed is named: the first person the headline or the lede names
    before the first question ("Q&A with Vice President Joe Biden", "Former first lady Laura
    Bush wrote …")."""
    question = _QUESTION.search(ctx.text)
    for name in ctx.doc.ents:
        if question is None or name.start_char >= question.start():
            break
        if name.label_ == "PERSON":
            entity = ctx.index.at(name.start_char, name.end_char)
            if entity is not None and entity.type == "person":
                return name.start_char, name.end_char
    return None


# A paragraph that is a signature alone: a handle ("@givens1613.") or two to four capitalised
# words ("Martin Litwak.", "Ken White."), a full stop after it or none.
_SIGNATURE = re.compile(r"^[ \t]*(@\w{1,15}|[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){1,3})\.?[ \t]*$", re.M)


def _signed(ctx: Context, at: int) -> tuple[str, Entity | None] | None:
    """ "I think this meeting is too little too late … / @hotflesh." (USA Today's readers on
    Twitter), "… I claim Trump is not a billionaire … / Martin Litwak. / Olympia, Wash." (its
    letters): the "I" of words the text gives as its own, in a text of comments each signed
    by a paragraph of its own, is whoever signs the first signature after it: a handle, or a
    person the text names by the words of the paragraph alone. A text with fewer than two
    signatures is no such collection."""
    signatures = []
    for found in _SIGNATURE.finditer(ctx.text):
        start, end = found.span(1)
        if found.group(1).startswith("@"):
            signatures.append((start, found.group(1), None))
            continue
        entity = ctx.index.at(start, end)
        if entity is not None and entity.type == "person":
            signatures.append((start, entity.name, entity))
    if len(signatures) < 2:
        return None
    after = next((s for s in signatures if s[0] > at), None)
    return (after[1], after[2]) if after is not None else None


def pronoun(
    ctx: Context, head: Token, mention: tuple[int, int], earlier: list[Statement]
) -> Speaker:
    span = ctx.span(*mention)
    lower = head.lower_
    if lower in lexicon.PERSON_PRONOUNS:
        kinds: tuple[str, ...] = ("person",)
    elif lower in lexicon.GROUP_PRONOUNS and lower not in lexicon.FIRST_PERSON:
        kinds = ("group", "organization", "anonymous")
    elif lower in lexicon.THING_PRONOUNS:
        kinds = ("organization",)
    elif lower in lexicon.FIRST_PERSON_SINGULAR:
        # "I" inside someone's quote or transcript turn is that someone
        around = _enclosing(earlier, head.idx)
        if around is not None:
            said = around.speaker
            return Speaker(said.name, said.kind, span, said.entity, said.members)
        interviewed = _interviewed(ctx, head.idx)
        if interviewed is not None:
            return Speaker(interviewed.name, "person", span, interviewed.id)
        signed = _signed(ctx, head.idx) if ctx.quote_at(head.idx) is None else None
        if signed is not None:
            name, entity = signed
            return Speaker(name, "person", span, entity.id if entity is not None else None)
        return Speaker(None, "unresolved", span)
    else:
        return Speaker(None, "unresolved", span)
    # "his recent call to ban all Muslim immigrants" is a man's as surely as "he" is one
    # (nineteenth held-out, Huffington Post 2015: the call went to the woman quoted before)
    gender = lexicon.PRONOUN_SEX.get(lower)
    # "He said …" after "He said …" after …: the pronouns the text keeps as its subject are
    # followed back one sentence at a time, not by recursion, as a paragraph may hold hundreds
    chain = [head]
    found = _pronoun_in_sentence(ctx, head, kinds, gender, span, earlier)
    while found is None:
        before = _same_pronoun_subject_of_sentence_before(ctx, chain[-1], gender, earlier)
        if before is None:
            break
        chain.append(before)
        found = _pronoun_in_sentence(ctx, before, kinds, gender, span, earlier)
    if found is None:
        found = _pronoun_beyond_sentence(ctx, chain[-1], kinds, gender, span, earlier)
    for token in reversed(chain[:-1]):  # a pronoun before whom none was found goes on alone
        if not found.name:
            found = _pronoun_beyond_sentence(ctx, token, kinds, gender, span, earlier)
    return found


def _pronoun_in_sentence(
    ctx: Context,
    head: Token,
    kinds: tuple[str, ...],
    gender: str | None,
    span: Span,
    earlier: list[Statement],
) -> Speaker | None:
    """Whom the pronoun stands for, found in its own sentence (or the thing "it" was); None
    where the sentence does not say."""
    lower = head.lower_
    relative = _relative_antecedent(head)
    if relative is not None and (
        (kinds == ("person",) and relative.ent_type_ == "PERSON")
        or ("group" in kinds and relative.tag_ in ("NNS", "NNPS") and can_speak(relative))
    ):
        said = named(ctx, speaker_span(ctx, relative), relative, earlier)
        if said.name:
            return Speaker(said.name, said.kind, span, said.entity, said.members)
    repeated = _same_pronoun_earlier_in_sentence(ctx, head, kinds, gender)
    if repeated is not None:
        said = pronoun(ctx, repeated, speaker_span(ctx, repeated), earlier)
        if said.name:
            return Speaker(said.name, said.kind, span, said.entity, said.members)
    # "State departments of education can do that, they said" after what Wilcox and Beruff
    # argued: what is said after someone spoke just before names no one the pronoun stands for
    spoken = _spoken_just_before(ctx, head, earlier, kinds, gender)
    local = _subject_earlier_in_sentence(ctx, head, kinds, gender, spoken)
    if local is not None:
        return Speaker(local.stands_for or local.name, entity_kind(local), span, local.id)
    people = _people_subject_earlier_in_sentence(ctx, head, spoken) if "group" in kinds else None
    if people is not None:
        said = named(ctx, speaker_span(ctx, people), people, earlier)
        if said.name:
            return Speaker(said.name, said.kind, span, said.entity, said.members)
    described = _role_subject_earlier_in_sentence(ctx, head, kinds, gender, earlier)
    if described is not None:
        return Speaker(described.name, described.kind, span, described.entity)
    governing = _person_object_above(ctx, head, gender, earlier)
    if governing is not None:
        return Speaker(governing.name, governing.kind, span, governing.entity)
    if lower in lexicon.THING_PRONOUNS:
        body = _body_earlier_in_sentence(ctx, head)
        if body is not None:
            return Speaker(group_name(body), "organization", span)
        before = _subject_of_sentence_before(ctx, head) or _thing_subject_just_before(ctx, head)
        if before is not None:  # "The task force panel called on … It recommended …"
            said = named(ctx, speaker_span(ctx, before), before, earlier)
            if said.name and said.kind != "person":
                return Speaker(said.name, said.kind, span, said.entity, said.members)
        document = _document_just_named(ctx, head)
        if document is not None:  # "… wrote in the affidavit. It continued: …"
            said = named(ctx, speaker_span(ctx, document), document, earlier)
            if said.name and said.kind == "document":
                return Speaker(said.name, said.kind, span, said.entity, said.members)
        if _it_was_a_thing(ctx, head):
            return Speaker(None, "unresolved", span)
    return None


def _pronoun_beyond_sentence(
    ctx: Context,
    head: Token,
    kinds: tuple[str, ...],
    gender: str | None,
    span: Span,
    earlier: list[Statement],
) -> Speaker:
    """Whom the pronoun stands for, found in the sentences before (the subject the text is
    about, the one person just named, the last speaker, the last entity of its kind)."""
    described = _described_subject_of_sentence_before(ctx, head, gender, earlier)
    if described is not None:
        return Speaker(described.name, described.kind, span, described.entity)
    just_named = _one_person_of_sentence_before(ctx, head, gender)
    if just_named is not None:
        return Speaker(just_named.name, "person", span, just_named.id)
    previous = _previous_speaker(ctx, earlier, head.idx, kinds, gender)
    if previous is not None:
        return Speaker(previous.name, previous.kind, span, previous.entity, previous.members)
    entity = _previous_entity(ctx, head.idx, kinds, gender)
    if entity is not None:
        return Speaker(entity.stands_for or entity.name, entity_kind(entity), span, entity.id)
    return Speaker(None, "unresolved", span)


def _before_opening_pronoun(ctx: Context, pronoun: Token, gender: str | None) -> Token | None:
    """The last token of the sentence before the one "he" or "she" (of a sex the text gives,
    outside a quote) opens as its first subject, with no one who can speak before it: where
    the sentences before are searched for whom the pronoun goes on with; None elsewhere."""
    if gender is None or pronoun.dep_ not in SUBJECTS or ctx.inside_quote(pronoun):
        return None
    opening = ctx.doc[pronoun.sent.start]
    if opening.i == 0 or any(
        can_speak(t) or t.dep_ in SUBJECTS for t in ctx.doc[opening.i : pronoun.i]
    ):
        return None
    return ctx.doc[opening.i - 1]


def _same_pronoun_subject_of_sentence_before(
    ctx: Context, pronoun: Token, gender: str | None, earlier: list[Statement]
) -> Token | None:
    """ "He lambasted the Iran nuclear deal negotiated by President Obama, who he noted was
    "in his final year." He pledged to relocate the U.S. Embassy …" (Trump, not Obama); "…,
    she issued a detailed plan …: President Obama later adopted a similar approach. She has
    called for …" (Clinton): "he" or "she" opening a sentence, in the paragraph of a sentence
    whose main subject (its root's) is the same pronoun, goes on with that pronoun (whom the
    text keeps as its subject) rather than with the one person that sentence names after it;
    not with a pronoun of a clause before the main one ("When he called, President Obama
    thanked him …. He said …" is Obama's). So does one that tells a statement of that
    sentence, set off inside it: "But during nomination roll call votes, states are called
    alphabetically, he noted, so it may already be clear whether Trump will be the nominee
    …. He said …" (the delegate who noted it, not Trump). A "he" or "she" after the quote
    that opens its sentence ("“…,” she said") goes on with such a source of the sentence
    before the quote, which may close the paragraph before: "Things have changed over the
    years, she says, especially in the social media era when a politician’s behavior … can
    travel at the speed of Twitter. “You can wreck their career in a minute,” she said"
    (Politico 2016, PolNeAR train); not with a pronoun that only is its subject ("Harsh? He
    doesn't think so. “I don't judge …,” he said": the man quoted before, as the tagger
    takes "Harsh" for a name)."""
    last = _before_opening_pronoun(ctx, pronoun, gender)
    if last is None:
        last = _before_opening_quote(ctx, pronoun, gender)
        while last is not None and last.is_space and last.i > 0:
            last = ctx.doc[last.i - 1]  # the blank line between two paragraphs
        return _same_pronoun_telling(ctx, last, pronoun, earlier) if last is not None else None
    if "\n" in last.text + last.whitespace_:
        return None  # a new paragraph
    subject = _main_subject(last)
    if subject is not None and not ctx.inside_quote(subject) and subject.lower_ == pronoun.lower_:
        return subject
    return _same_pronoun_telling(ctx, last, pronoun, earlier)


def _same_pronoun_telling(
    ctx: Context, last: Token, pronoun: Token, earlier: list[Statement]
) -> Token | None:
    """The one pronoun like `pronoun`, outside quotes, in the sentence of `last` that is the
    source of a statement there ("…, she says, …"), in the writer's own words, not inside
    what someone is said to have said ("Mr. McKinley said that he considered debt a last
    resort"); None where there is none or two."""
    told = []
    for t in last.sent:
        if t.lower_ != pronoun.lower_ or t.dep_ not in SUBJECTS or ctx.inside_quote(t):
            continue
        own = [s for s in earlier if s.speaker.mention and s.speaker.mention.start == t.idx]
        others = [s for s in earlier if s not in own]
        if own and not _reported_by_someone(t, others):
            told.append(t)
    return told[0] if len(told) == 1 else None


def _before_opening_quote(ctx: Context, pronoun: Token, gender: str | None) -> Token | None:
    """The last token before the quote that opens the sentence of "he" or "she" (of a sex the
    text gives, outside a quote, the subject), where no one who can speak stands between the
    quote and the pronoun ("“…,” she said"); None elsewhere."""
    if gender is None or pronoun.dep_ not in SUBJECTS or ctx.inside_quote(pronoun):
        return None
    opening = ctx.doc[pronoun.sent.start]
    quote = ctx.quote_at(opening.idx)
    if quote is None or quote.end > pronoun.idx:
        return None
    if any(
        not ctx.quote_at(t.idx) and (can_speak(t) or t.dep_ in SUBJECTS)
        for t in ctx.doc[opening.i : pronoun.i]
    ):
        return None
    first = next(t for t in ctx.doc[: opening.i + 1] if t.idx + len(t) > quote.start)
    return ctx.doc[first.i - 1] if first.i > 0 else None


def _main_subject(token: Token) -> Token | None:
    """The subject of the main clause of the token's sentence: its root's, or that of a
    clause before the root that ends at a colon or semicolon ("she issued a detailed plan …:
    President Obama later adopted a similar approach", which the parser hangs under
    "adopted"), the first in the text; never that of a clause the main one subordinates
    ("When he called, …")."""
    root = token.sent.root
    heads = [root] + [
        c
        for c in root.children
        if c.dep_ in ("ccomp", "parataxis", "conj")
        and c.i < root.i
        and c.doc[c.right_edge.i + 1].text in (":", ";")
    ]
    subjects = [c for h in heads for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
    return min(subjects, key=lambda t: t.i, default=None)


def _described_subject_of_sentence_before(
    ctx: Context, pronoun: Token, gender: str | None, earlier: list[Statement]
) -> Speaker | None:
    """ "…, the president framed the shooting as a moment when the nation needed to come
    together …. / He did not mention proposals to ban Muslims …" (Obama, not the candidate
    quoted before); "Meanwhile, the current GOP nominee’s support for the LGBT community is
    unprecedented. While he’s said he believes …" (the nominee); "Trump’s running mate —
    Indiana Gov. Mike Pence — has thrown his support behind Ryan. / And he claims …" (Pence):
    "he" or "she", the first subject of its sentence, goes on with the main subject of the
    sentence before (or that subject's owner) where it describes a person of the pronoun's sex
    rather than naming them, as a name there already leads the search (centering: the subject
    is what the text is about)."""
    last = _before_opening_pronoun(ctx, pronoun, gender)
    if last is None:
        return None
    while last.is_space and last.i > 0:  # the blank line between two paragraphs
        last = ctx.doc[last.i - 1]
    root = last.sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or ctx.inside_quote(subject) or _reported_by_someone(subject, earlier):
        return None
    appos = _named_apposition(subject) if subject.pos_ == "NOUN" else None
    if appos is not None:  # "Trump’s running mate — Indiana Gov. Mike Pence —"
        said = named(ctx, speaker_span(ctx, appos), appos, earlier)
    elif subject.pos_ != "NOUN" or subject.lemma_.lower() not in lexicon.ROLE_NOUNS:
        subject = next(
            (
                c
                for c in subject.children
                if c.dep_ == "poss" and c.pos_ == "NOUN" and c.lemma_.lower() in lexicon.ROLE_NOUNS
            ),
            None,
        )
        if subject is None:
            return None
        said = role(ctx, subject, ctx.span(subject.idx, subject.idx + len(subject)), earlier)
    else:
        said = named(ctx, speaker_span(ctx, subject), subject, earlier)
    if said.kind == "person" and said.entity and _agrees(ctx, said, gender):
        return said
    return None


def _reported_by_someone(token: Token, earlier: list[Statement]) -> bool:
    """ "By failing to act, Mr. McCulloch said, the governor “undermines everything …”": the
    token is inside what someone is said to have said, which the text is not about."""
    return any(s.content.start <= token.idx < s.content.end for s in earlier)


def _one_person_of_sentence_before(
    ctx: Context, pronoun: Token, gender: str | None
) -> Entity | None:
    """ "The Post story centered on allegations made by Leigh Corfman, now 53. She told the
    newspaper that …": "he" or "she" opening a sentence goes on with the one person the
    sentence just before names (of the pronoun's sex, or of none the text gives), wherever in
    that sentence, rather than with a speaker quoted further back. So does one after a quote
    or an opener that names no one, where no one who can speak is the subject of the sentence
    before the quote: "That did not satisfy Justice Scalia. “If somebody tells you …,” he
    said" (Scalia), "Those comments drew a sharp response from Rev. William Owens …. “Some
    people are saying …. It is a disgrace. …,” he told a press conference" (Owens). Where a
    person of the pronoun's sex is the subject of the sentence before the quote, it is they:
    "Ryan also did not exude confidence when Tapper asked whether … / “The one thing …,” he
    said" (Ryan, not Tapper, whose question is a clause below him); "Clinton criticized the
    Bush administration for its "secrecy," according to The Hill. "We know …," she said"
    (Clinton); "Justice Kennedy asked Mr. Sellers …. “…,” he said" (the asker). A subject of
    the other sex is passed over for the one person of the pronoun's sex the sentence names:
    "McDonough was responding to a message from … Wendy Sherman, reporting that …. “Tunis
    plane wheels up …,” she wrote" (Sherman, not the woman quoted before). The sentence
    after a quote may open a paragraph: "It’s become a major issue in the campaign, with
    Hillary Clinton … lambasting Trump’s plan. / “The kind of plan …,” she said" (Clinton, not
    the woman quoted two paragraphs up); "he" or "she" itself opening a paragraph does not
    reach back over it ("He has said he will not back …" after a paragraph that ends naming
    President Obama is still the congressman's). A subject named by a bare surname the tagger
    missed is a person that sentence names all the same (`_subjects_the_tagger_missed`)."""
    if gender is None or pronoun.i == 0:
        return None
    opening = ctx.doc[pronoun.sent.start]
    if pronoun.i != opening.i:
        if any(
            not ctx.quote_at(t.idx) and (can_speak(t) or t.dep_ in SUBJECTS)
            for t in ctx.doc[opening.i : pronoun.i]
        ):
            return None
        quote = ctx.quote_at(opening.idx)
        if quote is not None:  # the quote's first sentence
            opening = next(t for t in ctx.doc[: opening.i + 1] if t.idx + len(t) > quote.start)
        if opening.i == 0:
            return None
    last = ctx.doc[opening.i - 1]
    if "\n" in last.text + last.whitespace_ and pronoun.i == opening.i:
        return None  # "He has said …" opening a paragraph does not reach back over it
    while last.is_space and last.i > 0:  # the blank line between two paragraphs
        last = ctx.doc[last.i - 1]
    sentence = last.sent
    if pronoun.i != opening.i:
        quote = ctx.quote_at(sentence.start_char)
        if quote is not None and quote.start < last.idx:  # "… asked Mr. Sellers “how …?”"
            return None
        subjects = [t for t in sentence.root.children if t.dep_ in ("nsubj", "nsubjpass")]
        other_sex = []
        for subject in subjects:
            person = entity_for(ctx, subject)
            if person is not None and person.type == "person":
                if ctx.index.other_sex(person.id, gender):
                    other_sex.append(subject)
                    continue
                if not _yields_to_a_known_sex(
                    ctx, person, gender, sentence.start_char, sentence.end_char
                ):
                    return person
        if any(_someone(ctx, t) for t in subjects if t not in other_sex):
            return None  # someone else the sentence is about ("The chief justice asked …")
    found: dict[str, Entity] = {}
    for entity in ctx.index.entities:
        if entity.type != "person":
            continue
        inside = [
            m
            for m in entity.mentions
            if sentence.start_char <= m.start < sentence.end_char and not ctx.quote_at(m.start)
        ]
        if not inside:
            continue
        known = ctx.index.gender(entity.id) or _census_sex(entity)
        if known is not None and known != gender:
            continue
        found[entity.id] = entity
    going_on = cues.lemma(pronoun.head) in _GOING_ON
    for person in [] if going_on else _subjects_the_tagger_missed(ctx, last):
        known = ctx.index.gender(person.id) or _census_sex(person)
        if known == gender or (known is None and gender == "male"):
            found.setdefault(person.id, person)
    if gender == "female":  # "Sanders held a rally … while Clinton hosted …. “…,” she said"
        # (`_yields_to_a_known_sex`): the woman, not the person of unknown sex beside her
        found = {k: e for k, e in found.items() if ctx.index.gender(k) == gender} or found
    return next(iter(found.values())) if len(found) == 1 else None


# Verbs a pronoun goes on speaking with ("He added that …", "She continued"): the speaker quoted
# last, not a person the sentence before only names.
_GOING_ON = frozenset("add continue".split())


def _subjects_the_tagger_missed(ctx: Context, inside: Token) -> list[Entity]:
    """The people of the article that the sentence of `inside` names as the subject of a
    clause by a bare name the tagger took for no one's, which `entity_for` finds by its words:
    "Gates told the AP that he and Manafort introduced the lobbying firms …" (Gates, beside
    Manafort), "… the Turkish government declared Oksuz was a leader of the plot" (Oksuz).
    Subjects outside quotes only, whose words the index holds as no one's mention. Weaker
    than a name the tagger found, so it gives way (the round-64 code review): a pronoun whose
    verb goes on speaking ("He added that …", `_GOING_ON`) stays with the speaker quoted last,
    and "she" goes only to a woman the text or the census knows, not to a given name it does
    not know ("Adil Oksuz")."""
    found = []
    for word in inside.sent:
        if word.dep_ not in ("nsubj", "nsubjpass") or word.pos_ != "PROPN":
            continue
        if ctx.quote_at(word.idx) or ctx.index.at(word.idx, word.idx + len(word)):
            continue
        entity = entity_for(ctx, word)
        if entity is not None and entity.type == "person" and entity not in found:
            found.append(entity)
    return found


def _someone(ctx: Context, token: Token) -> bool:
    """The subject names a person or a body, or is a pronoun for one ("Those comments",
    "That" are not)."""
    lemma = token.lemma_.lower()
    return (
        token.pos_ == "PROPN"
        or token.lower_ in lexicon.PERSON_PRONOUNS | lexicon.GROUP_PRONOUNS
        or entity_for(ctx, token) is not None
        or lemma in lexicon.ROLE_NOUNS | lexicon.PERSON_NOUNS | lexicon.GROUP_NOUNS
    )


def _relative_antecedent(pronoun: Token) -> Token | None:
    """Whom a relative clause that holds the pronoun is about: "rank-and-file Democrats who
    made it clear they believed …", "officials who said they …"."""
    for verb in pronoun.ancestors:
        if verb.dep_ != "relcl":
            continue
        if any(c.dep_ in SUBJECTS and c.lower_ in ("who", "that") for c in verb.children):
            return _antecedent(verb.head)
        return None
    return None


def _previous_speaker(
    ctx: Context,
    earlier: list[Statement],
    at: int,
    kinds: tuple[str, ...],
    gender: str | None = None,
    window: int = PRONOUN_WINDOW,
) -> Speaker | None:
    """The speaker "he", "she" or "they" goes on with: the last one quoted (not one quoted
    inside someone else's words), unless a person named since, as the subject of a sentence,
    is a likelier antecedent ("Noah Nathan, 47, lives nearby. He said …")."""
    going_on = _quote_going_on(ctx, earlier, at, gender) if kinds == ("person",) else None
    if going_on is not None:
        return going_on
    for statement in reversed(earlier):
        cue_at = statement.cue.start if statement.cue else statement.content.start
        if cue_at >= at:
            continue
        if at - cue_at > window:
            break
        if not statement.speaker.name:
            continue
        if statement.speaker.kind not in kinds and not (
            kinds == ("person",)
            and unnamed.one_of_sex(
                ctx, statement.speaker, gender, _described_sex(statement.speaker), at
            )
        ):
            continue  # "“…,” said the woman, who …. / “…,” she said": the woman
        if _reported_inside(statement, earlier) or not _agrees(ctx, statement.speaker, gender):
            continue
        if kinds == ("person",):
            since = _subject_between(ctx, cue_at, at, gender)
            if since is not None and since.id != statement.speaker.entity:
                return Speaker(since.name, "person", None, since.id)
        if "group" in kinds:
            group = _plural_subject_between(ctx, cue_at, at)
            if group is not None:
                return named(ctx, speaker_span(ctx, group), group, earlier)
        return statement.speaker
    if "group" in kinds:
        group = _plural_subject_between(ctx, max(0, at - window), at)
        if group is not None:
            return named(ctx, speaker_span(ctx, group), group, earlier)
    return None


def _quote_going_on(
    ctx: Context, earlier: list[Statement], at: int, gender: str | None
) -> Speaker | None:
    """ "…,” said Hilary Shelton, director of the bureau. / “I hope …,” he said.": a paragraph
    that opens with a quote and then "he said" goes on with the person the paragraph before
    ended quoting, where only the census, guessing from the given name, gives them the other
    sex (a spokesman quoted further back is not who goes on)."""
    if gender is None:
        return None
    last = quoting_just_before(ctx, earlier, at)
    if last is None or _agrees(ctx, last, gender) or not ctx.index.gender_guessed(last.entity):
        return None
    start = ctx.text.rfind("\n", 0, at) + 1
    quote = ctx.quote_at(start)
    if quote is None or quote.end > at or ctx.text[quote.end : at].strip(EDGE + ".”\"'"):
        return None
    return last


def _plural_subject_between(ctx: Context, start: int, end: int) -> Token | None:
    """The people named last between `start` and `end` as the plural subject of a main
    clause or of a clause subordinate to it: "GOP representatives castigated the bill ….
    They said …" after another group's statement."""
    found = None
    for token in ctx.doc.char_span(start, end, alignment_mode="contract") or ():
        if token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if token.tag_ not in ("NNS", "NNPS") and not _joined_people(token):
            continue
        verb = token.head
        while verb.dep_ in ("conj", "advcl"):  # a main clause or one subordinate to it
            verb = verb.head  # ("… was begun while Democrats languished in the minority")
        alone = sum(c.dep_ in SUBJECTS for c in token.head.children) == 1  # not a misparse
        if (
            verb.dep_ == "ROOT"
            and alone
            and can_speak(token)
            and not _peoples_claims(token)
            and not ctx.inside_quote(token)
        ):
            found = token
    return found


def _peoples_claims(token: Token) -> bool:
    """ "Democrats’ numbers in the House have continually fallen …. This year …, however,
    they’re hopeful …", "many of their best arguments … are easily refuted, they say": what
    people hold, say or show (a claim, a number, an argument: `lexicon.PROPOSITION_NOUNS`,
    through "of" after a quantifier), even theirs, is never the "they" who speak (polls,
    reports and studies, which speak for themselves, aside)."""
    of = [g for p in token.children if p.lower_ == "of" for g in p.children]
    if token.lower_ in _QUANTIFIERS | _UNNAMED and of:
        token = of[0]
    lemma = token.lemma_.lower()
    return lemma in lexicon.PROPOSITION_NOUNS and lemma not in lexicon.GROUP_NOUNS


def _joined_people(token: Token) -> bool:
    """ "House Speaker Nancy Pelosi … and Senate Minority Leader Chuck Schumer … released a
    joint statement. / They, like Warner, didn't want …": people joined by "and" are as
    plural as "Democrats"."""
    return (
        token.ent_type_ == "PERSON"
        and any(c.dep_ == "cc" and c.lower_ == "and" for c in token.children)
        and any(
            c.dep_ == "conj" and (c.ent_type_ == "PERSON" or can_speak(c)) for c in token.children
        )
    )


def _reported_inside(statement: Statement, earlier: list[Statement]) -> bool:
    """ "Romney said Trump “put forth a reasonable proposal”": Trump is quoted inside Romney's
    words; "He tweeted …" after it is Romney again."""
    cue = statement.cue or statement.content
    return any(
        other is not statement
        and other.speaker.name != statement.speaker.name
        and other.content.start <= cue.start < other.content.end
        and other.content.end - other.content.start
        > statement.content.end - statement.content.start
        for other in earlier
    )


def _subject_between(ctx: Context, start: int, end: int, gender: str | None) -> Entity | None:
    """The person named last between `start` and `end` as the subject of a sentence: in the
    last sentence that names one, the main clause's subject before a clause's ("Fox, however,
    isn't worried that Trump will actually win. “…,” he said": Fox), as Hobbs's search meets
    them."""
    best: tuple[tuple[int, int, int], Entity] | None = None
    for entity in ctx.index.entities:
        if entity.type != "person":
            continue
        if ctx.index.other_sex(entity.id, gender):
            continue
        # a clause's subject, not a main clause's, only where the text or else the census
        # gives the person the pronoun's sex: "… is what Ryan highlighted as the party’s
        # biggest problem. He said …" is Ryan's, not the man quoted before
        known = ctx.index.gender(entity.id) or _census_sex(entity)
        sexed = gender is not None and known == gender
        for mention in entity.mentions:
            if not start < mention.start < end or ctx.quote_at(mention.start):
                continue
            if not (_is_subject(ctx, mention) or (sexed and _is_clause_subject(ctx, mention))):
                continue
            rank = salience(ctx, mention.start, mention.end, end)
            if best is None or rank > best[0]:
                best = (rank, entity)
    # "Trump spent most of his speech on Friday rehashing …", where the tagger saw no name: a
    # main clause's subject that names a person of the article by their words
    span = ctx.doc.char_span(start, end, alignment_mode="contract")
    for token in span or ():
        if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ != "PROPN":
            continue
        rank = salience(ctx, token.idx, token.idx + len(token), end)
        if (best is not None and rank <= best[0]) or ctx.inside_quote(token):
            continue
        verb = token.head
        while verb.dep_ == "conj":
            verb = verb.head
        entity = entity_for(ctx, token) if verb.dep_ == "ROOT" else None
        if (
            entity is not None
            and entity.type == "person"
            and not ctx.index.other_sex(entity.id, gender)
        ):
            best = (rank, entity)
    return best[1] if best else None


def salience(ctx: Context, start: int, end: int, at: int) -> tuple[int, int, int]:
    """How near the top of the search for a pronoun at `at` a mention stands, as Hobbs's
    algorithm orders it: a later sentence first; in a sentence before the pronoun's, a mention
    nearer its main verb (the main clause's subject before a clause's, the subject before a
    name in a relative clause or an apposition: "Mary Cheney, who married her partner, Heather
    Poe, took to Facebook … “…,” she wrote": Mary Cheney), then the later one; in the
    pronoun's own sentence, the nearer one ("… since their meeting with Trump, when he said
    …": Trump). Conjuncts, compounds and flat names add no depth."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:  # a mention off the tokens' edges: rank it by its first token
        span = ctx.doc[next((t.i for t in ctx.doc if t.idx + len(t) > start), len(ctx.doc) - 1) :][
            :1
        ]
    sentence = span.sent
    if sentence.start_char <= at < sentence.end_char:
        return (sentence.start, 0, start)
    token = span.root
    depth = 0
    while token.head.i != token.i:
        if token.dep_ not in ("conj", "compound", "flat", "cc"):
            depth += 1
        token = token.head
    return (sentence.start, -depth, start)


def quoting_just_before(ctx: Context, earlier: list[Statement], at: int) -> Speaker | None:
    """The person quoted in the paragraph just before `at`, if that paragraph's last
    statement quotes them: a quote paragraph after it goes on with their words."""
    text = ctx.text
    paragraph = text.rfind("\n", 0, at)
    previous = text.rfind("\n", 0, paragraph) if paragraph > 0 else -1
    while paragraph > 0 and not text[previous + 1 : paragraph].strip():
        paragraph = previous  # skip blank lines between the paragraphs
        previous = text.rfind("\n", 0, paragraph) if paragraph > 0 else -1
    before = [s for s in earlier if previous < s.content.start < paragraph]
    if not before:
        return None
    last = before[-1]
    if last.speaker.kind != "person" or not last.speaker.name:
        return None
    return last.speaker


def _subject_earlier_in_sentence(
    ctx: Context,
    pronoun: Token,
    kinds: tuple[str, ...],
    gender: str | None = None,
    spoken_before: bool = False,
) -> Entity | None:
    """ "While South Korea has long accused …, it says": the subject before the pronoun (or the
    name the sentence is about, which the parse made no subject: `_topic_name`)."""
    for token in pronoun.sent:
        if token.i >= pronoun.i:
            break
        if (
            (token.dep_ in SUBJECTS or _topic_name(token, pronoun))
            and not ctx.inside_quote(token)
            and not (spoken_before and _in_its_words(ctx, token, pronoun))
        ):
            entity = _agreeing(ctx, token, kinds, gender)
            if entity is not None and not _yields_to_a_known_sex(
                ctx, entity, gender, pronoun.sent.start_char, pronoun.idx
            ):
                return entity
    if kinds != ("person",):
        return None
    # "Though Bush's campaign has languished for months, he began …": Bush, where no subject
    # before the pronoun names someone
    for token in pronoun.sent:
        if token.i >= pronoun.i:
            break
        if (
            _owns_a_thing_subject(token)
            and not ctx.inside_quote(token)
            and not (spoken_before and _in_its_words(ctx, token, pronoun))
        ):
            entity = _agreeing(ctx, token, kinds, gender)
            if (
                entity is not None
                and entity.type == "person"
                and not _yields_to_a_known_sex(
                    ctx, entity, gender, pronoun.sent.start_char, pronoun.idx
                )
            ):
                return entity
    return None


def _spoken_just_before(
    ctx: Context,
    pronoun: Token,
    earlier: list[Statement],
    kinds: tuple[str, ...],
    gender: str | None,
) -> bool:
    """Whether a source the pronoun may stand for spoke in the sentence just before its own
    (their words or cue end there): "Wilcox and Beruff … argued that the department is not
    needed …. State departments of education can do that, they said"; "… I need a candidate
    who's not going to lie to me,'' Mr. Gidley said. … Mr. Trump … fits that bill for many
    people, he added" (Politico 2016, NYT 2015: PolNeAR train)."""
    sentence = pronoun.sent
    if sentence.start == 0:
        return False
    before = ctx.doc[sentence.start - 1].sent
    for statement in earlier:
        said = statement.speaker
        if not said.name or said.kind not in kinds or not _agrees(ctx, said, gender):
            continue
        pieces = [*(statement.fragments or (statement.content,)), statement.cue]
        if any(p is not None and before.start_char < p.end <= sentence.start_char for p in pieces):
            return True
    return False


def _in_its_words(ctx: Context, token: Token, pronoun: Token) -> bool:
    """Whether `token` is in the words the pronoun's statement says (and the pronoun is not):
    "Mr. Trump, who is not taking large donations from special interests, fits that bill for
    many people, he added" is not Mr. Trump's."""
    return any(
        start <= token.idx < end and not start <= pronoun.idx < end for start, end in ctx.speaking
    )


def _topic_name(token: Token, pronoun: Token) -> bool:
    """A name the sentence opens with as what it is about, which the parse gives no subject's
    role, where "he", "she" or "it" later in the sentence goes on with it: the root the parser
    made of the name, hanging the pronoun's clause on it ("Clinton, though she praised Garland
    and said Republicans should give him a hearing, notably stopped short of committing to
    renominate him": The Washington Post; "Rep. Devin Nunes (R-Calif.), chairman of the House
    Intelligence Committee, didn’t second-guess Comey’s recommendation on prosecution, but he
    did call for more accountability": Politico), or the topic of "As for" before the
    pronoun's own verb ("As for Trump, he said he’s not worried": Politico; PolNeAR train)."""
    if token.pos_ != "PROPN":
        return False
    if token.dep_ == "ROOT":
        return token in pronoun.ancestors
    marker = token.head.head
    return (
        token.dep_ == "pobj"
        and token.head.lower_ == "for"
        and marker.lower_ == "as"
        and marker.head == pronoun.head
        and marker.i < pronoun.i
    )


def _people_subject_earlier_in_sentence(
    ctx: Context, pronoun: Token, spoken_before: bool = False
) -> Token | None:
    """ "Many of Ms. Tlaib’s new colleagues expressed sympathy for her sentiments, even as they
    said …": "they" goes on with the people its own sentence opens with as a subject, named
    by no entity, before any group named further back."""
    for token in pronoun.sent:
        if token.i >= pronoun.i:
            break
        if token.dep_ not in SUBJECTS or ctx.inside_quote(token):
            continue
        if spoken_before and _in_its_words(ctx, token, pronoun):
            continue
        if token.lower_ in lexicon.RELATIVE_PRONOUNS or token.pos_ == "PRON":
            continue
        of = [g for p in token.children if p.lower_ == "of" for g in p.children]
        plural = token.tag_ in ("NNS", "NNPS") or (
            token.lower_ in _QUANTIFIERS and of and of[0].tag_ in ("NNS", "NNPS")
        )
        if plural and can_speak(token) and not _peoples_claims(token):
            return token
    return None


def _agreeing(
    ctx: Context, token: Token, kinds: tuple[str, ...], gender: str | None
) -> Entity | None:
    """The entity a subject names, where it can be what a pronoun of `gender` stands for."""
    entity = entity_for(ctx, token)
    if entity is None or entity_kind(entity) not in kinds:
        return None
    return None if ctx.index.other_sex(entity.id, gender) else entity


def _yields_to_a_known_sex(
    ctx: Context, entity: Entity, gender: str | None, start: int, end: int
) -> bool:
    """ "Chris Christie described Hillary Clinton as a “disgrace” after she attacked …": a
    person whose sex neither the text nor the census gives (Chris is either; Bernie, Barack or
    a bare "Obama" neither) is not whom "she" stands for where the same stretch of text
    [start, end) names, outside quotes, a woman (by the text or her given name). Not so for
    "he": the people of this coverage whose sex nothing gives are mostly men ("Chris Cox",
    "Jeb Bush", "Justice Scalia"), and a man named beside one is no likelier whom "he" means."""
    if gender != "female" or entity.type != "person" or ctx.index.gender(entity.id) is not None:
        return False
    return any(
        other.type == "person"
        and other.id != entity.id
        and ctx.index.gender(other.id) == gender
        and any(start <= m.start < end and not ctx.quote_at(m.start) for m in other.mentions)
        for other in ctx.index.entities
    )


def _same_pronoun_earlier_in_sentence(
    ctx: Context, pronoun: Token, kinds: tuple[str, ...], gender: str | None
) -> Token | None:
    """ "… since, according to the tweet, he would have known Flynn lied to agents when he
    allegedly asked Comey …": "he" or "she" goes on with the same pronoun as the subject
    earlier in its sentence, before any person of its sex named between (Flynn)."""
    if gender is None:
        return None
    for token in pronoun.sent:
        if token.i >= pronoun.i:
            break
        if token.dep_ not in SUBJECTS or ctx.inside_quote(token):
            continue
        if token.lower_ == pronoun.lower_:
            return token
        if _agreeing(ctx, token, kinds, gender) is not None:
            return None  # a person named first is the subject the pronoun goes on with
    return None


def _person_object_above(
    ctx: Context, pronoun: Token, gender: str | None, earlier: list[Statement]
) -> Speaker | None:
    """ "… experts said it potentially exposed the president to obstruction of justice
    allegations – since … he would have known …": where no person is a subject before "he"
    or "she" in its sentence, the person a clause above it acts on, before it (the nearest
    clause first, as Hobbs's search goes up the tree)."""
    if gender is None:
        return None
    verb = pronoun.head
    while verb.dep_ in ("advcl", "ccomp", "conj", "xcomp") and verb.head is not verb:
        verb = verb.head
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        objects += [o for c in verb.children if c.dep_ == "prep" for o in c.children]
        for token in sorted(objects, key=lambda t: t.i):
            if token.i >= pronoun.i or token.dep_ not in ("dobj", "dative", "pobj"):
                continue
            if ctx.inside_quote(token):
                continue
            entity = entity_for(ctx, token)
            if entity is not None and entity.type == "person":
                said = Speaker(entity.stands_for or entity.name, "person", None, entity.id)
            elif token.pos_ == "NOUN" and token.lemma_.lower() in lexicon.ROLE_NOUNS:
                said = role(ctx, token, ctx.span(token.idx, token.idx + len(token)), earlier)
            else:
                continue
            if said.kind == "person" and said.entity and _agrees(ctx, said, gender):
                return said
    return None


# Bodies beside `lexicon.ORGANIZATION_WORDS` that "it" goes on with: "The task force panel".
_BODIES = frozenset("panel lobby coalition caucus".split())


def _subject_of_sentence_before(ctx: Context, pronoun: Token) -> Token | None:
    """ "The task force panel called on the Departments of Homeland Security, Education and
    Justice to … It recommended that …": "it" opening a sentence goes on with the body or
    document the sentence before was about, not with the last name in it (a list's member)."""
    if pronoun.dep_ not in SUBJECTS or pronoun.head.dep_ != "ROOT":
        return None
    if any(t.dep_ in SUBJECTS for t in pronoun.sent if t.i < pronoun.i):
        return None
    start = pronoun.sent.start
    if start == 0 or "\n" in ctx.doc[start - 1].text + ctx.doc[start - 1].whitespace_:
        return None  # a new paragraph
    root = ctx.doc[start - 1].sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and descriptions.generic_document(subject):
        return subject  # "But the original called for … It said …"
    if subject is None or not _a_speaking_thing(subject):
        return None
    return None if ctx.inside_quote(subject) else subject


def _thing_subject_just_before(ctx: Context, pronoun: Token) -> Token | None:
    """ "…, a key section of the cable, which remains classified, seemed to foreshadow the
    attack itself. / “RSO expressed concerns …,” it said." (the cable), "…,'' the report says.
    / It also points out that …" (the report), "Trump’s campaign immediately backtracked, …. In
    cases of abortion, it said, …" (the campaign), "Later when the official White House briefing
    transcript was released, …, “…,” it read" (the transcript): "it" that says something goes
    on with the subject written last before it, in its own sentence or the one before, a
    paragraph break between them or not, where that subject is a document or a body by its
    noun (or a part of a document: "a section of the cable"). None where the last subject is
    anyone or anything else (a name, a person, a plural), which the entity index resolves."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in SUBJECTS or ctx.inside_quote(pronoun):
        return None
    start = pronoun.sent.start
    if start > 0:
        start = ctx.doc[start - 1].sent.start
    for token in reversed(ctx.doc[start : pronoun.i]):
        if token.dep_ not in SUBJECTS or ctx.inside_quote(token):
            continue
        if token.lower_ in _RELATIVES or token.lower_ in lexicon.THING_PRONOUNS:
            continue  # "which remains classified", the same "it" before
        # the subject, or the noun set beside it (the parse may hang "a key section of the
        # cable" as an apposition on the groups an earlier apposition named)
        beside = [token, *(c for c in token.children if c.dep_ == "appos")]
        return next((t for t in beside if _a_speaking_thing(t)), None)
    return None


def _document_just_named(ctx: Context, pronoun: Token) -> Token | None:
    """ "Bujnowski wrote in the affidavit. It continued: “…”", "Dawson smiled and triumphantly
    lifted a sign of her own. / “I am still Sanders,” it read", "Labrador says this about
    himself on his website: “…” / “…,” it says": "it" as the subject of a verb of saying,
    where no subject before it stands for a body or a document, goes on with the document the
    text named last before it by its noun, whatever its part in the sentence (the object of a
    verb or a preposition), in its own sentence or the two before it outside quotes. Not a
    document a body or a person puts out ("a statement", "a release"), nor one an organisation
    is the subject of the verb on ("The Cruz campaign sent a fundraising email"): that body
    says what is in it."""
    if pronoun.lower_ != "it" or pronoun.dep_ != "nsubj" or ctx.inside_quote(pronoun):
        return None
    if pronoun.head.lemma_.lower() not in lexicon.SPEECH_VERBS:
        return None
    sentences = 0
    for token in reversed(ctx.doc[: pronoun.i]):
        if token.is_sent_start and token.i < pronoun.sent.start:
            sentences += 1
        if sentences > 2:
            return None
        if ctx.inside_quote(token) or ctx.quote_at(token.idx):
            continue
        entity = entity_for(ctx, token)
        if token.lower_ in lexicon.THING_PRONOUNS or (entity and entity.type != "person"):
            return None  # an "it" before, or a body or place "it" may stand for
        if (
            token.pos_ == "NOUN"
            and token.tag_ == "NN"
            and token.dep_ != "compound"
            and token.lemma_.lower() in lexicon.DOCUMENT_NOUNS - lexicon.ISSUED_NOUNS
        ):
            verb = token.head if token.dep_ == "dobj" else None
            if verb is not None and any(
                c.dep_ == "nsubj" and (_a_speaking_thing(c) or _an_organisation(ctx, c))
                for c in verb.children
            ):
                return None
            return token
    return None


def it_for_a_speaker(ctx: Context, verb: Token, pronoun: Token) -> bool:
    """ "it" as the subject of a verb whose subject must speak ("accused", "proposed",
    "identified … as") where its sentence or the one before gives the body or document it
    stands for: the subject before it in its sentence ("the Obama administration has never
    publicly blamed Russia …, just as it has never publicly identified China as the culprit";
    "The task force recommended …, and it proposed a model training program"), or the subject
    of the sentence before ("…, the congressional report said. / It accused the FDIC of trying
    to cover up the hacks"; "The lawsuit contends … / It goes on to specifically fault …"), as
    `_pronoun_in_sentence` resolves them (the story gold: 6 attributions in 4 stories). The
    pronoun is the verb's own subject, or that of the verb whose infinitive it is ("It goes on
    to fault"), outside a relative clause, whose object is the noun it hangs on ("the $64
    million it pledged to help pay for hosting the event"), and not a subject the verb reached
    through a preposition ("it was within hailing distance of becoming the law"). Not an "it"
    only the last organisation named before could stand for: "It slams Trump University …",
    after a sentence about an ad, is no statement of the state the ad ran in."""
    if pronoun.lower_ != "it" or pronoun.dep_ != "nsubj":
        return False
    own = verb.head if verb.dep_ == "xcomp" else verb
    if pronoun.head != own or own.dep_ == "relcl":
        return False
    return (
        _subject_earlier_in_sentence(ctx, pronoun, ("organization",)) is not None
        or _body_earlier_in_sentence(ctx, pronoun) is not None
        or _subject_of_sentence_before(ctx, pronoun) is not None
        or _thing_subject_just_before(ctx, pronoun) is not None
    )


# The nouns for a part of a text, which says what the text says: "a key section of the cable"
# (the story gold meets "section" once; the others are its synonyms, not tuned).
_DOCUMENT_PARTS = frozenset("section part portion passage excerpt".split())


def _a_speaking_thing(token: Token) -> bool:
    """A document or a body by its common noun ("the report", "Trump's campaign"), or a part of
    a document ("a key section of the cable")."""
    if token.pos_ != "NOUN" or token.tag_ != "NN":
        return False
    lemma = token.lemma_.lower()
    if lemma in lexicon.DOCUMENT_NOUNS | lexicon.ORGANIZATION_WORDS | _BODIES:
        return True
    if descriptions.generic_document(token):
        return True
    whole = [g for p in token.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return lemma in _DOCUMENT_PARTS and any(
        g.lemma_.lower() in lexicon.DOCUMENT_NOUNS for g in whole
    )


def _role_subject_earlier_in_sentence(
    ctx: Context,
    pronoun: Token,
    kinds: tuple[str, ...],
    gender: str | None,
    earlier: list[Statement],
) -> Speaker | None:
    """ "Mr. Jackson’s wife, knowing …, had it moved …, and she asked …": the subject before
    the pronoun is a role the text gave a person ("Mr. Jackson’s wife, Sandi")."""
    if kinds != ("person",):
        return None
    before = [t for t in pronoun.sent if t.i < pronoun.i and not ctx.inside_quote(t)]
    for token in before:
        if (
            token.dep_ not in SUBJECTS
            or token.pos_ != "NOUN"
            or token.lemma_.lower() not in lexicon.ROLE_NOUNS
        ):
            continue
        said = named(ctx, speaker_span(ctx, token), token, earlier)
        if said.kind == "person" and said.entity and _agrees(ctx, said, gender):
            return said
    if any(t.dep_ in SUBJECTS and can_speak(t) for t in before):
        return None
    # "It was the president’s first face-to-face meeting with Democratic leaders since a
    # combative session last month when he said …": where no one is the subject before the
    # pronoun, the role whose thing the sentence is about
    for token in before:
        if token.dep_ == "poss" and token.lemma_.lower() in lexicon.ROLE_NOUNS:
            said = role(ctx, token, ctx.span(token.idx, token.idx + len(token)), earlier)
            if said.entity and _agrees(ctx, said, gender):
                return said
    return None


def _body_earlier_in_sentence(ctx: Context, pronoun: Token) -> str | None:
    """ "… because the Obama campaign is crying foul …, because it knows …": a campaign, a
    committee or an agency the tagger named no entity, as the subject before "it"."""
    for token in pronoun.sent:
        if token.i >= pronoun.i:
            break
        if (
            token.dep_ in SUBJECTS
            and token.pos_ == "NOUN"
            and token.tag_ == "NN"
            and token.lemma_.lower() in lexicon.ORGANIZATION_WORDS
            and not ctx.inside_quote(token)
            and entity_for(ctx, token) is None
        ):
            start = next(t for t in token.subtree if t.dep_ != "det").idx
            return ctx.text[start : token.idx + len(token)]
    return None


def _is_subject(ctx: Context, mention: Span) -> bool:
    """ "Noah Nathan, 47, lives nearby", "Former Speaker of the House Newt Gingrich lauded …":
    the mention names the subject of a main clause (not of a clause someone reports: "she
    implied that Trump could …")."""
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    if token.dep_ == "ROOT" and token.pos_ == "PROPN" and _verb_hung_on(token):
        return True
    for _ in range(4):
        if token.dep_ in SUBJECTS:
            verb = token.head
            while verb.dep_ == "conj":
                verb = verb.head
            return verb.dep_ == "ROOT"
        if token.dep_ in ("appos", "flat") or (
            token.dep_ == "compound" and token.head.pos_ == "PROPN"
        ):
            token = token.head
        elif token.dep_ == "pobj" and token.head.head.pos_ == "PROPN":
            token = token.head.head  # "Speaker of the House Newt Gingrich"
        else:
            # "Then there was Sen. Bob Menendez's response. He accused …"
            return (
                token.dep_ == "poss"
                and token.head.dep_ in ("attr", "nsubj")
                and token.head.head.dep_ == "ROOT"
                and any(c.dep_ == "expl" for c in token.head.head.children)
            ) or (_owns_a_thing_subject(token) and _is_subject_token(token.head))
    return False


def _is_subject_token(token: Token) -> bool:
    """The token is the subject of a main clause."""
    if token.dep_ not in SUBJECTS:
        return False
    verb = token.head
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT"


def _owns_a_thing_subject(owner: Token) -> bool:
    """ "Mr. Sanders's campaign vowed Tuesday to remain in the fight …. As word … rolled in,
    he gave a defiant speech", "Though Bush's campaign has languished for months, he began
    to find his voice", "Trump's beef with Fox News was aimed at Megyn Kelly, who he claims
    …": the owner of a subject that is no person stands where the subject does for "he" or
    "she", who cannot be the campaign (not so for "Trump's spokeswoman said …. She …", a
    person herself)."""
    thing = owner.head
    return (
        owner.dep_ == "poss"
        and (owner.pos_ == "PROPN" or owner.ent_type_ == "PERSON")
        and thing.dep_ in SUBJECTS
        and thing.pos_ == "NOUN"
        and thing.ent_type_ != "PERSON"
        and not _person_noun(thing)
        and not _framed_by_a_report(thing.head)
    )


def _framed_by_a_report(verb: Token) -> bool:
    """ "…, Mr. Graham said, Mr. Trump's jabs at Mr. and Mrs. Khan were entirely
    unacceptable": the clause is what someone says, a reporting verb hung on it."""
    return any(
        c.dep_ == "parataxis" and c.lemma_.lower() in lexicon.REPORTING_VERBS | lexicon.SPEECH_VERBS
        for c in verb.children
    )


def _person_noun(token: Token) -> bool:
    """A noun for a person or people: "spokeswoman", "aides", "the front-runner"."""
    noun = descriptions.noun_of(token)
    return (
        token.lemma_.lower() in lexicon.ROLE_NOUNS | lexicon.PERSON_NOUNS | lexicon.GROUP_NOUNS
        or noun in lexicon.PERSON_NOUNS
        or token.lower_ in lexicon.KIN_NOUNS
    )


def _verb_hung_on(name: Token) -> bool:
    """ "Donald J. Trump, the presumptive Republican presidential nominee, seized on the
    attacks …": the parser found no main verb and hung "seized" on the name as a participle;
    the name is the sentence's subject all the same."""
    return any(c.dep_ == "acl" and c.i > name.i and c.tag_ in ("VBD", "VBN") for c in name.children)


def _census_sex(entity: Entity) -> str | None:
    words = entity.name.split()
    return sex_of_given_name(words[0]) if len(words) > 1 else None


def _is_clause_subject(ctx: Context, mention: Span) -> bool:
    """The mention is the subject of a clause that is not what someone reports ("what Ryan
    highlighted", not "she implied that Trump could …"), or the one whose view a sentence
    opens with ("To Rep. Zoe Lofgren, …")."""
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    while token.dep_ in ("compound", "flat", "appos") and token.head is not token:
        token = token.head
    opener = token.head
    if token.dep_ == "pobj" and opener.lower_ in ("to", "for") and opener.i == opener.sent.start:
        return True  # "To Rep. Zoe Lofgren, D-Calif., the bill “grabs power …”": her view
    if token.dep_ not in SUBJECTS or token.head.pos_ not in ("VERB", "AUX"):
        return False
    return not any(
        a.lemma_.lower() in lexicon.REPORTING_VERBS | lexicon.SPEECH_VERBS
        for a in token.head.ancestors
    )


def _agrees(ctx: Context, said: Speaker, gender: str | None) -> bool:
    """A speaker "he" or "she" can stand for: not a person the text gives the other sex, nor a
    joint source ("Donald Trump and Melania Trump")."""
    if gender is None:
        return True
    described = _described_sex(said) if said.entity is None else None
    if described is not None and described != gender:
        return False  # "his mother refused …. “…,” he said": not the mother
    return len(said.members) <= 1 and not ctx.index.other_sex(said.entity, gender)


def _listed_on(name: Token) -> bool:
    """Whether a comma and "and" or "or" follow the name: it is one of a list ("The officer,
    his partner John Smith, and two witnesses said": the three said it)."""
    doc = name.doc
    after = name.right_edge.i + 1
    return (
        after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].lower_ in ("and", "or")
    )


# The nouns that give a described speaker's sex: `lexicon.WORD_SEX`'s, and "man" and "woman";
# not a title in "-man" that is used of women too ("The firm's chairman … ''We are happy,''
# she said").
_NOUN_SEX = {
    **{w: sex for w, sex in lexicon.WORD_SEX.items() if w not in ("chairman", "spokesman")},
    "man": "male",
    "woman": "female",
}


def _described_sex(said: Speaker) -> str | None:
    """The sex of a speaker named by a description, from the noun it ends on before any
    phrase after it: "his mother", "the congresswoman", "Mr. Ryan's wife" (female); None where
    the noun gives none ("his spokesperson", "the lawyer for his wife")."""
    words = re.findall(r"[\w’'.-]+|,", (said.name or "").lower())
    cut = next((n for n, w in enumerate(words) if w in _DESCRIPTION_ENDS), len(words))
    return _NOUN_SEX.get(words[cut - 1]) if cut else None


_DESCRIPTION_ENDS = frozenset(", of for from at in with who whom whose that which".split())


def _it_was_a_thing(ctx: Context, pronoun: Token) -> bool:
    """ "It's a decisive win, and it (barely) clears the two-thirds majority … But it reveals
    that dozens in her caucus voted against her": "it" going on from an "it" the text just
    said was a thing that cannot speak (in its sentence or the one before, in one paragraph)
    is that thing, not a body named earlier."""
    sentence = pronoun.sent
    start = sentence.start
    if start > 0 and "\n" not in ctx.doc[start - 1].text + ctx.doc[start - 1].whitespace_:
        start = ctx.doc[start - 1].sent.start
    for token in ctx.doc[start : pronoun.i]:
        if token.lower_ != "it" or token.dep_ != "nsubj":
            continue  # a copula by its attribute ("It’s a decisive win": the tagger's lemma "’")
        attributes = [c for c in token.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
        if attributes and not can_speak(attributes[0]):
            return True
    return False


def _previous_entity(
    ctx: Context, at: int, kinds: tuple[str, ...], gender: str | None = None
) -> Entity | None:
    """The entity a pronoun stands for when no one quoted before is: of those named before it
    (outside quotes), the one in the last sentence naming one, nearest its main verb."""
    best: tuple[tuple[int, int, int], Entity] | None = None
    for entity in ctx.index.entities:
        if entity_kind(entity) not in kinds:
            continue
        if "group" in kinds and entity.type == "place" and not entity.stands_for:
            continue  # "they" is people, not Ohio (a country standing as an actor may be)
        if ctx.index.other_sex(entity.id, gender):
            continue
        for mention in entity.mentions:
            if mention.start >= at or ctx.quote_at(mention.start):
                continue
            if _state_tag(ctx.text, mention.start):
                continue
            if _yields_to_a_known_sex(ctx, entity, gender, max(0, at - PRONOUN_WINDOW), at):
                continue
            rank = salience(ctx, mention.start, mention.end, at)
            if best is None or rank > best[0]:
                best = (rank, entity)
    return best[1] if best else None


# Nouns for a share of people polled, by its figure: "28 percent of voters", "two-thirds of
# caucus attendees", "nearly half of Republicans" ("a majority of those candidates" is no
# figure, and keeps its words: the gold's "a majority of Americans").
_SHARES = frozenset("percent % half third thirds quarter quarters fifth fifths".split())


def _share_of(head: Token) -> tuple[Token, int] | None:
    """The people a share of them stands for, and where their words start: "percent" of "28
    percent of voters" (a share noun with plural people after "of"), "One" of "One of every
    five voters", and "Republicans" of "6 in 10 Republicans" (a plural whose number is a
    ratio: "in 10" under it). Never a quantifier ("many of his colleagues" keeps its words)
    nor a bare share ("46 percent said", whose people the sentence does not name)."""
    of = next(
        (g for p in head.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"),
        None,
    )
    people = of is not None and of.tag_ in ("NNS", "NNPS")
    if people and head.lemma_.lower() in _SHARES:
        return of, of.left_edge.idx
    every = [c for c in of.children if c.i < of.i] if people and head.tag_ == "CD" else []
    if any(c.lower_ == "every" for c in every):
        return of, head.doc[max(c.right_edge.i for c in every) + 1].idx
    ratio = next(
        (g for p in head.children if p.lower_ == "in" for g in p.children if g.dep_ == "pobj"),
        None,
    )
    numbers = [c for c in ratio.children if c.dep_ == "nummod"] if ratio is not None else []
    if head.tag_ == "CD" and ratio is not None and ratio.tag_ in ("NNS", "NNPS") and numbers:
        # "Nine in 10 Democratic registered voters", the parser hanging the people on "in"
        return ratio, head.doc[max(c.right_edge.i for c in numbers) + 1].idx
    if head.tag_ not in ("NNS", "NNPS"):
        return None
    for number in head.children:
        if number.dep_ == "nummod" and any(
            c.dep_ == "quantmod" and c.lower_ in ("in", "of") for c in number.children
        ):
            after = number.right_edge.i + 1
            return head, head.doc[after].idx if after <= head.i else head.idx
    return None


def _bare_share(head: Token) -> bool:
    """A share of people that names none: "46 percent" of "46 percent said", "23 percent
    who said", "Six in 10 say" (a ratio with no noun after it)."""
    if any(c.dep_ == "prep" and c.lower_ in ("of", "in") for c in head.children):
        return False
    if head.lemma_.lower() in _SHARES and head.pos_ == "NOUN":
        return any(c.dep_ == "nummod" for c in head.children)
    return head.tag_ == "CD" and any(
        c.dep_ == "quantmod" and c.lower_ == "in" for c in head.children
    )


# How far back a bare share looks for the people polled it is a share of, in characters: about
# two paragraphs of a poll story ("Now, 52 percent said …" comes 520 characters after "60
# percent of voters said …" in the story gold's poll-2016-07).
SHARE_WINDOW = 800


def _people_polled_before(ctx: Context, head: Token) -> tuple[Token, int] | None:
    """The people of the last share of people the text gives, outside quotes, in the
    `SHARE_WINDOW` before a bare share (`_share_of`)."""
    for i in range(head.i - 1, -1, -1):
        token = ctx.doc[i]
        if token.idx < head.idx - SHARE_WINDOW:
            break
        share = _share_of(token) if not ctx.inside_quote(token) else None
        if share is not None:
            return share
    return None


def _state_tag(text: str, start: int) -> bool:
    """ "Rep. Tim Ryan (Ohio)", "Sen. John McCain (R-Ariz.)": a state in the parentheses after
    a member's name says whom they represent; no pronoun goes on with it ("It's a decisive
    win … But it reveals that …" is not Ohio's)."""
    return re.search(r"\((?:[A-Z]-)?\s*$", text[max(0, start - 4) : start]) is not None


def named(
    ctx: Context, mention: tuple[int, int], head: Token | None, earlier: list[Statement] = ()
) -> Speaker:
    share = _share_of(head) if head is not None else None
    end = mention[1]
    if share is None and head is not None and _bare_share(head):
        # "46 percent of voters said yes, compared with 23 percent who said …", "Six in 10
        # say …": a share that names no people of its own is one of the people polled the
        # text gave a share of just before (the gold's respondents, 3 PolNeAR stories)
        share = _people_polled_before(ctx, head)
        end = speaker_span(ctx, share[0])[1] if share is not None else end
    if share is not None and share[1] < end:
        # "28 percent of voters said …", "More than 6 in 10 Republicans who attended the
        # caucuses described …": the people polled speak, the share is how many of them (the
        # mention keeps it); one speaker for every share of them, not one per figure
        people, start = share
        said = _named_in_full(ctx, (start, end), people, earlier)
        # the people by their own words: "40 percent of Americans" are no "United States"
        # (a demonym alone names its country), "two-thirds of Mexicans" no "Mexico"
        if said.name and people.text.casefold() in said.name.casefold():
            return Speaker(said.name, said.kind, ctx.span(*mention), said.entity, said.members)
    return _named_in_full(ctx, mention, head, earlier)


def _named_in_full(
    ctx: Context, mention: tuple[int, int], head: Token | None, earlier: list[Statement] = ()
) -> Speaker:
    said = _named(ctx, mention, head, earlier)
    if head is None:
        return said
    avoid = [*ctx.speaking]
    for statement in earlier:
        avoid += [(f.start, f.end) for f in (statement.cue, statement.content) if f is not None]
    return _with_its_clause(ctx, head, said, avoid)


def _named(
    ctx: Context, mention: tuple[int, int], head: Token | None, earlier: list[Statement] = ()
) -> Speaker:
    span = ctx.span(*mention)
    conjuncts = [
        c
        for c in (head.conjuncts if head is not None else ())
        if not _party_tag(c)
        if not (_joined_without_and(c, head) or _joined_without_and(head, c))
        and not _past_a_relative(head, c)
        and not _past_a_phrase(head, c)
        and not descriptions.one_person_described(head, c)
    ]
    apposed = _listed_as_apposition(head) if not conjuncts and head is not None else None
    if apposed is not None:
        conjuncts = apposed[1:]
        end = max(t.idx + len(t) for t in apposed[1].subtree)
        span = ctx.span(span.start, max(end, span.end))
    # a span found by a text pattern that no token aligns with has no head and no conjuncts
    together = sorted((head, *conjuncts), key=lambda t: t.i) if head is not None else []
    members = [entity_for(ctx, t) for t in together] if conjuncts else []
    for n, token in enumerate(together):
        name = _name_after(token) if members and members[n] is None else None
        if name is not None:
            # "Nancy Pelosi and Senate Democratic leader Chuck Schumer", the parser hanging
            # the name on the first member: the role's holder is the name after it
            members[n] = entity_for(ctx, name)
            if members[n] is not None and name.idx + len(name) > span.end:
                span = ctx.span(span.start, name.idx + len(name))
    if not conjuncts and head is not None:
        listed = _people_listed_with(ctx, head)
        if listed is not None:
            members, (start, end) = listed
            span = ctx.span(min(start, span.start), max(end, span.end))
    if len({id(e) for e in members}) == 1 and members[0] is not None:
        members = members[:1]  # "Vice President for news and talk Dave Gorab": one person
    if len(members) > 1:
        ids = tuple(e.id for e in members if e is not None)
        if all(e is not None and e.type == "person" for e in members):
            # "Mr. Madden and Mr. Cancian": people who speak together, a group of them
            names = joined([e.name for e in members if e])
            return Speaker(names, "group", span, None, ids)
        return Speaker(group_name(span.text), "group", span, None, ids)
    if head is not None and head.lower_ in lexicon.COMPASS:
        # "the North" for North Korea, "the South" for South Korea, when the text names it
        whole = _named_by_first_word(ctx, head.text)
        if whole is not None:
            return Speaker(whole.stands_for or whole.name, entity_kind(whole), span, whole.id)
    placed = descriptions.placed_person(ctx, head) if head is not None else None
    if placed is not None:  # "The California Democrat said" after "Nancy Pelosi (D-Calif.)"
        return Speaker(placed.name, "person", span, placed.id)
    opening = (
        descriptions.opening_person(ctx, head, one_of_people(head)) if head is not None else None
    )
    if opening is not None:  # "The Romanian hacker … pleaded guilty" before "… Lazar, 44, said"
        return Speaker(opening.name, "person", span, opening.id)
    # a body ranked in the country is the one the article quotes most, else (two tie) the one
    # named last before it, as "the group" is
    ranked = _ranked_body(ctx, head) if head is not None else None
    if ranked is not None:  # "The nation's leading advocate for senior citizens says …"
        return Speaker(ranked.stands_for or ranked.name, entity_kind(ranked), span, ranked.id)
    body = descriptions.body_named_before(ctx, head) if head is not None else None
    if body is not None:  # "the gun lobby insists" after "The NRA also put out a statement"
        return Speaker(body.stands_for or body.name, entity_kind(body), span, body.id)
    paper = descriptions.newspaper_named_before(ctx, head) if head is not None else None
    if paper is not None:  # "according to the paper" after "The Journal reported"
        return Speaker(paper.name, "organization", span, paper.id)
    whose = _members_of_a_ranked_body(ctx, head) if head is not None else None
    if whose is not None:  # "Leaders of the country's largest civil rights organization"
        return Speaker(whose, "group", span)
    if head is not None and head.pos_ == "NOUN":
        places = descriptions.members(ctx, head)
        if places:  # "two heartland states", "the states of Nebraska and Oklahoma"
            names = " and ".join(e.name for e in places)
            return Speaker(names, "group", span, None, tuple(e.id for e in places))
    entity = entity_for(ctx, head) if head is not None else ctx.index.at(*mention)
    namesake = surnames.person_by_surname(ctx, head, entity) if head is not None else None
    if namesake is not None:
        # "“It's too early to tell,” said Cuban" after "Mark Cuban": never Cuba
        return Speaker(namesake.name, "person", span, namesake.id)
    words = name_tokens(span.text)
    proper = head is not None and head.pos_ == "PROPN"
    if entity is None and words and (head is None or proper):
        entity = ctx.index.person(words)
    elif entity is None and _name_taken_for_a_noun(head, words):
        # the label of a headline or a transcript ("Trump: ‘I’m the Worst Thing …’", "Lopez:
        # Well, no one is like …") is the person the article names in full ("Donald Trump",
        # "Luciana Lopez"); a lone "Teck" ("Teck, the Canadian mining company, says") names no
        # one in full
        named = ctx.index.person(words)
        entity = named if named is not None and len(name_tokens(named.name)) > 1 else None
    lemma = head.lemma_.lower() if head is not None else ""
    if entity is not None and entity.type == "group" and _more_than(span.text, entity):
        # "Democrats close to the campaign", "rank-and-file Democrats": a group keeps its words
        return Speaker(group_name(span.text), "group", span, entity.id)
    if entity is not None and (head is None or head.pos_ == "PROPN" or entity.type == "person"):
        return Speaker(entity.stands_for or entity.name, entity_kind(entity), span, entity.id)
    if head is not None and head.ent_type_ in _NOT_SOURCES and not descriptions.age(head):
        # "June 2016", "last week"; not "the 43-year-old", a person the tagger takes for a date
        return Speaker(None, "unresolved", span)
    lowered = {w.lower() for w in span.text.split()}
    if (
        lowered & lexicon.ANONYMOUS_MARKERS - {"some", "several"}
        or (lemma in lexicon.ANONYMOUS_NOUNS and head is not None and _singular_indefinite(head))
        or (head is not None and head.lower_ in ("sources", "source"))
    ):
        return Speaker(group_name(span.text), "anonymous", span)
    if head is not None and head.pos_ == "PROPN" and head.lower_ in lexicon.DEMONYMS:
        return Speaker(lexicon.DEMONYMS[head.lower_], "organization", span)
    if head is not None and head.pos_ == "ADJ" and head.lower_ in _PARTY_MEMBERS:
        # "Democratic criticism that he should resign": the party's members
        return Speaker(_PARTY_MEMBERS[head.lower_], "group", span)
    country = lexicon.CAPITALS.get(span.text.lower())
    if head is not None and country and ctx.index.foreign_affairs(country):
        return Speaker(country, "organization", span)
    again = unnamed.speaker_again(ctx, head, span, earlier) if head is not None else None
    if again is not None:  # "said the senior Cruz adviser" after "said a senior Cruz adviser"
        return again
    if head is not None and lemma not in lexicon.ROLE_NOUNS | lexicon.ISSUED_NOUNS:
        # "the hospital" after "the MedStar Washington Hospital Center"
        known = descriptions.described(ctx, head)
        if known is not None:
            return Speaker(known.stands_for or known.name, entity_kind(known), span, known.id)
    kin = _family(ctx, head, span, earlier) if head is not None else None
    if kin is not None:  # "His son had reportedly pledged …": the gunman, Omar Mateen
        return kin
    owner = _whose_words(head) if head is not None else None
    if owner is not None:  # "Rice's comments", "Her remarks": Rice, whom "her" stands for
        said = speaker(ctx, Candidate(None, [(head.idx, head.idx)], [owner]), earlier)
        if said.kind == "person":
            return Speaker(said.name, said.kind, span, said.entity, said.members)
    if head is not None and lemma in lexicon.ISSUED_NOUNS:
        issuer = _issuer(ctx, head, earlier)
        if issuer is not None:
            return Speaker(issuer.name, issuer.kind, span, issuer.entity, issuer.members)
    if head is not None and head.lower_ == "ones":
        # "The new ones show that …" after "released their tax returns": the tax returns
        meant = descriptions.ones(ctx, head)
        if meant is not None:
            return Speaker(meant, "document", span)
    document = lemma in lexicon.DOCUMENT_NOUNS or (head and head.lower_ in lexicon.DOCUMENT_NOUNS)
    if head is not None and head.pos_ == "ADJ" and descriptions.generic_document(head):
        meant = descriptions.document_named_before(ctx, head)
        if meant is not None:  # "But the original called for …" after "the resolution"
            return Speaker(meant, "document", span)
    if head is not None and document and (head.pos_ == "NOUN" or _poll_named(head)):
        # "court papers": lemma "paper"; "a CNN/ORC International Poll": "Poll" heading a
        # proper name, a poll all the same, not a person the tagger missed
        # "The complaint says" after "filed a lawsuit": the lawsuit
        name = (
            descriptions.same_document(ctx, head)
            or descriptions.papers(ctx, head)
            or descriptions.document_named_before(ctx, head)
            or _named_in_full_before(ctx, head)
            or group_name(descriptions.document_words(ctx, mention, head))
        )
        return Speaker(name, "document", span)
    if head is not None and lemma in lexicon.ROLE_NOUNS and _someone_elses(head):
        # "a spokesman for Tim Kaine", "Kaine's lawyer", "an aide to Kaine": never Kaine, but
        # the person the text introduced in that role ("Jessica Ditto, a spokeswoman for …")
        if head.tag_ == "NN":
            held = role(ctx, head, span, earlier)
            owners = {
                owner.id
                for t in head.subtree
                if t is not head and t.pos_ == "PROPN" and (owner := entity_for(ctx, t))
            }
            if held.entity and held.entity not in owners:
                return held
            person = _described_person(ctx, head, earlier)
            named_beside = {
                e.id
                for c in head.subtree
                if c.dep_ == "appos"
                for t in c.subtree
                if (e := entity_for(ctx, t)) is not None
            }
            if person is not None and person.id not in owners - named_beside:
                # "the mayor of Hoboken said" after "the mayor of Hoboken, Dawn Zimmer"
                return Speaker(person.name, "person", span, person.id)
            person = descriptions.introduced_person(ctx, head)
            if person is not None and person.id not in owners:
                # "a spokeswoman for the State Department has described …" before "The
                # spokeswoman, Marie Harf, was asked …"
                return Speaker(person.name, "person", span, person.id)
        kind = "group" if head.tag_ in ("NNS", "NNPS") else "person"
        return Speaker(group_name(span.text), kind, span)
    if (
        head is not None
        and lemma in lexicon.ROLE_NOUNS
        and head.tag_ == "NN"
        and any(c.dep_ in ("det", "nummod") and c.lower_ in _INDEFINITE for c in head.children)
    ):
        person = descriptions.lede_person(ctx, head) or descriptions.introduced_person(ctx, head)
        if person is not None:  # "A two-term Republican congressman from Idaho … said"
            return Speaker(person.name, "person", span, person.id)
        # "…, according to one senator who spoke on the condition of anonymity": a role
        # introduced without a name is someone the text does not name
        return Speaker(group_name(span.text), "anonymous", span)
    if (
        head is not None
        and lemma in lexicon.ROLE_NOUNS
        and head.tag_ in ("NN", "NNP")
        and (head.text.islower())
    ):
        held = role(ctx, head, span, earlier)
        holder = next((e for e in ctx.index.entities if e.id == held.entity), None)
        if holder is not None and descriptions.article_of(head) == "the":
            going_on = descriptions.subject_going_on(ctx, head, _spoken(earlier), holder)
            if going_on is not None:  # "Rubio sought to … . …, the senator said"
                return Speaker(going_on.name, "person", span, going_on.id)
        if held.entity is None and descriptions.article_of(head) == "the":
            # "“We disclose user data …,” the spokesperson said" after "A spokesperson for
            # Google says …": the one the text introduced in that role
            before = _introduced_as(earlier, {head.lower_, lemma})
            if before is not None:
                return Speaker(before.name, before.kind, span, before.entity, before.members)
            person = _described_person(ctx, head, earlier)
            if person is not None:  # "the lawyer for the campaign" … "the lawyer, Mark Sheridan"
                return Speaker(person.name, "person", span, person.id)
        return held
    if head is not None and lemma not in lexicon.ROLE_NOUNS:
        person = _described_person(ctx, head, earlier)
        if person is not None:  # "The GOP front-runner" after "GOP hopeful Donald Trump"
            return Speaker(person.name, "person", span, person.id)
    if head is not None and head.pos_ == "PROPN" and _numbered_document(head):
        return Speaker(group_name(span.text), "document", span)  # "The 14th Amendment states"
    if head is not None and head.pos_ == "PROPN" and _no_name_after_title(words):
        return _title_with_no_name(ctx, head, span, earlier, words)
    if head is not None and head.pos_ == "PROPN":
        kind = "person" if _has_title(span.text) or _looks_like_a_name(head) else "organization"
        return Speaker(" ".join(words) if kind == "person" else group_name(span.text), kind, span)
    campaign = _campaign(ctx, head) if head is not None else None
    if campaign is not None:  # "the campaign" after "The Clinton campaign"
        return Speaker(campaign, "organization", span)
    if lemma in lexicon.INSTITUTION_NOUNS or lemma in lexicon.ORGANIZATION_WORDS:
        return Speaker(
            group_name(span.text),
            "organization",
            span,
            entity.id if entity is not None else None,
        )
    if lemma in lexicon.GROUP_NOUNS or (head is not None and head.tag_ in ("NNS", "NNPS")):
        return Speaker(group_name(span.text), "group", span)
    if head is not None and (head.pos_ == "NOUN" or _adjective_as_noun(head)):
        return Speaker(group_name(span.text), "anonymous", span)
    if head is not None and (head.lower_ in _QUANTIFIERS | _UNNAMED or one_of_people(head)):
        # "Some on the right also pushed back", "…, some said": unnamed people; "said one of
        # those advisers", "according to one of the officials present": one of them
        return Speaker(group_name(span.text), "anonymous", span)
    return Speaker(None, "unresolved", span)


def _no_name_after_title(words: tuple[str, ...]) -> bool:
    """Whether what the name lexicon leaves of a capitalised mention once its titles are read
    off names no person: nothing ("the President", "King"), or words of an organisation's
    name only ("Vice News")."""
    return all(w.lower() in lexicon.ORGANIZATION_WORDS for w in words)


def _title_with_no_name(
    ctx: Context, head: Token, span: Span, earlier: list[Statement], words: tuple[str, ...]
) -> Speaker:
    """A capitalised mention whose first word the name lexicon reads as a title, with no
    person's name after it: a title alone is the surname of the person the article names in
    full with it ("“…,” King said" after "New York Congressman Pete King"), else the one the
    text gives that title, as its lower-case form is ("the President’s insistence that …"
    after "President Obama"); a title before an organisation's word is that organisation's
    first word ("Vice News reported the issue"); else the words as the text gives them, never
    a person named by no word or by "News" (Breitbart 2016-04 and 2015-12, PolNeAR train;
    Fox News 2018, BASIL ad409798)."""
    if words:
        return Speaker(group_name(span.text), "organization", span)
    person = ctx.index.person((head.text,))
    if person is not None and person.type == "person":
        return Speaker(person.name, "person", span, person.id)
    if head.lemma_.lower() in lexicon.ROLE_NOUNS:
        held = role(ctx, head, span, earlier)
        if held.entity is not None:
            return held
    kind = "person" if _has_title(span.text) or _looks_like_a_name(head) else "organization"
    return Speaker(group_name(span.text), kind, span)


def _name_taken_for_a_noun(head: Token | None, words: tuple[str, ...]) -> bool:
    """One capitalised word, the whole mention, that the tagger took for a common noun: "Trump"
    in a headline's "Trump: ‘I’m the Worst Thing …’" (not "Of" in "Of Carson, Levine …
    said")."""
    return (
        head is not None
        and head.pos_ == "NOUN"
        and head.text[:1].isupper()
        and words == (head.text,)
    )


def _campaign(ctx: Context, head: Token) -> str | None:
    """A candidate's campaign by the candidate's surname, as the text names it in words of its
    own ("Mrs. Clinton's presidential campaign", "the Hillary Clinton campaign": the Clinton
    campaign); "the campaign" alone is the one the text named last before it, within a window,
    outside quotes ("The Clinton campaign suggested … the campaign said"). None for a campaign
    the text names by that surname alone ("Cruz's campaign", "the Sanders campaign" keep their
    words), one of no person's ("an ad campaign", "the Republican campaign"), or one named
    last by a pronoun ("his campaign", left as the text says it: whom "his" stands for is a
    guess that would give the campaign its name)."""
    if head.lemma_.lower() != "campaign" or head.tag_ != "NN":
        return None
    children = list(head.children)
    owner = _campaign_owner(ctx, head)
    if owner is not None:
        named = [c for c in children if c.dep_ in ("poss", "compound")]
        plain = len(named) == 1 and named[0].pos_ == "PROPN" and named[0].lower_ == owner.lower()
        if plain and all(c.dep_ in ("det", "poss", "compound") for c in head.lefts):
            return None  # "Cruz's campaign", "the Sanders campaign": as the text names it
        return f"{owner} campaign"
    if len(children) != 1 or children[0].dep_ != "det" or children[0].lower_ != "the":
        return None
    for token in reversed(ctx.doc[max(0, head.i - 400) : head.i]):
        if head.idx - token.idx > descriptions.WINDOW:
            break
        said_before = token.lemma_.lower() == "campaign" and token.tag_ == "NN"
        if said_before and not ctx.inside_quote(token):
            if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children):
                return None  # "during his campaign": whose, the text leaves to a pronoun
            owner = _campaign_owner(ctx, token)
            if owner is not None:
                return f"{owner} campaign"
    return None


def _campaign_owner(ctx: Context, head: Token) -> str | None:
    """The surname of the person whose campaign `head` is by a name before it: its possessor
    ("Mrs. Clinton's") or a name compounded with it ("the Sanders campaign")."""
    for child in head.lefts:
        if child.dep_ in ("poss", "compound") and child.pos_ == "PROPN":
            entity = entity_for(ctx, child)
            words = (
                name_tokens(entity.name) if entity is not None and entity.type == "person" else ()
            )
            return surname(words) if words else None
    return None


def _adjective_as_noun(head: Token) -> bool:
    """An adjective the tagger made the head of a noun phrase, a determiner and a name or a
    noun before it: "according to the Real Clear Politics average" ("average" tagged ADJ,
    the object of "to"), whom the phrase names as a noun's would; not an adjective on its own
    ("the poor"), nor one that says what someone is ("is average")."""
    if head.pos_ != "ADJ" or head.dep_ not in ("pobj", "nsubj", "nsubjpass"):
        return False
    children = list(head.lefts)
    return any(c.dep_ == "det" for c in children) and any(
        c.dep_ == "compound" and c.pos_ in ("PROPN", "NOUN") for c in children
    )


def _poll_named(head: Token) -> bool:
    """ "Poll" or "Survey" heading a proper name ("In a CNN/ORC International Poll the same
    month, …"), tagged PROPN."""
    return head.pos_ == "PROPN" and head.lower_ in cues.POLL_NOUNS


def one_of_people(token: Token) -> bool:
    """ "one of those advisers", "One of its members": one of a group who can speak (the
    tagger takes the numeral for a number, which is no one); not "one of the issues"."""
    return token.lower_ == "one" and any(
        p.lower_ == "of" and any(can_speak(g) for g in p.children) for p in token.children
    )


def _family(ctx: Context, head: Token, span: Span, earlier: list[Statement]) -> Speaker | None:
    """ "His son had reportedly pledged allegiance to ISIS" after "Seddique Mateen expressed
    gratitude …" in an article naming "the gunman, Omar Mateen": a relative named by a
    pronoun's family noun is the one other person of the article with the surname of the
    person the pronoun stands for, of the sex the noun gives; else the one person the article
    names by a given name alone right after that noun, under that surname ("his son" and
    "My son Seth" in Asa Hutchinson's words: Seth Hutchinson); none where the article names
    two such people, or none."""
    if head.lower_ not in lexicon.BLOOD_KIN_NOUNS or head.tag_ != "NN":
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ not in lexicon.PERSON_PRONOUNS:
        return None
    said = speaker(ctx, Candidate(None, [(head.idx, head.idx)], [owner]), earlier)
    words = name_tokens(said.name or "") if said.kind == "person" and said.entity else ()
    if len(words) < 2:
        return None
    sex = lexicon.WORD_SEX[head.lower_]
    found = [
        entity
        for entity in ctx.index.entities
        if entity.type == "person"
        and entity.id != said.entity
        and ctx.index.gender(entity.id) in (None, sex)
        and len(theirs := name_tokens(entity.name)) > 1
        and surname(theirs) == surname(words)
    ]
    if len(found) == 1:
        return Speaker(found[0].name, "person", span, found[0].id)
    if found:
        return None
    # "My son Seth signed the petition", the article naming him by his given name alone
    given = [
        entity
        for entity in ctx.index.entities
        if entity.type == "person"
        and len(name_tokens(entity.name)) == 1
        and sex_of_given_name(entity.name) in (None, sex)
        and given_name_listed(entity.name)
        and any(_after_the_noun(ctx, mention.start, head.lower_) for mention in entity.mentions)
    ]
    if len(given) != 1:
        return None
    return Speaker(f"{given[0].name} {surname(words)}", "person", span, given[0].id)


def _after_the_noun(ctx: Context, start: int, noun: str) -> bool:
    """A name right after a family noun: "Seth" in "My son Seth"."""
    words = ctx.doc.char_span(start, start + 1, alignment_mode="expand")
    token = words[0] if words else None
    return token is not None and token.i > 0 and ctx.doc[token.i - 1].lower_ == noun


def _described_person(ctx: Context, head: Token, earlier: list[Statement]) -> Entity | None:
    """The person a definite person description names: the one the article describes with
    its words before it, else the subject named or speaking just before it, else the person
    the article is about, else the one it describes with its words after it
    (`descriptions`)."""
    spoken = _spoken(earlier)
    return (
        descriptions.described_person(ctx, head, named_before=True)
        or descriptions.subject_described(ctx, head, spoken)
        or descriptions.about_person(ctx, head)
        or descriptions.described_person(ctx, head)
    )


def _spoken(earlier: list[Statement]) -> list[tuple[int, int, str]]:
    """Where each earlier person speaker's mention starts and ends, and their entity."""
    return [
        (s.speaker.mention.start, s.speaker.mention.end, s.speaker.entity)
        for s in earlier
        if s.speaker.kind == "person" and s.speaker.entity and s.speaker.mention is not None
    ]


# What a person says, as a noun: "Rice's comments", "his remarks", "her warning".
_WORDS_SAID = (lexicon.SPEECH_ACT_NOUNS | lexicon.CUE_NOUNS) - lexicon.DOCUMENT_NOUNS


def _whose_words(head: Token) -> Token | None:
    """The person whose words a possessed statement noun names: "Rice" in "Rice's comments",
    "Her" in "Her comments marked the strongest public rebuke …"."""
    if head.pos_ != "NOUN" or not {head.lower_, head.lemma_.lower()} & _WORDS_SAID:
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    if owner.lower_ in lexicon.PERSON_PRONOUNS or owner.pos_ == "PROPN":
        return owner  # a person, when the name resolves to one
    return None


# What may stand before a document's noun for "the report" to name the one the article
# introduced: "the report", "this report", "the new report"; not "the CBO report".
_BARE_DOCUMENT = frozenset("the this that new latest same".split())


def _named_in_full_before(ctx: Context, head: Token) -> str | None:
    """The document a definite description by its bare noun names again: the one the article
    named before it by that noun with a name that says whose or which ("A September 2010
    Congressional Research Service report found … . "…," the report said": the Congressional
    Research Service report), so that each outlet's "the report" is its own document, not any
    other outlet's report; where the article named two so ("a Pew report", "a Gallup report"),
    neither."""
    left = [c for c in head.children if c.i < head.i]
    if not left or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in left):
        return None
    if any(c.lower_ not in _BARE_DOCUMENT for c in left) or any(
        c.dep_ in ("prep", "acl", "relcl") for c in head.children if c.i > head.i
    ):
        return None
    lemma = head.lemma_.lower()
    named: set[str] = set()
    for token in reversed(head.doc[max(0, head.i - 400) : head.i]):
        if head.idx - token.idx > descriptions.WINDOW:
            break
        if token.pos_ != "NOUN" or token.lemma_.lower() != lemma or ctx.inside_quote(token):
            continue
        words = [
            t
            for c in token.children
            if c.i < token.i and c.dep_ in ("compound", "amod", "nmod", "nummod", "poss")
            for t in c.subtree
        ]
        if not any(t.pos_ == "PROPN" for t in words):
            continue  # "a report", "a weekend tweet": no name says whose or which it is
        mention = (min(t.idx for t in words), token.idx + len(token.text))
        named.add(group_name(descriptions.document_words(ctx, mention, token)))
    # two named before ("a Pew report", "a Gallup report"): "the report" is neither
    return next(iter(named)) if len(named) == 1 else None


def _numbered_document(head: Token) -> bool:
    """A document noun with only its ordinal before it: "The 14th Amendment", "the Second
    Amendment" (not a newspaper's masthead word, nor a name like "Spokesman-Review")."""
    before = [t for t in head.subtree if t.i < head.i]
    return (
        head.lower_ in lexicon.DOCUMENT_NOUNS - lexicon.NEWSPAPER_WORDS
        and any(descriptions.ordinal(t) for t in before)
        and all(t.dep_ == "det" or descriptions.ordinal(t) for t in before)
    )


def _ranked_body(ctx: Context, head: Token) -> Entity | None:
    """The organisation a body ranked in the country stands for ("the nation's leading
    advocate for senior citizens" in a story about AARP): the one the article quotes most
    (the subject of most of its cues), of those the one it names most; none where two tie, nor
    one the article names once and never quotes."""
    if not descriptions.ranked_body(head):
        return None
    # a newspaper reports on the body, and is one only where the noun says so ("the nation's
    # largest newspaper"): "The Journal reported" twice made the Wall Street Journal "the
    # nation's leading advocate for senior citizens" once "Journal" joined its masthead
    papers = descriptions.newspaper_noun(head)
    bodies = {
        e.id: e
        for e in descriptions.organisations(ctx)
        if papers or e.name.split()[-1].lower() not in lexicon.NEWSPAPER_WORDS
    }
    quoted: dict[str, int] = {}
    for token in ctx.doc:
        if token.i in [t.i for t in head.subtree] or not cues.construction(token):
            continue
        source = speaker_of(token)
        entity = entity_for(ctx, source[0]) if source else None
        if entity is not None and entity.id in bodies:
            quoted[entity.id] = quoted.get(entity.id, 0) + 1
    counts = {i: (quoted.get(i, 0), len(e.mentions)) for i, e in bodies.items()}
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    quotes, mentions = ranked[0][1]
    return bodies[ranked[0][0]] if quotes or mentions > 1 else None  # not one named in passing


_MEMBER_NOUNS = frozenset("leaders members officials".split())


def _members_of_a_ranked_body(ctx: Context, head: Token) -> str | None:
    """ "Leaders of the country's largest civil rights organization": the leaders of the
    organisation it stands for, by its shortest name ("NAACP leaders")."""
    if head.lower_ not in _MEMBER_NOUNS or head.tag_ != "NNS":
        return None
    body = next(
        (
            p
            for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for p in prep.children
            if p.dep_ == "pobj"
        ),
        None,
    )
    entity = _ranked_body(ctx, body) if body is not None else None
    if entity is None:
        return None
    name = min((entity.stands_for or entity.name, *entity.aliases), key=len)
    return f"{name} {head.lower_}"


def _introduced_as(earlier: list[Statement], words: set[str]) -> Speaker | None:
    """The last speaker named by that role and whose it is ("spokesperson for Google")."""
    for statement in reversed(earlier):
        parts = (statement.speaker.name or "").lower().split()
        if (
            statement.speaker.entity is None
            and len(parts) > 2
            and parts[0] in words
            and parts[1] in _RELATIONS
        ):
            return statement.speaker
    return None


# Words after a role that name whose it is: "a spokesman for Google", "an aide to Kaine".
_RELATIONS = frozenset("for to of at with".split())
_NOT_SOURCES = frozenset("DATE TIME".split())
# A party's adjective for the party's members, who own its criticism or its vow.
_PARTY_MEMBERS = {"democratic": "Democrats", "republican": "Republicans", "gop": "Republicans"}
_INDEFINITE = frozenset("a an one another".split())
# Verbs that put out a statement: "X issued a statement", "released a statement".
_ISSUING = frozenset("issue release publish post put send give make".split())
# Role nouns that head an organisation: "the Pentagon chief", "the agency's head".
_HEADS = frozenset("chief head boss leader director chairman chairwoman chair".split())


def _more_than(text: str, entity: Entity) -> bool:
    words = {w.lower() for w in re.findall(r"[\w-]+", group_name(text))}
    return bool(words - {w.lower() for w in re.findall(r"[\w-]+", entity.name)})


def _someone_elses(head: Token) -> bool:
    """A role held for someone named beside it: "Kaine's lawyer", "a Kaine spokesman", "a
    spokesman for Tim Kaine", "an aide to Kaine". An organisation's head ("the Pentagon
    chief") is its own case."""
    for child in head.children:
        if child.dep_ == "poss" and child.lower_ not in lexicon.PERSON_PRONOUNS:
            return child.ent_type_ not in ("ORG", "GPE") or head.lower_ not in _HEADS
        if child.dep_ == "compound" and child.ent_type_ == "PERSON":
            return True
        if child.dep_ == "prep" and child.lower_ in ("for", "to", "of", "with"):
            target = next((c for c in child.children if c.dep_ == "pobj"), None)
            if target is not None and (target.ent_type_ == "PERSON" or target.pos_ == "PROPN"):
                return target.ent_type_ == "PERSON" or head.lower_ not in _HEADS
    return False


def _named_by_first_word(ctx: Context, word: str) -> Entity | None:
    """The one place (else the one organisation) whose name begins with `word`: "the North"
    for North Korea."""
    for kind in ("place", "organization"):
        found = {
            e.id: e
            for e in ctx.index.entities
            if e.type == kind
            and len(e.name.split()) > 1
            and e.name.split()[0].lower() == word.lower()
        }
        if found:
            return next(iter(found.values())) if len(found) == 1 else None
    return None


def _issuer(ctx: Context, head: Token, earlier: list[Statement]) -> Speaker | None:
    """Who put out "the statement": its owner ("the FBI statement", "Trump's statement"), else
    whoever the text last said spoke in a statement ("X said in a statement", "X issued a
    statement")."""
    owner = next(
        (
            c
            for c in head.children
            if (c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN"))
            and c.lower_ not in lexicon.THING_PRONOUNS
        ),
        None,
    )
    if owner is not None:
        return speaker(ctx, Candidate(None, [(head.idx, head.idx)], [owner]), earlier)
    word = head.lemma_.lower()
    for statement in reversed(earlier):
        if not statement.speaker.name or statement.cue is None:
            continue
        sentence = ctx.doc.char_span(*_cue_range(statement), alignment_mode="expand")
        if sentence is not None and word in sentence.sent.text.lower():
            since = statement.cue.start
            break
    else:
        statement, since = None, -1
    # "The FBI released a statement on Monday. The statement said …"
    for token in reversed(ctx.doc[max(0, head.i - 300) : head.i]):
        if token.idx <= since:
            break
        issued = token.dep_ == "dobj" and token.lemma_.lower() == word
        if issued and token.head.lemma_.lower() in _ISSUING and not ctx.inside_quote(token):
            source = speaker_of(token.head)
            if source is not None:
                return speaker(ctx, Candidate(None, [(token.idx, token.idx)], source), earlier)
    return statement.speaker if statement is not None else None


def _cue_range(statement: Statement) -> tuple[int, int]:
    cue = statement.cue or statement.content
    return cue.start, cue.end


def role(ctx: Context, head: Token, span: Span, earlier: list[Statement] = ()) -> Speaker:
    """ "the minister said": the person the text gives that role, if any: the one who spoke
    last if they hold it, else the one the text names most, else the one named last."""
    role = head.lemma_.lower()
    roles = {role, *lexicon.SAME_ROLES.get(role, ())}
    # "the vice president" is whom the text titles "Vice President", never "the president";
    # "the chief justice" whom it titles "Chief Justice", not "Justice Kennedy"
    second = next(
        (c.lower_ for c in head.children if c.dep_ in ("amod", "compound") and c.lower_ in _RANKS),
        None,
    )
    best: tuple[int, Entity] | None = None
    best_rank = 0
    holders: dict[str, int] = {}  # whoever the text gives the role (before or after the
    # head), and whether the bare title (1) or another country's or body's (0)
    for entity in ctx.index.entities:
        if entity.type != "person":
            continue
        described = any(
            _holds(d.text, roles) and (second is None or second in d.text.lower().split())
            for d in entity.descriptors
        )
        for mention in entity.mentions:
            written = re.findall(r"[A-Za-z]+", _this_sentence(ctx, mention.start))[-3:]
            before = [lexicon.TITLE_ABBREVIATIONS.get(w.lower(), w.lower()) for w in written]
            deputy = len(before) > 1 and before[-2] in lexicon.DEPUTIES and before[-1] in roles
            if second is not None:
                titled = len(before) > 1 and before[-2] == second and before[-1] in roles
            elif deputy:
                continue  # "Vice President Mike Pence" is not "the president"
            else:
                titled = _titled(before, written, roles)
            # "Russian President Vladimir Putin", "World Bank President Jim Yong Kim": another
            # country's or a body's, not "the president" while someone holds the bare title
            rank = 0 if _qualified(ctx, mention.start) else 1
            if described or titled:
                holders[entity.id] = max(rank, holders.get(entity.id, 0))
            later = best is None or (rank, mention.start) > (best_rank, best[0])
            if mention.start < head.idx and later and (described or titled):
                best, best_rank = (mention.start, entity), rank
    definite = descriptions.article_of(head) == "the"
    if best is not None and len(holders) > 1:
        bare = {h for h, rank in holders.items() if rank == max(holders.values())}
        best = _likeliest_holder(ctx, head, bare, earlier) or best
    if best is None and definite and len(holders) == 1:
        # "The somber president, nearing the end of his eight-year term, walked to the
        # podium …" in the lead, before the text names "President Obama": the one it titles so
        (holder,) = holders
        entity = next(e for e in ctx.index.entities if e.id == holder)
        best = (entity.mentions[0].start, entity)
    if (
        best is None
        and role in _HEADS
        and any(c.dep_ in ("compound", "poss") for c in head.children)
    ):
        best = _titled_last(ctx, head.idx)  # "Defense Secretary Jim Mattis … the Pentagon chief"
    if best is not None:
        return Speaker(best[1].name, "person", span, best[1].id)
    return Speaker(group_name(span.text), "person", span)


# Words that make a role one person's among its holders: "the vice president", "the chief
# justice" (a chief justice is also "the justice"; a vice president is never "the president").
_RANKS = lexicon.DEPUTIES | {"chief"}


def _this_sentence(ctx: Context, at: int, width: int = 40) -> str:
    """The `width` characters before `at`, from where the parse's sentence begins: "Gov.
    Mike Huckabee. Seth Hutchinson" gives Seth no title."""
    token = ctx.doc.char_span(at, at + 1, alignment_mode="expand")
    begins = token.sent.start_char if token is not None else 0
    return ctx.text[max(0, at - width, begins) : at]


def _holds(descriptor: str, roles: set[str]) -> bool:
    """The descriptor gives its person the role ("the House speaker", "the company's
    president"), not someone else's ("a spokeswoman for Speaker Paul Rhine", "President
    Obama's national security adviser": the role before an owner's name is the owner's)."""
    words = descriptor.lower().split()
    owner = max((n for n, w in enumerate(words) if _POSSESSIVE.search(w)), default=-1)
    return any(
        w in roles and n > owner and not _RELATIONS & set(words[:n]) for n, w in enumerate(words)
    )


# A word that owns what follows it: "Obama's", "Obama’s", "Democrats'", or the "'s" split off.
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$|^['’]s$")


def _likeliest_holder(
    ctx: Context, head: Token, holders: set[str], earlier: list[Statement]
) -> tuple[int, Entity] | None:
    """Of two governors in the text ("Gov. Mike Pence later vowed …. Hutchinson, too, said
    …. As evidence, the governor said …"; "during the tenure of another Republican, Gov.
    Mike Huckabee. … the governor said"), the one the text is about: the person who spoke
    just before, if they hold the role, else the one it names most before the head."""
    people = {e.id: e for e in ctx.index.entities if e.id in holders}
    spoken = [s for s in earlier if (s.cue or s.content).start < head.idx]
    if spoken and spoken[-1].speaker.entity in people:
        entity = people[spoken[-1].speaker.entity]
        return max(m.start for m in entity.mentions if m.start < head.idx), entity
    named = [
        (sum(m.start < head.idx for m in e.mentions), max(m.start for m in e.mentions), e)
        for e in people.values()
        if any(m.start < head.idx for m in e.mentions)
    ]
    if not named:
        return None
    count, _, entity = max(named, key=lambda n: (n[0], n[1]))
    ties = [n for n in named if n[0] == count]
    if len(ties) > 1:
        return None  # as many mentions each: the one named last
    return max(m.start for m in entity.mentions if m.start < head.idx), entity


def _titled(before: list[str], written: list[str], roles: set[str]) -> bool:
    """One of the words just before a name is the role, and only a title's capitalised words
    follow it: "Attorney General Eric Holder", "Secretary of State Mike Pompeo", "governor
    Mike Huckabee"; not "civil rights in general and the Ferguson case", nor "his commitment
    to the speaker,” said Ashlyn Stroud"."""
    return any(
        word in roles and all(w[:1].isupper() or w == "of" for w in written[n + 1 :])
        for n, word in enumerate(before)
    )


def _qualified(ctx: Context, at: int) -> bool:
    """The title just before the name at `at` is another country's or a body's: "Russian
    President", "World Bank President" (not "U.S. President")."""
    named = ctx.doc.char_span(at, at + 1, alignment_mode="expand")
    if named is None or named.start < 2:
        return False
    qualifier = ctx.doc[named.start - 2]
    country = lexicon.DEMONYMS.get(qualifier.lower_)
    return (country is not None and country != "United States") or (
        qualifier.ent_type_ == "ORG" and qualifier.is_title
    )


# Titles of those who head a department, an agency or a force: "Defense Secretary Jim Mattis"
# may be "the Pentagon chief"; "President Trump" is not "the F.B.I. director".
_AGENCY_TITLES = frozenset(
    """secretary minister director chief head administrator commissioner chairman chairwoman
    chair general attorney superintendent""".split()
)


def _titled_last(ctx: Context, at: int) -> tuple[int, Entity] | None:
    """The person named last, before `at`, with the title of one who heads an agency before
    the name."""
    best: tuple[int, Entity] | None = None
    for entity in ctx.index.entities:
        if entity.type != "person":
            continue
        for mention in entity.mentions:
            words = re.findall(
                r"[a-z]+", ctx.text[max(0, mention.start - 30) : mention.start].lower()
            )
            title = lexicon.TITLE_ABBREVIATIONS.get(words[-1], words[-1]) if words else ""
            titled = title in _AGENCY_TITLES
            if titled and mention.start < at and (best is None or mention.start > best[0]):
                best = (mention.start, entity)
    return best


def entity_for(ctx: Context, token: Token) -> Entity | None:
    entity = ctx.index.at(token.idx, token.idx + len(token))
    if entity is None and token.ent_iob_ == "I":
        # The head is inside a longer entity mention: find where that mention starts.
        start = token
        while start.i > 0 and start.ent_iob_ == "I":
            start = ctx.doc[start.i - 1]
        entity = ctx.index.at(start.idx, token.idx + len(token))
    # "Trump over the weekend denied that he asked …", "Bruning, a Republican, blamed …": a
    # capitalised subject the tagger took for a verb is looked up as a name all the same
    # (the lookup finds only a person the article names)
    # ("Trump changed his mind after …", tagged a common noun, is Trump all the same)
    misread = token.dep_ in SUBJECTS and token.text[:1].isupper() and token.pos_ in ("VERB", "NOUN")
    if entity is None and (token.pos_ == "PROPN" or misread):
        if token.lower_.rstrip(".") in lexicon.TITLES:
            # "then-Deputy Assistant Secretary for Diplomatic Security Charlene Lamb testified":
            # the parser hangs a title's holder further down its subtree
            tokens = [t for t in token.subtree if t.dep_ in ("compound", "flat") or t is token]
        else:
            tokens = _own_name(token)
        entity = ctx.index.person(name_tokens(" ".join(t.text for t in tokens)))
    return entity


def _own_name(token: Token) -> list[Token]:
    """The words of the name a token ends: the compounds hung on it and on them, not those of
    a name further down its subtree ("Dunwoody, who worked as a campaign staffer for Barack
    Obama …, said": "Dunwoody", not "Dunwoody Barack")."""
    words = [token]
    for child in token.children:
        if child.dep_ in ("compound", "flat"):
            words += _own_name(child)
    return sorted(words, key=lambda t: t.i)


def entity_kind(entity: Entity) -> str:
    if entity.type == "person":
        return "person"
    if entity.label in ("LAW", "WORK_OF_ART"):
        return "document"
    if entity.type in ("organization", "place"):
        return "organization"
    return "group"


def group_name(text: str) -> str:
    """ "Some experts" -> "some experts"; "the Pentagon" -> "Pentagon"."""
    text = re.sub(
        r"^(?:(?:only|just|even)\s+)?(?:(?:the|a(?!\s+(?:few|handful|number|couple)\b)|an)\s+)?",
        "",
        text.strip(),
        flags=re.IGNORECASE,
    )
    first, _, rest = text.partition(" ")
    if first.lower() in _QUANTIFIERS:
        return f"{first.lower()} {rest}".strip()
    return text


def _enclosing(statements: list[Statement], at: int) -> Statement | None:
    """The innermost statement with a resolved speaker whose content holds offset `at`."""
    holding = [
        s
        for s in statements
        if s.speaker.name and any(f.start <= at < f.end for f in (s.fragments or (s.content,)))
    ]
    return min(holding, key=lambda s: s.content.end - s.content.start, default=None)


def _looks_like_a_name(head: Token) -> bool:
    """A capitalised subject that NER left untyped: "Trump tweeted", "Smith said"."""
    if head.ent_type_ in ("ORG", "GPE", "NORP", "FAC", "LOC"):
        return False
    words = [t for t in head.subtree if t.dep_ in ("compound", "flat") or t is head]
    return len(words) <= 3 and all(
        t.text[:1].isupper()
        and t.lower_ not in lexicon.ORGANIZATION_WORDS
        and t.lower_ not in lexicon.KNOWN_ORGANIZATIONS
        for t in words
    )


def _has_title(text: str) -> bool:
    """A title first, after what says when it was held: "then-acting Attorney General Sally
    Yates", "former Gov. Jeb Bush"."""
    words = re.findall(r"[A-Za-z]+", text)
    while words[:1] and words[0].lower() in _WHEN_HELD:
        words = words[1:]
    return bool(words) and words[0].lower() in lexicon.TITLES and words[0].lower() != "the"


_WHEN_HELD = frozenset("then acting former ex interim outgoing incoming".split())


def _singular_indefinite(token: Token) -> bool:
    return token.tag_ == "NN" and any(
        c.lower_ in ("a", "an", "one", "another", "the") for c in token.children
    )
