"""Figures a document's account goes on giving after the statement that names it.

A poll, a report or a set of records is named once ("A new CNN/ORC poll released Monday
shows …", "according to the documents") and the article then goes on listing what it found,
with no cue of its own: "Romney leads with 21 percent of Republican primary voters surveyed,
followed by Rick Perry at 17 percent. Newt Gingrich garnered 11 percent". Those figures are the
document's, not the writer's: a reader asked who gives "11 percent" answers "the poll". The
run of results is read from the text's own shape, not from words typed per story:
- the rest of the sentence the document's statement is in, after its content ("The latest Fox
  News national poll … showed Romney edging Obama, 46 percent to 45 percent"; "another
  document that showed … 97 billion pieces of data …; about 14 percent of it was from Iran");
- the sentences right after it, while each gives a figure of the same kind (a poll's shares;
  a record's sums: "… included $4,272.78 on the Navigator of the Seas cruise …. The personal
  expenses at nightclubs and lounges topped $60,000") and no one else's statement breaks in.
A poll the article names with no cue ("In a CNN/ORC poll released Monday, Romney leads with 21
percent", "In an ABC News/Washington Post Poll released Sunday, …": a proper name too) gives the
shares of its sentence and of the run after it; those it counted saying what they told it
("38 percent of voters said …, while 60 percent said …") are its results, not someone else's
statement breaking in. A sentence in the run that
names a poll of its own as the subject of what it found ("One released this week by Fox News
found 56 percent against it") gives that poll as the source.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from .. import lexicon
from ..model import Entity, Figure, Statement
from ..nlp import token_at
from . import certainty
from .answers import answers_a_poll

# How many sentences after the document's own a run of its results may go on.
_RUN = 3
# Nouns of a survey of opinion: its results are shares of those asked.
_POLL_NOUNS = frozenset("poll polls survey surveys polling pollster".split())
# Documents whose account is what they found or hold: a poll's shares, a report's or a record's
# sums. Not a bill, a law, an order or an ad, which set amounts rather than report them ("the
# bill includes $1.375 billion": the writer's account of the bill).
FINDINGS = _POLL_NOUNS | frozenset(
    """report study analysis audit assessment review record records document documents papers
    return returns disclosure disclosures filing filings list data estimate estimates count
    tally transcript""".split()
)
# Words by which a sentence says its shares were asked of people: "voters surveyed".
_ASKED = frozenset("poll polled polls survey surveyed surveys respondents pollster".split())
# Verbs by which a poll or a record gives what it found: "One … found 56 percent".
_FOUND = frozenset("find show give put reveal indicate".split())
# Markers of a clause the writer adds beside what a document says: "even as he signs …".
_BESIDE = frozenset("while although though whereas but".split())


@dataclass(frozen=True)
class _Account:
    """Where a document's account starts: its statement, or a poll named with no cue."""

    start: int  # the figures it gives are after this offset (a statement's content and cue)
    sentence: int  # the sentence it is told in
    source: dict
    poll: bool
    named: bool  # a poll named with no cue: it gives the shares of its whole sentence
    mention: tuple[int, int] = (0, 0)  # where a poll named with no cue is named
    proper: bool = True  # named by who ran it ("NBC/ Wall Street Journal"), not "a similar"
    speaks: bool = True  # told as saying or finding ("the poll shows", "Exit polls told …")


def document_results(
    doc: Doc,
    statements: tuple[Statement, ...],
    figures: list[Figure],
    counted: frozenset[str] = frozenset(),
) -> list[Figure]:
    """`figures` with the unsourced ones that go on giving a document's results sourced to it
    (see the module's docstring). `counted` holds the ids of statements whose speaker is a
    share or a count of those a poll asked ("38 percent of voters said …, while 60 percent
    said …"): they tell the poll's results, so they break no run of them."""
    sentences = list(doc.sents)
    starts = [s.start_char for s in sentences]

    def sentence_of(offset: int) -> int:
        return max(0, bisect_right(starts, offset) - 1)

    accounts = _accounts(doc, statements, sentence_of)
    if not accounts:
        return figures
    accounts = _cited_again(sentences, accounts)
    shares_in = {sentence_of(f.span.start) for f in figures if _share(f)}
    others = [s for s in statements if not _is_document(doc, s) and s.id not in counted]
    respondents = [
        (s.speaker.mention.start, s.speaker.mention.end)
        for s in statements
        if s.id in counted and s.speaker.mention is not None
    ]
    done = []
    for figure in figures:
        if figure.source is not None or figure.statement is not None or _denied(figure):
            done.append(figure)
            continue
        if _margin_of_error(doc, figure):
            done.append(figure)  # how sure the poll is, told by the writer: none of its results
            continue
        at = sentence_of(figure.span.start)
        source = None
        account = _account_before(accounts, figure, at)
        if account is not None and _since_an_earlier_poll(doc, figure, account):
            account = None  # a change the writer measures between two polls: neither's result
        if account is not None and _runs_on(
            doc, sentences, account, figure, at, shares_in, others, respondents
        ):
            source = _own_poll(doc, figure, account) or account.source
        if source is None and answers_a_poll(doc, figure):  # "Just 28 percent … said"
            source = _the_articles_poll(accounts, figure)
        done.append(figure if source is None else _sourced(figure, source))
    return done


def _the_articles_poll(accounts: list[_Account], figure: Figure) -> dict | None:
    """The poll whose answers a share that speaks gives, past any run of results
    (`answers.answers_a_poll`): the one poll the article told before it as saying or finding
    something, or as the frame its sentence is told in ("according to the latest New York
    Times/CBS News poll", "A new USA TODAY/Rock the Vote survey … shows", "Exit polls told a
    tale of two parties", "In exit polls, …"), not one named in passing ("leads in New
    Hampshire polls", a title's "tied in Texas poll") or by no name ("many other polls show
    …"). None where no such poll was named before it, or where two were, which the answer may
    be of ("a new Associated Press-GfK poll" and "An Associated Press survey of superdelegates
    … found": "Seventy-four percent of Democratic registered voters say …" is the first's, which
    no word of it says; "In April, a Reuters/Ipsos poll found …" in a story on a USA
    TODAY/Rock the Vote survey)."""
    at = figure.span.start
    before = [a for a in accounts if a.start <= at and not a.mention[0] <= at < a.mention[1]]
    if before and not max(before, key=lambda a: a.start).poll:
        return None  # "Census data show …. Twenty percent of residents say …": that account's
    reported = {}
    for account in before:
        if not account.poll:
            continue
        frame = account.named and account.speaks and not account.proper  # "In exit polls, …"
        if not account.speaks or not (frame or _capitalised(account.source["name"])):
            continue
        reported.setdefault(account.source["name"].lower(), account.source)
    return next(iter(reported.values())) if len(reported) == 1 else None


def _capitalised(name: str | None) -> bool:
    """A poll's name with a capitalised word besides the poll noun, who ran it ("CNN/ORC poll",
    "Exit polls"), not "polls", nor "Polls" or "Surveys" opening a sentence ("Polls show Mr.
    Trump leading", a code reviewer's near-miss)."""
    return any(w[:1].isupper() and w.lower() not in _POLL_NOUNS for w in (name or "").split())


def _accounts(doc: Doc, statements: tuple[Statement, ...], sentence_of) -> list[_Account]:
    accounts = [
        _Account(
            start=max(s.content.end, s.cue.end if s.cue is not None else 0),
            sentence=sentence_of(s.content.start),
            source=polled_source(doc, s) or speaker_source(s),
            poll=_is_poll(doc, s),
            named=False,
        )
        for s in statements
        if _is_document(doc, s) and not s.negated
    ]
    mentions = [
        (s.speaker.mention.start, s.speaker.mention.end) for s in statements if s.speaker.mention
    ]
    for token in doc:
        # a poll noun, common or the head of a proper name ("In an ABC News/Washington Post
        # Poll released Sunday, …", "a CNN/ORC International Poll", tagged PROPN)
        if (
            token.pos_ not in ("NOUN", "PROPN")
            or not {token.lower_, token.lemma_.lower()} & _POLL_NOUNS
        ):
            continue
        if any(start <= token.idx < end for start, end in mentions):
            continue  # a statement's speaker: its account is above
        if token.dep_ == "compound":
            continue  # "the 15 percent polling threshold", "his poll numbers": no poll's account
        words = [
            t
            for c in token.children
            if c.i < token.i
            and c.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod")
            and c.tag_ not in ("WP$", "WDT", "WP")  # "pollsters whose final Iowa polls"
            for t in c.subtree
        ]
        if not words or (_definite(token) and not any(_capital(t) for t in words)):
            # "the poll", "the sample survey", "the Republican primary poll": the one named
            # before, or none that says which
            continue
        first = min(t.idx for t in words)
        runner = _run_by(token)
        last = runner[-1] if runner else token
        end = last.idx + len(last.text)
        proper = any(_names(t) for t in [*words, *runner])
        accounts.append(
            _Account(
                start=token.sent.start_char,
                sentence=sentence_of(token.idx),
                source=document_source(doc.text[first:end]),
                poll=True,
                named=True,
                mention=(first, end),
                proper=proper,
                speaks=_speaks(token, proper),
            )
        )
    return sorted(accounts, key=lambda a: (a.sentence, a.start))


def _speaks(poll: Token, proper: bool) -> bool:
    """A poll told as the frame its sentence is told in ("In exit polls, voters in both parties
    were unhappy …"), or named by who ran it and told as saying or finding something ("Exit
    polls told a tale of two parties"); not one named in passing ("leads in New Hampshire
    polls"), nor one the writer says what it is ("Any single poll is but a snapshot")."""
    if poll.dep_ == "pobj" and poll.head.lower_ == "in" and poll.head.i == poll.sent.start:
        return True
    return proper and poll.dep_ == "nsubj" and poll.head.pos_ == "VERB"


# Words after a poll's noun that bring in who ran it: "polls from Quinnipiac", "a poll by Gallup".
_RUN_BY = frozenset("from by".split())
# Marks inside a pollster's name: "USA TODAY/Suffolk University", "Quinnipiac and Fox News".
_NAME_MARKS = frozenset("/ - &".split())


def _run_by(poll: Token) -> list[Token]:
    """The name after a poll's noun of who ran it, to its last word: "from Quinnipiac and Fox
    News" in "recent polls from Quinnipiac and Fox News, by 8 points and 11 points" (PolNeAR,
    Politico 2016), a name the poll goes by as much as one before its noun; [] for none, or for
    a phrase that names no one ("a poll from last week")."""
    for prep in poll.rights:
        if prep.dep_ != "prep" or prep.lower_ not in _RUN_BY:
            continue
        whom = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if whom is None or not _names(whom):
            return []
        words = [prep]
        for t in poll.doc[prep.i + 1 : whom.right_edge.i + 1]:
            if not (_capital(t) or t.dep_ in ("det", "cc") or t.text in _NAME_MARKS):
                break  # "from Monmouth University released Thursday": the name ends before
            words.append(t)
        while words and not _capital(words[-1]):
            words.pop()
        return words if len(words) > 1 else []
    return []


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in noun.children)


def _capital(token: Token) -> bool:
    return token.text[:1].isupper() and token.pos_ != "ADJ"


def _names(token: Token) -> bool:
    """A word that names a poll: who ran it ("NBC/ Wall Street Journal", "Gallup"), not what it
    asked ("Republican primary") or when ("March 31-April 4")."""
    return _capital(token) and token.ent_type_ not in ("DATE", "TIME", "NORP")


def _cites_a_poll_again(sentence: Span) -> bool:
    """ "In the poll, …", "The survey found …": a sentence that points back to a poll with a
    definite noun and no name of its own."""
    return any(
        t.pos_ == "NOUN"
        and t.lemma_.lower() in _POLL_NOUNS
        and _definite(t)
        and not any(
            _names(w) for c in t.children if c.i < t.i and c.dep_ != "det" for w in c.subtree
        )
        for t in sentence
    )


def _cited_again(sentences: list[Span], accounts: list[_Account]) -> list[_Account]:
    """`accounts` with a poll's account begun again where a sentence points back to it ("In
    the poll, former House Speaker Newt Gingrich garnered 11 percent"), so its run goes on
    from there past statements told in between."""
    again = []
    for index, sentence in enumerate(sentences):
        if not _cites_a_poll_again(sentence):
            continue
        # the last poll named by who ran it, else the last one (cited again counts too)
        before = [a for a in (*accounts, *again) if a.poll and index - _RUN <= a.sentence < index]
        proper = [a for a in before if a.proper]
        if before:
            last = sorted(proper or before, key=lambda a: (a.sentence, a.start))[-1]
            again.append(replace(last, start=sentence.start_char, sentence=index, named=True))
    return sorted([*accounts, *again], key=lambda a: (a.sentence, a.start))


def _is_document(doc: Doc, statement: Statement) -> bool:
    """A statement whose speaker is a document that reports findings (a poll, a report,
    records), or a poll the speaker's name cut short ("A new NBC/ Wall Street Journal poll …
    shows" named "new NBC/")."""
    words = (statement.speaker.name or "").lower().replace("/", " ").split()
    found = any(word.strip(".,’'") in FINDINGS for word in words)
    return (statement.speaker.kind == "document" and found) or _is_poll(doc, statement)


def speaker_head(doc: Doc, statement: Statement) -> Token | None:
    """The head word of the mention that names a statement's speaker ("percent" of "78 percent
    of voters in a recent CBS News poll"), or None where the statement has no mention."""
    mention = statement.speaker.mention
    if mention is None:
        return None
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


# Nouns of a share of those asked: "a majority of voters", "half of respondents".
SHARES = frozenset("majority minority half third quarter".split())


def polled_source(doc: Doc, statement: Statement) -> dict | None:
    """The poll a statement's speaker was counted in, as its source: "78 percent of voters in
    a recent CBS News poll said …", "Some 20 percent of people in a recent CNN/ORC poll said
    …; 29 percent (and 43 percent of Republicans) said …". Those who speak are a share of the
    people a poll asked, and the poll is named in their own phrase: the shares are its
    results (the story gold, in two stories: a CBS News poll, PolNeAR Washington Post 2016; a
    CNN/ORC poll, Washington Post 2015), as "in a poll" at a clause's end makes them
    (`cues.poll_phrase`). Only a share or a count ("78 percent of voters", "more than half of
    respondents") before "in" a poll named by who ran it, not
    "voters in the poll" (a bare "the poll" says not which) nor a person ("Trump, who placed
    second in an NBC poll, said")."""
    share = speaker_head(doc, statement) if statement.speaker.kind != "person" else None
    if (
        share is None
        or share.pos_ != "NOUN"
        or not (
            share.lemma_.lower() in SHARES
            or any(c.dep_ == "nummod" and c.like_num for c in share.children)
        )
    ):
        return None
    heads = [share, *(c for p in share.children if p.lower_ == "of" for c in p.children)]
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            poll = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if poll is None or poll.lemma_.lower() not in ("poll", "survey"):
                continue
            words = [
                t
                for c in poll.children
                if c.i < poll.i and c.dep_ in ("compound", "amod", "nmod", "poss")
                for t in c.subtree
                if t.dep_ != "det"
            ]
            if not any(_names(t) for t in words):
                return None  # "in the poll", "in a recent survey": which poll it is, unsaid
            first = min(t.idx for t in words)
            return document_source(doc.text[first : poll.idx + len(poll.text)])
    return None


def _is_poll(doc: Doc, statement: Statement) -> bool:
    """A poll speaking: a poll noun in the speaker's words up to the cue, not in a clause set
    off after a person's name ("Trump, who placed second in an NBC/ Wall Street Journal poll
    …, said": Trump speaks, not the poll)."""
    mention, cue = statement.speaker.mention, statement.cue
    if mention is None or cue is None or statement.speaker.kind == "person":
        return False
    first, last = sorted((mention.start, cue.start))
    words = doc.text[first : max(last, mention.end)].split(",")[0]
    return any(w.strip(".,") in _POLL_NOUNS for w in words.lower().replace("/", " ").split())


# "plus or minus 3.4 percentage points", "+/-3 percentage points": a poll's margin of error
PLUS_OR_MINUS = re.compile(r"(?:plus\s+or\s+minus|\+\s*/\s*-|±)\s*$", re.IGNORECASE)
_MARGIN_OF_ERROR = re.compile(r"\bmargins?\s+of\s+(?:\w+\s+)?error\b", re.IGNORECASE)


def _margin_of_error(doc: Doc, figure: Figure) -> bool:
    """ "The margin of sampling error for all respondents is plus or minus 3.4 percentage
    points", "those samples carry margins of error plus or minus 4.3 percent and 7.4 percent",
    "a two percent plus or minus margin of error": a poll's margin of error says how far its
    results may be off, as its sample's size says how many it asked; the writer describes the
    poll with it, and a reader asked who gives "3.4 points" does not answer "the poll found
    it". The story gold leaves every one unsourced (seventeen in seven stories); the run of a
    poll's results gave one the poll in four (PolNeAR voter-polls, kasich-polls, clintonpoll,
    capoll): a share "plus or minus" stands before or after, or after "margin(s) of error" in
    its sentence ("The margin of error for the CBS poll was six points")."""
    if not _share_or_points(figure):
        return False
    text = doc.text
    start, end = figure.span.start, figure.span.end
    if PLUS_OR_MINUS.search(text[max(0, start - 20) : start]):
        return True
    if re.match(r"\s*plus\s+or\s+minus\b", text[end : end + 20], re.IGNORECASE):
        return True
    token = token_at(doc, start)
    if token is None:
        return False
    return _MARGIN_OF_ERROR.search(text[token.sent.start_char : start]) is not None


# Prepositions that set a change against where it started: "up five points from …", "rose
# four points since …".
_SINCE = frozenset("from since".split())
# How many heads up from a figure its change's "from" or "since" may hang.
_SINCE_REACH = 3


def _since_an_earlier_poll(doc: Doc, figure: Figure, account: _Account) -> bool:
    """ "That number is up five percentage points from a CBS News poll conducted last month",
    "Trump's support rose four percentage points since the last Fox national poll in March",
    "a 21 percentage point increase from the last time the survey was conducted": a change in
    points measured from or since an earlier poll is the writer's comparison of two polls, the
    result of neither, and the story gold leaves each unsourced (PolNeAR poll-2016, NYT;
    primary polls, The Western Journal; voter-polls, Breitbart). A poll named in the change's
    own sentence outside that phrase gives it as one of its results ("In the new Morning
    Consult poll, …, 40 percent of likely Democrat voters back Sanders, up four points from a
    survey a few days earlier": the gold's Morning Consult poll)."""
    if not _share_or_points(figure):
        return False
    token = token_at(doc, figure.span.end - 1)
    if token is None:
        return False
    node = token
    for _ in range(_SINCE_REACH):
        if node.head.i == node.i:
            break
        node = node.head
        for prep in node.children:
            if prep.dep_ != "prep" or prep.lower_ not in _SINCE or prep.i < token.i:
                continue
            words = list(prep.subtree)
            if not any(t.lemma_.lower() in _POLL_NOUNS for t in words):
                continue
            start, end = words[0].idx, words[-1].idx + len(words[-1])
            named = token.sent.start_char <= account.mention[0] < token.sent.end_char
            return not (account.named and named and not start <= account.mention[0] < end)
        if node.pos_ in ("VERB", "AUX"):
            break
    return False


def _share(figure: Figure) -> bool:
    return figure.unit in ("%", "percentage point")


def _share_or_points(figure: Figure) -> bool:
    """A share, or a lead or a change in points, which a poll gives in percentage points."""
    return _share(figure) or figure.unit == "point"


def _denied(figure: Figure) -> bool:
    return bool((figure.certainty or {}).get("negated")) or bool(
        (figure.quantity or {}).get("negated")
    )


def _account_before(accounts: list[_Account], figure: Figure, at: int) -> _Account | None:
    """The last account begun before the figure, within `_RUN` sentences (a poll named with
    no cue: anywhere in the figure's sentence)."""
    accounts = [  # "a 2016 Gallup poll": a number in a poll's name is none of its results
        a for a in accounts if not a.mention[0] <= figure.span.start < a.mention[1]
    ]
    best = None
    for account in accounts:
        if account.sentence > at:
            break
        if account.sentence == at and not account.named and account.start > figure.span.start:
            continue
        if at - account.sentence <= _RUN:
            best = account
    named = [a for a in accounts if a.named and a.sentence == at]
    if named:  # of polls named in the figure's sentence, the nearest ("39 percent … in the
        # mid-January poll, compared to 50 percent in a similar survey")
        return min(named, key=lambda a: abs(a.mention[0] - figure.span.start))
    return best


def _runs_on(
    doc: Doc,
    sentences: list[Span],
    account: _Account,
    figure: Figure,
    at: int,
    shares_in: set[int],
    others: list[Statement],
    respondents: list[tuple[int, int]] = (),
) -> bool:
    """Whether the text from the account's start to the figure is one run of its results: no
    one else's statement starts between them, the figure's clause is not one the writer sets
    beside the statement, and, past the account's own sentence, the account is a poll and
    every sentence gives a share or says it was asked ("in the poll", "voters surveyed")."""
    begin = min(account.start, figure.span.start)
    if any(begin <= s.content.start < figure.span.start for s in others) or any(
        begin <= s.speaker.mention.start < figure.span.start
        for s in others
        if s.speaker.mention is not None
    ):
        return False
    token = token_at(doc, figure.span.end - 1)
    # those the poll counted, saying what they told it, are its results even in a clause set
    # beside its statement ("In a CNN/ORC International Poll …, 38 percent of voters said …,
    # while 60 percent said …"); a plain clause there stays the writer's ("… while 45 percent
    # chose Cruz")
    answering = any(start <= figure.span.start < end for start, end in respondents)
    if token is None or (not account.named and not answering and _beside(token, account.start)):
        return False
    if account.named and not _share_or_points(figure):
        # a poll named with no cue gives shares, not the sentence's other figures; in its own
        # sentence a lead or a change in points is one of them ("Wednesday's Quinnipiac poll
        # has Clinton leading Trump by just six points", "Cruz rose three points in the CBS
        # survey to 29 points")
        return False
    if account.sentence == at:
        return True
    # past its own sentence a run goes on only for a poll's shares: sentences after a report or
    # records are the writer's telling unless they cite it again (the gold's convention too)
    if not (_share(figure) and account.poll):
        return False
    for index in range(account.sentence + 1, at + 1):
        asked = any(t.lower_ in _ASKED for t in sentences[index])
        if index not in shares_in and not asked:
            return False
    return True


def _beside(token: Token, end: int) -> bool:
    """A figure in a clause the writer sets beside the document's statement ("while …",
    "even as …", "but …") after the statement's end."""
    node = token
    while node.head.i != node.i:
        if node.idx < end:
            return False
        if node.dep_ in ("advcl", "conj") and any(
            c.dep_ in ("mark", "cc") and c.lower_ in _BESIDE | {"as"} for c in node.children
        ):
            return True
        if node.dep_ == "conj" and any(
            c.dep_ == "cc" and c.lower_ in _BESIDE for c in node.head.children
        ):
            return True
        node = node.head
    return False


def _own_poll(doc: Doc, figure: Figure, account: _Account) -> dict | None:
    """ "One released this week by Fox News found 56 percent against it": a sentence after the
    document's whose finding verb has a subject of its own (not a pronoun) names the poll that
    gives the figure."""
    token = token_at(doc, figure.span.end - 1)
    if token is None or token.sent.start_char <= account.start:
        return None
    node, subject = token, None
    while subject is None and node.head.i != node.i:
        node = node.head  # up to the clause that has a subject ("found 56 percent against it,
        # including 20 percent of Republicans": "including" has none, "found" has "One")
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
    if node.lemma_.lower() not in _FOUND:
        return None
    if subject is None or (subject.pos_ == "PRON" and subject.lower_ != "one"):
        return None
    words = list(subject.subtree)
    if (
        not any(t.lemma_.lower() in lexicon.DOCUMENT_NOUNS or t.lower_ == "one" for t in words[:2])
        and subject.lemma_.lower() not in lexicon.DOCUMENT_NOUNS
    ):
        return None
    return document_source(doc.text[words[0].idx : words[-1].idx + len(words[-1])])


def speaker_source(statement: Statement, via: list[str] | None = None) -> dict:
    """A figure's source: the speaker of the statement it is in, and whom it came through."""
    return {
        "name": statement.speaker.name,
        "kind": statement.speaker.kind,
        "entity": statement.speaker.entity,
        "members": list(statement.speaker.members),
        "statement": statement.id,
        "via": via or [],
    }


def person_source(entity: Entity) -> dict:
    """A figure's source: a person of the text with no statement holding the figure (a
    transcript's label names them as the paragraph's speaker)."""
    return {
        "name": entity.name,
        "kind": "person",
        "entity": entity.id,
        "members": [],
        "statement": None,
        "via": [],
    }


def document_source(name: str) -> dict:
    """A figure's source: a document the text names, with no statement of its own."""
    return {
        "name": name,
        "kind": "document",
        "entity": None,
        "members": [],
        "statement": None,
        "via": [],
    }


def _sourced(figure: Figure, source: dict) -> Figure:
    sure = dict(figure.certainty or {})
    sure["basis"] = certainty.basis(source)
    return replace(figure, source=source, certainty=sure)
