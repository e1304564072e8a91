"""Sources named by a description, resolved in the article to what it describes.

- A definite description names the entity named last before it whose name holds its noun:
  "the hospital" after "the MedStar Washington Hospital Center", "the clause" after "the U.S.
  Constitution's Supremacy Clause", "the department" after "the Justice Department".
- "the paper", "the newspaper" is the newspaper named last before it ("the Journal").
- A document named again by another of its nouns is the document the article introduced:
  "The two states filed a lawsuit … The complaint says …", "the suit says".
- A group named by its members' kind and count is those members: "two heartland states" are
  the two states the article names together ("Nebraska and Oklahoma"); "the states of Nebraska
  and Oklahoma" are Nebraska and Oklahoma.
- "ones" is the plural documents named just before: "released their tax returns … The new
  ones show" (the tax returns).
- The papers of a case are one source in an article, however it names them: "court records
  show …", "Additional records disclosed Wednesday show …", "the document said" are the court
  records.
- A body ranked in the country ("the nation's leading advocate for senior citizens", "the
  country's largest civil rights organization") is the organisation the article quotes most,
  of those the one it names most, wherever its name stands ("Leaders of" it are its leaders).
- A person described by a state and a party or office is the person the article tags with
  that state: "The Arizona Republican said" after "Sen. John McCain, R-Ariz., said"; "The
  California Democrat" after "Nancy Pelosi (D-Calif.)"; else the person named last as the
  subject of a sentence, when nothing the article says of them contradicts it ("Sarah Palin
  said … The former Alaska governor said").
- A person described by a noun the news describes people by (`lexicon.PERSON_NOUNS`, from
  PolNeAR train) is the one person the article describes with the description's noun or a
  capitalised word of it, before or after it ("The GOP front-runner" after "GOP presidential
  hopeful Donald Trump"; "the lawyer for the campaign and the party said" before "the lawyer,
  Mark D. Sheridan, said"); else the person named or speaking last as the subject of a
  sentence with no other person as its subject (the subject of a clause inside theirs is
  none: "Donald Trump is on solid ground …, Carly Fiorina said"), when the article gives them
  no other office ("(The real estate mogul estimates …)" after "The GOP front-runner …
  insists"; "the man" holds any office, never the other sex's). An office printed in
  capitals describes a person too ("the former CEO of Hewlett-Packard").
- Else, where no one is described alike before it and no subject just before it agrees, it
  is the person the article is about, the one it names far more than anyone else ("the
  presidential hopeful said" in an article naming Marco Rubio fourteen times): past the lede
  only by a noun that is no office ("hopeful", "mogul") or an office the article gives no one
  else ("the candidate"), and never someone else's ("a spokesman for X") but in the lede,
  when the lede introduces its owner too ("The communications director for a Republican
  member of Congress had to apologize …" before "Elizabeth Lauten wrote …"). A noun the
  article itself writes before a person's name ("Democratic presidential hopeful Hillary
  Clinton") is a person noun there, as the lexicon's are counted on PolNeAR train; one it
  describes alike only after it is the last resort.
- A person described by their age alone ("“…,” the 43-year-old said") is a person
  description too, resolved as one the article describes by that age or the subject named
  or speaking just before it; never the person the article is about, of whose age the
  description says nothing, nor a name that only modifies a subject ("the Trump team").
- An article's first sentence may describe the person it names after it, as news ledes do:
  "A two-term Republican congressman from Idaho … said Friday" is "Raul Labrador, a … tea
  party congressman", by the same words.
- A lede that describes someone as its subject without naming them, after no more than a
  headline and a subheading, names the one the next sentence names as its subject, named
  nowhere before: "The British capital's new mayor on Tuesday rejected …" before "Khan, a
  Muslim, was elected as mayor of London last week"; "One of the highest-profile Republicans
  in the House … said" before "Majority Whip Kevin McCarthy … made his comments".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from spacy.lang.en.lex_attrs import _ordinal_words as _ORDINAL_WORDS
from spacy.tokens import Doc, Span, Token

from ... import lexicon
from ...model import Entity
from ...names import given_name_listed, name_tokens, state_named, surname
from .context import Context

# How far back a description looks for what it describes, in characters (as a pronoun does).
WINDOW = 1500
_DEFINITE = frozenset("the this that".split())
# Nouns one document goes by. WordNet puts "lawsuit" and "suit" in one synset (a proceeding
# in a court of law); the complaint is the pleading that brings the suit, which the news cites
# as the suit's own words. WordNet's data cannot be installed offline here (the `wn` package
# downloads it), so the table is ours; "case" is left out, most often not a document.
SAME_DOCUMENT = {"lawsuit": "lawsuit", "suit": "lawsuit", "complaint": "lawsuit"}
# Kinds of place a group of places is named by: "two heartland states", "the cities of …".
PLACE_KINDS = frozenset("states countries nations cities provinces counties towns".split())
_COUNTS = {w: n for n, w in enumerate("two three four five six seven eight nine ten".split(), 2)}


def definite(head: Token) -> bool:
    """ "the hospital", "this suit": a singular noun with a definite article and nothing else
    before or after it."""
    children = list(head.children)
    return (
        head.tag_ == "NN"
        and head.text.islower()
        and len(children) == 1
        and children[0].dep_ == "det"
        and children[0].lower_ in _DEFINITE
    )


def described(ctx: Context, head: Token) -> Entity | None:
    """The organisation, place, law or work named last before a definite description whose
    name holds its noun: "the hospital" -> MedStar Washington Hospital Center."""
    if not definite(head):
        return None
    word = head.lemma_.lower()
    return _named_last_before(
        ctx,
        head,
        lambda entity: (
            entity.type not in ("person", "group")
            and word in {w.strip(".,'’").lower() for w in entity.name.split()}
        ),
    )


_NEWSPAPER_NOUNS = frozenset("paper newspaper".split())


def newspaper_noun(head: Token) -> bool:
    """ "paper", "newspaper": a noun for what a newspaper is."""
    return head.lemma_.lower() in _NEWSPAPER_NOUNS


def newspaper_named_before(ctx: Context, head: Token) -> Entity | None:
    """The newspaper "the paper" or "the newspaper" names again: the one named last before it
    ("The Journal reported that … Rother's thinking, according to the paper, is that …")."""
    if not newspaper_noun(head) or not definite(head):
        return None
    return _named_last_before(
        ctx,
        head,
        lambda entity: (
            entity.type == "organization"
            and entity.name.split()[-1].lower() in lexicon.NEWSPAPER_WORDS
        ),
    )


def _named_last_before(
    ctx: Context, head: Token, accept: Callable[[Entity], bool]
) -> Entity | None:
    """Of the entities `accept` takes, the one mentioned last in prose within WINDOW before
    `head`."""
    best: tuple[int, Entity] | None = None
    for entity in ctx.index.entities:
        if not accept(entity):
            continue
        for mention in entity.mentions:
            near = head.idx - WINDOW < mention.start < head.idx
            if near and (best is None or mention.start > best[0]) and _prose(ctx, mention.start):
                best = (mention.start, entity)
    return best[1] if best else None


def _prose(ctx: Context, at: int) -> bool:
    """A mention in a sentence that ends as prose does, not in a headline ("NRA School Safety
    Report Recommends Arming Teachers"), where the tagger takes title case for names."""
    token = ctx.doc.char_span(at, at + 1, alignment_mode="expand")
    if token is None:
        return False
    sentence = token.sent.text.rstrip()
    return sentence[-1:] in ".!?\"”’'" if sentence else False


def same_document(ctx: Context, head: Token) -> str | None:
    """The name of the document a definite description names again by another of its nouns:
    "lawsuit" for "the complaint" after "filed a lawsuit". Words beside the noun must agree
    with where the document was introduced ("the lawsuit from Nebraska and Oklahoma" after "The
    lawsuit was brought by attorneys general in Nebraska and Oklahoma")."""
    kind = SAME_DOCUMENT.get(head.lemma_.lower())
    if kind is None or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in head.children):
        return None
    first = next(
        (
            t
            for t in head.doc[max(0, head.i - 400) : head.i]
            if t.pos_ == "NOUN" and SAME_DOCUMENT.get(t.lemma_.lower()) == kind
        ),
        None,
    )
    if first is None or head.idx - first.idx > 2 * WINDOW:
        return None
    named = {t.lower_ for t in head.subtree if t.pos_ == "PROPN"}
    if not named <= {t.lower_ for t in first.sent}:
        return None
    return SAME_DOCUMENT[first.lemma_.lower()]


# Nouns any document goes by: "the DOJ document" after "the indictment", "the final version"
# after "a resolution" name the document the article introduced.
GENERIC_DOCUMENTS = frozenset("document version draft".split())


def generic_document(head: Token) -> bool:
    """ "the DOJ document", "the final version", "the original" (an adjective standing for the
    noun: "But the original called for …"): a definite description by what any document is."""
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in head.children):
        return False
    if head.lemma_.lower() in GENERIC_DOCUMENTS and head.tag_ == "NN":
        return True
    return head.lower_ == "original" and head.pos_ == "ADJ" and head.dep_ in ("nsubj", "nsubjpass")


def document_named_before(ctx: Context, head: Token) -> str | None:
    """The document a definite description by a noun any document goes by names: the one the
    article named last before it by its own noun ("Other Democrats … even before the
    indictment. … According to the DOJ document, 12 Russian intelligence officers are accused
    …": the indictment; "the final version", "the original" after "a resolution": the
    resolution)."""
    if not generic_document(head):
        return None
    for token in reversed(head.doc[max(0, head.i - 400) : head.i]):
        if head.idx - token.idx > WINDOW:
            break
        word = token.lemma_.lower()
        if (
            token.pos_ == "NOUN"
            and word in lexicon.DOCUMENT_NOUNS - GENERIC_DOCUMENTS - PAPERS
            and word not in lexicon.ISSUED_NOUNS
            and not ctx.inside_quote(token)
            and _prose(ctx, token.idx)
        ):
            return word
    return None


# Nouns for the papers of a case ("court documents", "records", "newly filed court papers")
# and the only words that may stand before them for the papers to be the case's: "tax
# records", "phone records" or "campaign documents" are other papers.
PAPERS = frozenset("document record paper filing".split())
_PAPER_WORDS = frozenset("court additional new newly filed federal the these those".split())


def _paper(token: Token) -> bool:
    if token.pos_ != "NOUN" or token.lemma_.lower() not in PAPERS:
        return False
    return all(
        {t.lower_ for t in child.subtree} <= _PAPER_WORDS
        for child in token.children
        if child.i < token.i and child.dep_ in ("compound", "amod", "det", "advmod", "nmod")
    )


def _court(token: Token) -> bool:
    return any(c.lower_ == "court" and c.dep_ == "compound" for c in token.children)


def papers(ctx: Context, head: Token) -> str | None:
    """One name for the papers of a case an article cites under several ("court records show",
    "Additional records disclosed Wednesday show", "the document said"): "court" and the noun
    of the first it calls court papers ("court records"), else the plural of the first noun
    ("documents")."""
    if not _paper(head):
        return None
    family = [t for t in head.doc if _paper(t) and not ctx.inside_quote(t)]
    court = next((t for t in family if _court(t)), None)
    if not _court(head) and any(
        t.pos_ == "NOUN" and t.lemma_ == head.lemma_ and not _paper(t) for t in head.doc
    ):
        return None  # "the records" beside "phone records" may be either
    first = court or (family[0] if family else head)
    noun = first.lemma_.lower() + "s"
    return f"court {noun}" if court is not None else noun


def ones(ctx: Context, head: Token) -> str | None:
    """The documents a "ones" stands for: the nearest plural document noun in its sentence or
    the two before, with its compound ("The Clintons have previously released their tax
    returns for the period … through 2006. The new ones show that …": tax returns)."""
    doc = head.doc
    start = head.sent.start
    for _ in range(2):
        if start > 0:
            start = doc[start - 1].sent.start
    for token in reversed(doc[start : head.i]):
        if (
            token.pos_ == "NOUN"
            and token.tag_ == "NNS"
            and token.lemma_.lower() in lexicon.DOCUMENT_NOUNS
            and _prose(ctx, token.idx)
        ):
            words = [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
            return " ".join(t.text for t in (*words, token))
    return None


def members(ctx: Context, head: Token) -> list[Entity] | None:
    """The places a group of places stands for: those it lists ("the states of Nebraska and
    Oklahoma"), or, by its count, the ones the article names together nearest to it ("two
    heartland states" -> Nebraska and Oklahoma, named together in the next sentence)."""
    if head.lower_ not in PLACE_KINDS:
        return None
    listed = next(
        (c for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children),
        None,
    )
    if listed is not None:
        places = _places([listed, *listed.conjuncts], ctx)
        return places if places and len(places) > 1 else None
    count = next((_COUNTS.get(c.lower_) for c in head.children if c.dep_ == "nummod"), None)
    if count is None:
        return None
    best: tuple[int, list[Entity]] | None = None
    for token in head.doc:
        if token.dep_ == "conj" or not token.conjuncts or token.i == head.i:
            continue
        places = _places([token, *token.conjuncts], ctx)
        if places is None or len(places) != count:
            continue
        distance = abs(token.idx - head.idx)
        if distance < WINDOW and (best is None or distance < best[0]):
            best = (distance, places)
    return best[1] if best else None


def _places(tokens: list[Token], ctx: Context) -> list[Entity] | None:
    """The place entities `tokens` name, one each, or None when one of them is not a place."""
    found: list[Entity] = []
    for token in tokens:
        entity = ctx.index.at(token.idx, token.idx + len(token))
        if entity is None or entity.type != "place":
            return None
        if all(entity.id != other.id for other in found):
            found.append(entity)
    return found


# -- "the California Democrat" -----------------------------------------------------------------

_PARTIES = {"democrat": "D", "republican": "R", "independent": "I"}
# A party-state tag after a name: "Nancy Pelosi (D-Calif.)", "Sen. John McCain, R-Ariz.,",
# "Rep. Tim Ryan (Ohio)".
_TAG = re.compile(r"\s*[,(]\s*(?:([DRI])\s*[-–]\s*)?([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)\s*[),]")
# A state before a title: "Ohio Rep. Tim Ryan", "Texas Gov. Rick Perry".
_BEFORE = re.compile(r"([A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+(?:[A-Z][a-z]*\.?\s+){1,2}$")


def _state_of(tokens: list[Token]) -> str | None:
    return state_named(" ".join(t.text for t in tokens))


# How a state's name gives the word for one of its people: "Texas" "Texan", "California"
# "Californian", "Ohio" "Ohioan", "Florida" "Floridian", "Kentucky" "Kentuckian", "Vermont"
# "Vermonter", "Colorado" "Coloradan", "Oregon" "Oregonian", "Wisconsin" "Wisconsinite": the
# ending the word has, and what the state's name has in its place.
_DEMONYM_ENDINGS = (
    ("n", ""),
    ("n", "s"),
    ("an", ""),
    ("an", "o"),
    ("ian", ""),
    ("ian", "a"),
    ("ian", "y"),
    ("er", ""),
    ("ite", ""),
)


def state_of_its_people(head: Token) -> str | None:
    """The US state a word for one of its people names: "the Texan" is from Texas, "the
    Floridian" from Florida. The word is a singular proper noun spelled from the state's full
    name (`_DEMONYM_ENDINGS`; "Indian" is no Indiana, whose "Ind." is an abbreviation), and
    not an organisation's name: "The New Yorker", the magazine; a newspaper's, which reports
    ("The Oregonian reported") and keeps its capital "The" inside a sentence ("Later, The
    Oregonian said")."""
    if head.tag_ != "NNP" or head.ent_type_ == "ORG" or not head.text[:1].isupper():
        return None
    if head.head.lemma_.lower() == "report" or any(
        c.dep_ == "det" and c.text == "The" and not c.is_sent_start for c in head.children
    ):
        return None
    before = [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
    if any(not c.text[:1].isupper() for c in before):
        return None
    word = " ".join([*(c.text for c in before), head.text])
    for ending, instead in _DEMONYM_ENDINGS:
        if not word.endswith(ending):
            continue
        stem = word[: len(word) - len(ending)] + instead
        state = state_named(stem)
        if state is not None and state == stem:
            return state
    return None


def placed_person(ctx: Context, head: Token) -> Entity | None:
    """The person "the California Democrat", "the former Alaska governor" or "the Texas
    lawmaker" describes: a definite phrase whose noun is a party or an office
    (`lexicon.ROLE_NOUNS`) with a state before it; or "the Texan", one of a state's people
    (`state_of_its_people`), where the article tags a person with that state ("Former
    Texas Gov. Rick Perry" before "“… very experienced governors,” the Texan said"; a
    person it only has as a subject just before is no more evidence than a newspaper's
    name, "The Oregonian reported")."""
    word = head.lower_
    native = state_of_its_people(head)
    office = head.lemma_.lower() in lexicon.ROLE_NOUNS and head.tag_ == "NN" and head.text.islower()
    if native is None and word not in _PARTIES and not office:
        return None
    children = list(head.children)
    if not any((c.dep_ == "det" and c.lower_ == "the") or _common_owner(c) for c in children):
        return None
    place = [c for c in children if c.dep_ == "compound" and c.ent_type_ == "GPE"]
    if native is not None:
        state = native
    elif len(place) != 1:
        return None
    else:
        state = _state_of([t for t in place[0].subtree if t.ent_type_ == "GPE"])
    if state is None:
        return None
    party = _PARTIES.get(word)
    tagged: tuple[int, Entity] | None = None
    subject: tuple[int, Entity] | None = None
    for entity in ctx.index.entities:
        if entity.type != "person":
            continue
        states, parties = _tags(ctx, entity)
        if (states and state not in states) or (party and parties and party not in parties):
            continue  # "the Arizona Republican" is not "Nancy Pelosi (D-Calif.)"
        for mention in entity.mentions:
            # the state is evidence enough over a longer reach, inside a quote too
            if not head.idx - 2 * WINDOW < mention.start < head.idx:
                continue
            if states and (tagged is None or mention.start > tagged[0]):
                tagged = (mention.start, entity)
            near = mention.start > head.idx - WINDOW and not ctx.quote_at(mention.start)
            if (
                near
                and _subject(ctx, mention.start)
                and (subject is None or mention.start > subject[0])
            ):
                subject = (mention.start, entity)
    found = tagged if native is not None else tagged or subject
    return found[1] if found else None


def _tags(ctx: Context, entity: Entity) -> tuple[set[str], set[str]]:
    """The states and parties the article tags a person with."""
    states: set[str] = set()
    parties: set[str] = set()
    text = ctx.text
    for mention in entity.mentions:
        after = _TAG.match(text, mention.end, mention.end + 30)
        if after is not None:
            found = state_named(after.group(2))
            if found:
                states.add(found)
                if after.group(1):
                    parties.add(after.group(1))
        before = _BEFORE.search(text, max(0, mention.start - 40), mention.start)
        placed = None
        if before is not None:
            # "Former Texas Gov. Rick Perry": the two capitalised words before the title may
            # be another word and the state
            words = before.group(1)
            placed = state_named(words) or state_named(words.partition(" ")[2])
        if placed:
            states.add(placed)
    for descriptor in entity.descriptors:
        words = descriptor.text.split()
        for size in (2, 1):
            for i in range(len(words) - size + 1):
                found = state_named(" ".join(words[i : i + size]))
                if found and words[i][:1].isupper():
                    states.add(found)
        parties |= {_PARTIES[w.lower()] for w in words if w.lower() in _PARTIES}
    return states, parties


def _subject(ctx: Context, at: int) -> bool:
    span = ctx.doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    while token.dep_ in ("compound", "flat", "appos") and token.head is not token:
        if token.dep_ == "compound" and token.head.pos_ == "NOUN":
            return False  # "the Trump team sought …": the team is the subject, not Trump
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass")


def _clause_of(ctx: Context, at: int) -> Token | None:
    """The verb whose subject is the name at `at`, or None when it is no subject."""
    span = ctx.doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    while token.dep_ in ("compound", "flat", "appos") and token.head is not token:
        token = token.head
    return token.head if token.dep_ in ("nsubj", "nsubjpass") else None


def _beneath(ctx: Context, rival: int, subject: int) -> bool:
    """The subject at `rival` is of a clause inside the clause whose subject stands at
    `subject`: what that subject said ("Donald Trump is on solid ground attacking Bill
    Clinton, Carly Fiorina said"), when they did it ("When Mr. Clinton had trouble joining a
    … golf club, Mr. Trump boasted"); not of a clause beside it ("Ramos later returned and
    Trump took several of his questions"), whose subject is as much the sentence's."""
    clause, verb = _clause_of(ctx, rival), _clause_of(ctx, subject)
    if clause is None or verb is None or clause == verb:
        return False
    while clause != verb:
        if clause.dep_ in ("conj", "parataxis") or clause.head == clause:
            return False
        clause = clause.head
    return True


_WHEN = frozenset("DATE TIME".split())


def document_words(ctx: Context, mention: tuple[int, int], head: Token) -> str:
    """The words a document is named by, less its size and the day it came out: "a 225-page
    report on Tuesday" is the report ("a report on school safety" keeps its topic, "a 2014
    study" its year), so each
    outlet's mention of it names one document."""
    dropped: set[int] = set()
    for child in head.children:
        subtree = list(child.subtree)
        if child.i < head.i and child.dep_ in ("amod", "compound", "nummod"):
            if (
                child.lower_ != "one"  # "one recent poll", "one study": which, not its size
                and any(t.like_num and not ordinal(t) for t in subtree)
                and not any(t.ent_type_ in _WHEN for t in subtree)
            ):
                # "225-page", "12-page"; not "2014 study", nor "the 14th Amendment to the
                # Constitution", "the Second Amendment": an ordinal says which one, not its size
                dropped |= {t.i for t in subtree}
        elif (
            child.i > head.i
            and child.dep_ in ("prep", "npadvmod")
            and all(t.ent_type_ in _WHEN or t.dep_ in ("prep", "det") for t in subtree)
        ):
            dropped |= {t.i for t in subtree}  # "on Tuesday", "Wednesday"
    start, end = mention
    if not dropped:
        return ctx.text[start:end]
    tokens = ctx.doc.char_span(start, end, alignment_mode="expand") or ()
    kept = "".join(t.text_with_ws for t in tokens if t.i not in dropped)
    return " ".join(kept.split()) or ctx.text[start:end]


_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)


def ordinal(token: Token) -> bool:
    """ "14th", "Second": a word that says which one, not how many."""
    return bool(_ORDINAL.match(token.text)) or token.lower_ in _ORDINAL_WORDS


# Nouns an organisation goes by once named: "the gun lobby", "the group", "the organization".
# The nouns an organisation goes by once named, as a source in PolNeAR train: "the company" 25
# times, "the group" 14, "the agency" 8, "the network" 4, "the organization" 2 ("the online retail
# giant" once; "the tech giant said" in BASIL).
BODY_NOUNS = frozenset(
    "lobby group organization organisation association company agency network giant".split()
)
# Countries the news names by capitals of three letters or more ("US", "UK" have two).
_COUNTRY_ACRONYMS = frozenset("usa uae ussr prc drc rok dprk".split())
# How far back "the group" looks for the organisation it names: its sentence and the one before,
# past the sentences of a quote ("… ideology," the tech giant said" after a quote of three
# sentences).
_BODY_SENTENCES = 2


def _common_owner(token: Token) -> bool:
    """ "the nation's" of "the nation's largest gun group": an owner by a common noun, which
    makes the body one named before, as "the" does."""
    return token.dep_ == "poss" and token.pos_ == "NOUN" and token.text.islower()


def body_named_before(ctx: Context, head: Token) -> Entity | None:
    """The organisation a definite "the group", "the gun lobby", "the company", "the tech
    giant" names again: the one named last before it, in its sentence or the one before ("The
    NRA also put out a statement on the report, over which the gun lobby insists it had no
    influence"; "In 2013, Yahoo was hacked, and the company said …"), a quote's sentences
    not counted ("Twitter at the time said … "We do not shadow ban. … ideology," the tech
    giant said"). One named with the noun ("the agency" after the National Security Agency)
    is the one `described` finds."""
    if head.lemma_.lower() not in BODY_NOUNS or head.tag_ != "NN" or not head.text.islower():
        return None
    children = list(head.children)
    if not any((c.dep_ == "det" and c.lower_ == "the") or _common_owner(c) for c in children):
        return None
    if any(c.i > head.i or (c.dep_ != "det" and not c.text.islower()) for c in children):
        return None  # "the group of protesters", "the Hale group": words of its own
    named = described(ctx, head)
    if named is not None and named.type == "organization":
        return named
    since = _sentences_back(ctx, head, _BODY_SENTENCES)
    best: tuple[int, Entity] | None = None
    for entity in ctx.index.entities:
        if not (
            entity.type == "organization"
            or _acronym_taken_for_a_place(entity)
            or _body_taken_for_a_person(entity)
        ):
            continue
        # where the article prints its name: the tagger may miss a mention ("Twitter at the
        # time said …" as a sentence's first word)
        printed = {m.start for m in entity.mentions} | {
            since + found.start()
            for name in {entity.name, *entity.aliases}
            for found in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", ctx.text[since : head.idx])
        }
        for start in printed:
            later = best is None or start > best[0]
            if since <= start < head.idx and later and not ctx.quote_at(start):
                best = (start, entity)
    if best is None:
        # the description said again: "The company says its policies … In any event, the
        # company says …" is the body the first one names
        before = [
            t
            for t in ctx.doc[head.sent.start : head.i]
            if t.idx >= since and t.lower_ == head.lower_ and t.dep_ != "compound"
        ] or [t for t in ctx.doc[: head.sent.start] if t.idx >= since and t.lower_ == head.lower_]
        if before:
            return body_named_before(ctx, before[-1])
    return best[1] if best else None


def _body_taken_for_a_person(entity: Entity) -> bool:
    """ "Twitter", which the tagger reads as a person: one word, never given a full name, a
    given name or a sex in the article."""
    return (
        entity.type == "person"
        and len(entity.name.split()) == 1
        and entity.gender is None
        and all(len(alias.split()) == 1 for alias in entity.aliases)
        and not given_name_listed(entity.name)
    )


def _sentences_back(ctx: Context, head: Token, count: int) -> int:
    """Where the `count` sentences that end at `head`'s start, its own first, the sentences
    wholly inside a quote not counted."""
    sentence = head.sent
    counted = 1
    while counted < count and sentence.start > 0:
        sentence = ctx.doc[sentence.start - 1].sent
        text = sentence.text.strip()
        at = sentence.start_char + sentence.text.find(text[:1]) if text else sentence.start_char
        quote = ctx.quote_at(at)
        if quote is None or quote.end < sentence.start_char + len(sentence.text.rstrip()):
            counted += 1
    return sentence.start_char


# A body described by its rank in the country: "the nation's leading advocate for senior
# citizens" (HuffPost, 2011), "the country's largest civil rights organization" (HuffPost,
# 2010), "the nation's largest gun lobby" (HuffPost, 2012).
_RANKED_HEADS = BODY_NOUNS | frozenset("advocate union".split())
_RANKED_IN = frozenset("nation country world america".split())
_RANKS = frozenset("leading top biggest foremost premier".split())


def ranked_body(head: Token) -> bool:
    """ "the nation's leading advocate for senior citizens", "the country's most powerful
    union": a body by a noun any body goes by and its rank in the country, which names the
    one organisation the article is about, however far from its name."""
    if head.lemma_.lower() not in _RANKED_HEADS or head.tag_ not in ("NN", "NNP"):
        return False
    children = list(head.children)
    if not any(c.dep_ == "poss" and c.lower_ in _RANKED_IN for c in children):
        return False
    return any(
        c.dep_ == "amod"
        and (
            c.tag_ == "JJS"
            or c.lower_ in _RANKS
            or any(a.lower_ == "most" for a in c.children if a.dep_ == "advmod")
        )
        for c in children
    )


def organisations(ctx: Context) -> list[Entity]:
    """The article's organisations (and acronyms the tagger took for places)."""
    return [
        e for e in ctx.index.entities if e.type == "organization" or _acronym_taken_for_a_place(e)
    ]


def _acronym_taken_for_a_place(entity: Entity) -> bool:
    """ "NRA", which the tagger reads as a place: capitals that are no country's name."""
    name = entity.name
    return (
        entity.type == "place"
        and name.isalpha()
        and name.isupper()
        and len(name) >= 3
        and name.lower() not in _COUNTRY_ACRONYMS
    )


# -- "the GOP front-runner", "the lawyer for the campaign" ------------------------------------

# Dependents of a description that say something else than who it is: "The GOP front-runner,
# who has made many outrageous comments …", "the lawyer, Mark D. Sheridan,".
_ASIDES = frozenset("relcl acl appos advcl punct cc conj".split())
_CONTENT = frozenset("NOUN PROPN ADJ".split())


def noun_of(head: Token) -> str:
    """A noun's folded lemma with the words hyphens join to it: "front-runner" (which the
    tokenizer cuts into "front", "-", "runner"), "co-founder"."""
    doc = head.doc
    start = head.i
    while (
        start >= 2
        and doc[start - 1].text in ("-", "–")
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
    ):
        start -= 2
    return (doc[start : head.i].text + head.lemma_).lower()


def _hyphened(token: Token) -> bool:
    """A word the next one is joined to by a hyphen: "Mexican" in "Mexican-born"."""
    doc = token.doc
    return (
        token.i + 2 < len(doc)
        and not token.whitespace_
        and doc[token.i + 1].text in ("-", "–")
        and not doc[token.i + 1].whitespace_
    )


def _words(tokens: Iterable[Token]) -> dict[str, Token]:
    """The content words of `tokens` (nouns, names, adjectives) by their folded lemma, a
    hyphened word whole ("mexican-born", not "mexican"), an abbreviated title spelled out
    ("Sen." is "senator"; "Mr." says nothing)."""
    found = {}
    for t in tokens:
        if t.pos_ not in _CONTENT or t.is_stop or _hyphened(t) or not t.text[:1].isalpha():
            continue
        if "." in t.text:
            title = lexicon.TITLE_ABBREVIATIONS.get(t.lower_.rstrip("."))
            if title is not None:
                found[title] = t
        else:
            found[noun_of(t)] = t
    return found


def _description(head: Token) -> list[Token]:
    """The words of a description, less its asides."""
    dropped: set[int] = set()
    for child in head.children:
        if child.dep_ in _ASIDES:
            dropped |= {t.i for t in child.subtree}
    return [t for t in head.subtree if t.i not in dropped]


def article_of(head: Token) -> str | None:
    """The article a noun phrase opens with, folded: the head's own ("the lawyer"), or the
    one the parser hung on a noun before it ("The real estate mogul and reality TV star",
    "The" on "mogul"), when the phrase opens with it and no comma comes before the head."""
    own = next((c.lower_ for c in head.children if c.dep_ == "det"), None)
    if own is not None:
        return own
    first = head.left_edge
    if (
        first.i < head.i
        and first.dep_ == "det"
        and first.head.i < head.i
        and not any(t.is_punct for t in head.doc[first.i : head.i])
    ):
        return first.lower_
    before = head.doc[first.i - 1] if first.i > 0 else None
    if before is not None and before.dep_ == "det" and before.head == head.head and age(head):
        return before.lower_  # "the 43-year-old said", the parser hanging both on the verb
    return None


def person_description(head: Token, articles: frozenset[str] = frozenset({"the"})) -> bool:
    """ "the GOP front-runner", "the lawyer for the campaign and the party", "the Mexican-born
    journalist": one person by a noun the news describes people by (`lexicon.PERSON_NOUNS`,
    or one the article itself writes beside a person's name, as the lexicon's are counted:
    "the presidential hopeful" where it names "Democratic presidential hopeful Hillary
    Clinton"), with a definite article (or one of `articles`); or by an age alone, "the
    43-year-old said", which describes one person as a noun does. An office the news prints
    in capitals is such a noun too: "the former CEO of Hewlett-Packard"."""
    if (head.tag_ != "NN" and not age(head)) or not (head.text.islower() or head.text.isupper()):
        return False
    noun = noun_of(head)
    return (
        (noun in lexicon.PERSON_NOUNS or noun in _nouns_beside_names(head.doc) or age(head))
        and noun not in lexicon.ANONYMOUS_NOUNS
        and noun not in _THINGS
        and article_of(head) in articles
    )


_AGE = re.compile(r"\d+-year-old")


def age(head: Token) -> bool:
    """ "old" heading a noun phrase of its own as an age ("the 43-year-old said", "said the
    46-year-old"; the parser may hang it on the verb): a person described by their age, the
    tagger's adjective standing for a noun; not an age on a noun ("the 43-year-old
    senator")."""
    doc = head.doc
    return (
        head.lower_ == "old"
        and head.tag_ == "JJ"
        and head.head.pos_ not in ("NOUN", "PROPN")
        and not (head.i + 1 < len(doc) and doc[head.i + 1].pos_ in ("NOUN", "PROPN"))
        and _AGE.fullmatch(noun_of(head)) is not None
    )


def one_person_described(head: Token, conjunct: Token) -> bool:
    """Two person nouns under one definite article describe one person, not two: "the former
    secretary of state and current Democratic presidential nominee said", "The Democratic
    presidential front-runner and former secretary of state told …". Each is singular, in
    lower case, and a noun the news describes one person by; the second has no article of
    its own, no name and no owner, and is no relative ("the mayor and the governor", "the
    senator and his aide", "the governor and aide to the mayor", "the president and first
    lady Michelle Obama", "the mayor and wife" are two), nor one office noun twice ("the
    president and vice president", "the director and deputy director": its holder and a
    deputy), nor a pair whose verb agrees with two ("the chairman and ranking member have
    said")."""
    noun = noun_of(conjunct)
    return (
        conjunct.dep_ == "conj"
        and conjunct.head.i == head.i
        and person_description(head)
        and noun != noun_of(head)
        and not _agrees_with_two(head)
        and conjunct.tag_ == "NN"
        and conjunct.text.islower()
        and noun in lexicon.PERSON_NOUNS
        and noun not in lexicon.ANONYMOUS_NOUNS | lexicon.KIN_NOUNS | _THINGS
        and not any(c.dep_ in ("det", "poss") or c.pos_ == "PROPN" for c in conjunct.children)
        and not any(
            c.dep_ == "prep" and c.lower_ in _SOMEONE_S
            for t in (head, conjunct)
            for c in t.children
        )
    )


def _agrees_with_two(subject: Token) -> bool:
    """A subject whose verb, or the verb's auxiliary, is in the plural: "… have said", "…
    were told", "… aren’t auditioning" (a present form not of the third person singular)."""
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = subject.head
    words = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(w.tag_ == "VBP" or w.lower_ == "were" for w in words)


# Prepositions that make a role someone's: "an aide to the mayor", "a lawyer for the campaign".
_SOMEONE_S = frozenset("for to".split())


# The nouns `lexicon.PERSON_NOUNS` leaves out as naming things, not people.
_THINGS = (
    lexicon.INSTITUTION_NOUNS
    | lexicon.ORGANIZATION_WORDS
    | lexicon.DOCUMENT_NOUNS
    | lexicon.EVIDENCE_NOUNS
)


def _nouns_beside_names(doc: Doc) -> frozenset[str]:
    """`nouns_beside_names` as a set, read once per article (kept on the Doc)."""
    found = doc.user_data.get(_BESIDE_NAMES)
    if found is None:
        found = doc.user_data[_BESIDE_NAMES] = frozenset(nouns_beside_names(doc))
    return found


_BESIDE_NAMES = "wwk_nouns_beside_names"


def nouns_beside_names(doc: Doc) -> list[str]:
    """The nouns a text writes, in lower case, right before a person's name ("GOP
    front-runner Ted Cruz") or in apposition to one ("Kellyanne Conway, the campaign
    manager"; "the lawyer, Mark Sheridan"), once per time: how `lexicon.PERSON_NOUNS` is
    counted on PolNeAR train (`evaluation/person_nouns.py`), and what one article tells of
    its own nouns."""
    found = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        root = ent.root
        before = doc[ent.start - 1] if ent.start > 0 else None
        if before is not None and before.tag_ == "NN" and before.is_lower and before.head == root:
            found.append(noun_of(before))  # "GOP front-runner Ted Cruz"
        for child in root.children:
            if child.dep_ == "appos" and child.tag_ == "NN" and child.is_lower:
                found.append(noun_of(child))  # "Conway, the campaign manager"
        head = root.head
        if root.dep_ == "appos" and head.tag_ == "NN" and head.is_lower and head.i < ent.start:
            found.append(noun_of(head))  # "the lawyer, Mark Sheridan"
    return found


_INDEFINITE = frozenset("a an".split())


def lede_person(ctx: Context, head: Token) -> Entity | None:
    """The person an article's first sentence describes without naming, as news ledes do,
    and names after it with the description's noun or a capitalised word of it: "A two-term
    Republican congressman from Idaho … said Friday he would run …" before "Raul Labrador, a
    46-year-old Mormon father of five, tea party congressman …"."""
    first = next((s for s in ctx.doc.sents if any(t.is_alpha for t in s)), None)
    if first is None or head.sent.start != first.start:
        return None
    if not person_description(head, _INDEFINITE):
        return None
    return _described_alike(ctx, head, lambda entity: entity.mentions[0].start > head.idx)


# An article's headline and subheading, printed before its body as lines of their own: at
# most two lines before the lede, each shorter than a sentence of news prose (the PolNeAR
# texts of the story gold open so: "Hacker who revealed private Clinton email address admits
# to other intrusions.", ten words; BASIL's texts open on the lede).
_HEADLINES = 2
_HEADLINE_WORDS = 25


def opening_person(ctx: Context, head: Token, one_of: bool = False) -> Entity | None:
    """The person an article's lede describes as its subject without naming them, whom the
    next sentence names as its own subject, as news ledes do: "The British capital's new
    mayor on Tuesday rejected …" before "Khan, a Muslim, was elected as mayor of London last
    week"; "One of the highest-profile Republicans in the House of Representatives … said he
    agrees …" before "Majority Whip Kevin McCarthy, who is the third-ranking Republican in
    the House, made his comments …" (`one_of`: one of a group who can speak). The lede is
    the first sentence of the body, opening its paragraph after no more than a headline and
    a subheading ("A lawmaker in the Philippines is calling for Donald Trump to be banned …"
    before "“There is no feasible basis …,” Joey Salceda said"), and the description does
    not say the person goes unnamed; the person is named nowhere before the description, nor
    inside it ("The spokesman for Senator John Smith said …" is not Smith), and nothing the
    article says of them contradicts it (an office, the sex of the pronoun after it)."""
    if not one_of and not person_description(head, frozenset({"the", "a", "an"})):
        return None
    if _unnamed(head):
        return None  # "A senator who spoke on the condition of anonymity said …"
    if head.dep_ not in ("nsubj", "nsubjpass") or head.head.dep_ != "ROOT":
        return None
    sentence = head.sent
    before = ctx.text[: sentence.start_char]
    lines = [line for line in before.split("\n") if line.strip()]
    if before.strip(" ") and not before.strip(" ").endswith("\n"):
        return None  # the lede opens its paragraph
    if len(lines) > _HEADLINES or any(len(line.split()) >= _HEADLINE_WORDS for line in lines):
        return None
    if sentence.end >= len(ctx.doc):
        return None
    after = ctx.doc[sentence.end].sent.root
    subject = next((c for c in after.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "PROPN":
        return None
    person = ctx.index.containing(subject.idx)
    if person is None or person.type != "person":
        return None
    start, end = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
    if any(m.start < head.idx or start <= m.start < end for m in person.mentions):
        return None
    if _of_the_other_sex(ctx, head, person):
        return None
    if not one_of and _other_office(noun_of(head), said_of(ctx, person)):
        return None
    return person


def introduced_person(ctx: Context, head: Token) -> Entity | None:
    """The person an indefinite description introduces and the article names after it, by
    the description's noun with a definite article in apposition to the name: "a spokeswoman
    for the State Department has described the request …" before "The spokeswoman, Marie
    Harf, was asked …"; "a Democratic lawmaker had called him a racist" before "Drew Gattine,
    the state Democratic lawmaker who …". Two people named so leave it unresolved; one
    described as unnamed ("who spoke on the condition of anonymity") is not introduced."""
    if not person_description(head, _INDEFINITE) or _unnamed(head):
        return None
    noun = noun_of(head)
    found: dict[str, Entity] = {}
    for token in ctx.doc[head.i + 1 :]:
        if token.tag_ != "NN" or not token.is_lower or noun_of(token) != noun:
            continue
        if article_of(token) != "the" or ctx.inside_quote(token):
            continue
        names = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if token.dep_ == "appos" and token.head.pos_ == "PROPN" and token.head.i < token.i:
            names.append(token.head)  # "Drew Gattine, the state Democratic lawmaker"
        for name in names:  # "The spokeswoman, Marie Harf"
            entity = ctx.index.at(name.idx, name.idx + len(name))
            if entity is None and name.ent_iob_ == "I":
                entity = ctx.index.containing(name.idx)
            if entity is not None and entity.type == "person":
                found[entity.id] = entity
    return next(iter(found.values())) if len(found) == 1 else None


# Words of a relative clause that say the person goes unnamed.
_UNNAMED = frozenset("anonymity anonymously".split())
# ... and a naming the clause denies: "not to be named", "declined to be identified".
_NAMING = frozenset("named identified".split())


def _unnamed(head: Token) -> bool:
    """ "one senator who spoke on the condition of anonymity", "an aide who asked not to be
    named", "who declined to be identified": a person the text will not name; not "the man,
    who was named in the indictment", "the woman, who was identified by police as a witness"
    (a code reviewer's near-misses: named, someone the text may have named before)."""
    return any(
        t.lower_ in _UNNAMED or (t.lower_ in _NAMING and _naming_denied(t))
        for child in head.children
        if child.dep_ in ("relcl", "acl")
        for t in child.subtree
    )


def _naming_denied(verb: Token) -> bool:
    """ "not to be named", "didn't want to be named", "declined to be identified"."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    above = verb.head if verb.dep_ == "xcomp" else None
    return above is not None and (
        any(c.dep_ == "neg" for c in above.children)
        or above.lemma_.lower() in lexicon.WITHHOLDING_VERBS
    )


def said_of(ctx: Context, entity: Entity) -> dict[str, Token]:
    """The content words an article describes a person by, beside their name: the words
    before it ("GOP presidential hopeful Donald Trump"), the noun it stands in apposition to
    ("the lawyer, Mark D. Sheridan") and its descriptors ("Mark Sheridan, a partner with
    Patton Boggs"). Read once per person and article (`Context.said_of`)."""
    found = ctx.said_of.get(entity)
    if found is None:
        found = ctx.said_of[entity] = _said_of(ctx, entity)
    return found


def _said_of(ctx: Context, entity: Entity) -> dict[str, Token]:
    found: dict[str, Token] = {}
    for mention in entity.mentions:
        span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        name = span.root
        while name.dep_ in ("compound", "flat") and name.head is not name:
            name = name.head
        inside = {t.i for t in span}
        for child in name.children:
            if child.i < span.start and child.dep_ in ("compound", "amod", "nmod"):
                found |= _words([t for t in child.subtree if t.i not in inside])
        holder = name.head
        if name.dep_ == "appos" and holder.dep_ == "pobj" and holder.head.head.pos_ == "NOUN":
            holder = holder.head.head  # "the mayor of Hoboken, Dawn Zimmer": hung on Hoboken
        if name.dep_ == "appos" and holder.pos_ == "NOUN" and holder.i < span.start:
            found |= _words([t for t in _description(holder) if t.i not in inside])
    for descriptor in entity.descriptors:
        tokens = ctx.doc.char_span(descriptor.start, descriptor.end, alignment_mode="expand")
        found |= _words(list(tokens or ()))
    return found


def described_person(ctx: Context, head: Token, named_before: bool = False) -> Entity | None:
    """The person a definite person description names: the one person the article describes,
    before or after it, with the description's own noun ("the lawyer for the campaign and
    the party said" … "the lawyer, Mark D. Sheridan, said") or a capitalised word of it ("The
    GOP front-runner … insists" after "GOP presidential hopeful Donald Trump"). Two people
    described alike leave it unresolved. `named_before`: only people named before it or in
    its sentence ("the presidential hopeful said" is not "Democratic presidential hopeful
    Hillary Clinton", named only paragraphs later)."""
    if not person_description(head):
        return None
    if named_before:
        ends = head.sent.end_char
        return _described_alike(ctx, head, lambda entity: entity.mentions[0].start < ends)
    return _described_alike(ctx, head, lambda entity: True)


# How many times the person an article is about is named, at the least, and how many times
# as often as anyone else.
MOST_NAMED = 3
MOST_NAMED_BY = 1.5


def about_person(ctx: Context, head: Token) -> Entity | None:
    """The person the article is about, whom a definite description of one person names when
    no one is described alike before it and no subject just before it agrees: "the
    presidential hopeful said" in an article that names Marco Rubio fourteen times; the
    lede's "The communications director for a Republican member of Congress had to
    apologize" before "Elizabeth Lauten wrote …". The person is the one the article names
    most, MOST_NAMED times at least and MOST_NAMED_BY times as often as anyone else, and
    nothing the article says of them contradicts the description. Past the lede, a title
    ("the senator") is left to the people the article gives it, and so is an office or
    occupation ("the journalist", "the nominee") the article gives someone, or that a noun
    before it says is a body's ("the campaign director"); one it gives no one is the
    person's it is about ("the candidate has made clear in interviews" in an article about
    Donald Trump that calls no one else a candidate), unless its sentence's pronoun after it
    is of the other sex. A description of someone else's ("a spokesman for X", "his
    lawyer", "the lawyer for the campaign") is never the person it belongs to: in the lede
    only one whose owner is itself introduced ("for a Republican member of Congress") may
    be."""
    if not person_description(head) or age(head):
        return None  # an age says nothing of whom the article is about
    if noun_of(head) in SEX_NOUNS and _someone_unnamed(ctx, head):
        return None  # "One woman adopted from Iran …" before "said the woman": that one
    lede = _first_sentence(ctx, head)
    owners = _owners(head)
    if owners and not (lede and all(_introduced(o) for o in owners)):
        return None
    noun = noun_of(head)
    if not lede and (noun in lexicon.TITLES or (noun in OFFICES and _given(ctx, head, noun))):
        return None
    person = _most_named(ctx)
    if person is None or (noun in OFFICES and _other_office(noun, said_of(ctx, person))):
        return None  # a hopeful or a mogul may hold any office; a director, no other
    if not lede and noun in OFFICES and _of_the_other_sex(ctx, head, person):
        return None  # "The 57-year-old scientist says she …" is not Donald Trump
    return person


def _given(ctx: Context, head: Token, noun: str) -> bool:
    """The office `noun` names is someone else's: a body's, by a noun before it ("the
    campaign director", "the press secretary"), or one the article gives a person,
    describing them so or introducing someone by it before `head` ("A second CIA officer at
    Benghazi that evening backed Bob's account. … the officer said")."""
    if any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in head.children):
        return True
    if any(article_of(t) in _INDEFINITE for t in head.doc[: head.i] if noun_of(t) == noun):
        return True
    return any(
        noun in said_of(ctx, entity) for entity in ctx.index.entities if entity.type == "person"
    )


def _first_sentence(ctx: Context, head: Token) -> bool:
    first = next((s for s in ctx.doc.sents if any(t.is_alpha for t in s)), None)
    return first is not None and head.sent.start == first.start


# Words after a description that name whose it is: "a spokesman for Google", "an aide to X".
_OWNING = frozenset("for to of with at".split())


def _owners(head: Token) -> list[Token]:
    """Whom a description says the person is someone of: "Kaine" in "Kaine's lawyer", "a
    Kaine spokesman", "an aide to Kaine"; "member" in "the communications director for a
    Republican member of Congress"."""
    found = []
    for child in head.children:
        if child.dep_ == "poss" or (child.dep_ == "compound" and child.ent_type_ == "PERSON"):
            found.append(child)
        elif child.dep_ == "prep" and child.lower_ in _OWNING:
            found += [c for c in child.children if c.dep_ == "pobj"]
    return found


def _introduced(owner: Token) -> bool:
    """An owner the text introduces with an indefinite article: "a Republican member"."""
    return article_of(owner) in _INDEFINITE


def _most_named(ctx: Context) -> Entity | None:
    """The person the article names most, counting each time their surname stands in the
    text (the tagger misses many a bare "Lauten") but not in another person's name ("Obama"
    in "Sasha Obama" is not Barack Obama): None where no one stands out."""
    counts = []
    for entity in ctx.index.entities:
        words = name_tokens(entity.name)
        if entity.type != "person" or not words:
            continue
        times = 0
        for found in re.finditer(rf"\b{re.escape(surname(words))}\b", ctx.text):
            named = ctx.index.containing(found.start())
            times += named is None or named.id == entity.id or named.type != "person"
        counts.append((times, entity))
    counts.sort(key=lambda pair: pair[0], reverse=True)
    if not counts or counts[0][0] < MOST_NAMED:
        return None
    if len(counts) > 1 and counts[0][0] < MOST_NAMED_BY * counts[1][0]:
        return None
    return counts[0][1]


def _described_alike(ctx: Context, head: Token, accept: Callable[[Entity], bool]) -> Entity | None:
    """Of the people `accept` takes, the one the article describes with the noun of the
    description `head` heads or a capitalised word of it, the most words shared; None on a
    tie."""
    words = _words(_description(head))
    noun = noun_of(head)
    scores: dict[str, tuple[int, Entity]] = {}
    for entity in ctx.index.entities:
        if entity.type != "person" or not accept(entity):
            continue
        said = said_of(ctx, entity)
        shared = words.keys() & said.keys()
        strong = noun in shared or any(words[w].text[:1].isupper() for w in shared)
        if strong and (noun in shared or not _other_office(noun, said)):
            scores[entity.id] = ((noun in shared) + len(shared), entity)
    if not scores:
        return None
    best = max(score for score, _ in scores.values())
    top = [entity for score, entity in scores.values() if score == best]
    return top[0] if len(top) == 1 else None


def subject_described(
    ctx: Context, head: Token, spoken: list[tuple[int, int, str]]
) -> Entity | None:
    """The person a definite person description no one in the article shares words with
    names: the person named last before it as the subject of a sentence, or who spoke last
    (`spoken`: where each earlier speaker's mention starts and ends, and their entity), when
    that sentence has no other person as its subject and nothing the article says of them
    contradicts it: an office or occupation other than the description's, beside their name
    or in a description they spoke under ("(The real estate mogul estimates the price tag at
    …)" after "The GOP front-runner … insists …"; not "the Mexican-born journalist told …"
    after "Ramos later returned and Trump took several of his questions"; not "the billionaire
    estate mogul claimed" after "the South Carolina senator called on …"). A title ("the
    judge", "the senator") is left to the people the article gives it; one it gives no one
    else is that subject's where the article names no one else after them ("Ruth Bader
    Ginsburg regrets her insults of Donald Trump. The Supreme Court justice … said"), as is
    a former one, which tells who the person was ("Hillary Clinton went on offense …. The
    former secretary of State began her speech …"). The subject of a clause inside that
    subject's is no other subject (`_beneath`: "Donald Trump is on solid ground attacking
    Bill Clinton, Carly Fiorina said Monday. But, the former CEO of Hewlett-Packard added
    …"). A noun that says only their sex contradicts no office, only the other sex ("said the
    man who built his political career on his blue collar credentials" after "said Biden"),
    and names the one the text introduced by it, unnamed (`_introduced_unnamed`)."""
    if not person_description(head):
        return None
    title = noun_of(head) in lexicon.TITLES
    last_subject = _last_subject(ctx, head, spoken)
    if last_subject is None:
        return None
    entity, sent, _ = last_subject
    if title and not _title_may_stand_for(ctx, head, sent, entity, spoken):
        return None
    said = _said_or_spoken(ctx, head, entity, spoken)
    sex = SEX_NOUNS.get(noun_of(head))
    if sex is not None:
        # "the man": any office, never the other sex, nor the one the text introduced so
        if _someone_unnamed(ctx, head) or ctx.index.other_sex(entity.id, sex):
            return None
        return entity
    if not age(head) and _other_office(noun_of(head), said):
        return None  # "the journalist" is not whom the article calls a candidate
    return entity


def _last_subject(
    ctx: Context, head: Token, spoken: list[tuple[int, int, str]]
) -> tuple[Entity, Span, int] | None:
    """The person named last before `head` as the subject of a sentence, or who spoke last,
    with its sentence and where they are named, where that sentence has no other person as
    its subject (`subject_described`)."""
    people = {e.id: e for e in ctx.index.entities if e.type == "person"}
    found = [(s, e) for s, _, e in spoken if e in people and head.idx - WINDOW < s < head.idx]
    for token in ctx.doc[max(0, head.i - WINDOW // 3) : head.i]:
        if token.idx <= head.idx - WINDOW or token.pos_ != "PROPN" or ctx.inside_quote(token):
            continue
        # the mention that holds the word first ("Ginsburg" in "Ruth Bader Ginsburg", beside
        # a headline's "Ginsburg"), else the person the word names
        named = ctx.index.containing(token.idx) or ctx.index.person((token.text,))
        if named is not None and named.type == "person" and _subject(ctx, token.idx):
            found.append((token.idx, named.id))  # "Ramos later returned", the tagger's or not
    if not found:
        return None
    last, entity_id = max(found)
    sentence = ctx.doc.char_span(last, last + 1, alignment_mode="expand")
    if sentence is None:
        return None
    sent = sentence.sent
    if any(
        sent.start_char <= s < sent.end_char and e != entity_id and not _beneath(ctx, s, last)
        for s, e in found
    ):
        return None  # "Ramos later returned and Trump took …": either
    return people[entity_id], sent, last


def _said_or_spoken(
    ctx: Context, head: Token, entity: Entity, spoken: list[tuple[int, int, str]]
) -> dict[str, Token]:
    """What the article describes the person by (`said_of`), with the descriptions they spoke
    under before `head`."""
    said = dict(said_of(ctx, entity))
    for start, end, speaker in spoken:
        if speaker == entity.id and start < head.idx:
            said |= _words(ctx.doc.char_span(start, end, alignment_mode="expand") or ())
    return said


def subject_going_on(
    ctx: Context, head: Token, spoken: list[tuple[int, int, str]], holder: Entity
) -> Entity | None:
    """The subject the text goes on with, where a definite role description ("the senator",
    "the candidate") comes right after a sentence about a person it does not give the role,
    and the person it does give the role (`holder`, as `speakers.role` finds them) was named
    only before that sentence: "Rubio sought to stoke positive energy as he stopped by his
    campaign headquarters …. Walking into the office …, the senator said …" (Rubio, not
    "Sen. Bernie Sanders" named paragraphs up); "Mr. Trump has no meaningful opposition in
    the California primary on June 7. / ''I have great respect for Silicon Valley …,'' the
    candidate said" (Trump, not "Meg Whitman, a former candidate for governor"). The subject
    is of a sentence before the description's, or of its own before a quote the description
    tags ("Cruz defends his outsider bona fides in a commercial …: "…," the senator says");
    else the subject may be what the description says ("Mr. Trump is so reckless, the vice
    president said, that …"). No other person is named between that sentence and the
    description outside quotes, nor described by its noun ("Seth Hutchinson later moved to
    Texas, which the governor mentions to audiences. / … the governor said": the governor
    the text has in play), the description's own sentence does not name the subject again
    ("Mr. Sellman responded that …. The chief justice also asked Mr. Sellman …": someone
    else), and nothing the article says of the subject contradicts it (another office, the
    other sex). Inside a quote the text does not go on: "“The president
    has admitted …,” Jeb Bush … told CNN"."""
    if not person_description(head) or age(head) or ctx.inside_quote(head):
        return None  # inside a quote, the speaker's words, not the text, go on
    spoken = [(start, end, e) for start, end, e in spoken if end <= head.idx]  # not itself
    last_subject = _last_subject(ctx, head, spoken)
    if last_subject is None:
        return None
    entity, sent, at = last_subject
    if sent.end_char > head.sent.start_char and not any(
        q.start > at and q.end <= head.idx for q in ctx.quotes_touching(at, head.idx)
    ):
        return None  # "Mr. Trump is so reckless, the vice president said, …": what is said
    if entity.id == holder.id or any(
        sent.start_char <= m.start < head.idx for m in holder.mentions
    ):
        return None
    noun = noun_of(head)
    if any(
        t.tag_ == "NN" and noun_of(t) == noun and not ctx.inside_quote(t)
        for t in ctx.doc[sent.start : head.i]
    ):
        return None  # "Seth Hutchinson later moved to Texas, which the governor mentions …"
    if any(
        head.sent.start_char <= m.start < head.sent.end_char
        and not sent.start_char <= m.start <= at
        and not ctx.quote_at(m.start)
        for m in entity.mentions
    ):
        return None  # "Mr. Sellman responded …. The chief justice also asked Mr. Sellman …"
    if _another_named(ctx, entity, sent.start_char, head.idx):
        return None
    if _other_office(noun, _said_or_spoken(ctx, head, entity, spoken)):
        return None
    if _of_the_other_sex(ctx, head, entity):
        return None
    return entity


def _introduced_unnamed(head: Token) -> bool:
    """The text introduced someone by the description's noun with "a", "an" or "one" before
    it, as a subject or object no name stands beside ("One man in Manchester … interrupted
    the candidate" before "the man shouted"; Breitbart 2016-02-08, PolNeAR train): the
    description names that one, whom the text does not name. "Walker, a candidate" and "he
    is a candidate" introduce no one else."""
    noun = noun_of(head)
    return any(
        noun_of(t) == noun
        and (
            article_of(t) in _INDEFINITE
            or any(c.dep_ == "nummod" and c.lower_ == "one" for c in t.children)
        )
        and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
        and not any(c.dep_ == "appos" for c in t.children)
        for t in head.doc[max(0, head.i - WINDOW // 3) : head.i]
        if t.tag_ == "NN"
    )


def _someone_unnamed(ctx: Context, head: Token) -> bool:
    """ "the man" or "the woman" is someone the text does not name: one it introduced so
    (`_introduced_unnamed`, `_unnamed_just_before`), or one its relative clause says goes
    unnamed ("said the woman, who asked not to be named"), never the person of that sex
    named or speaking last."""
    return _introduced_unnamed(head) or _unnamed(head) or _unnamed_just_before(ctx, head)


# Determiners that introduce someone the text does not name: "a cashier", "another Muslim".
_INTRODUCING = _INDEFINITE | {"another"}


def _unnamed_just_before(ctx: Context, head: Token) -> bool:
    """ "the man" or "the woman" takes up someone the sentence before introduced, unnamed, as
    its subject, where that sentence gives them the noun's sex by the first "he" or "she" it
    has as a subject after them: "At a drugstore near the mosque, a middle-aged cashier was
    shaken by the harsh talk about Muslims she has heard …. "…," said the woman"; "Another
    Muslim who worshiped at the Islamic Center here … said he heard …. "…," the man said"
    (The Washington Post 2016, PolNeAR train: not Donna Lages nor Adel Nefzi, named and
    quoted before). A person the tagger names as a subject of that sentence, or a pronoun of
    the other sex first, leaves the description to the people named."""
    sex = SEX_NOUNS.get(noun_of(head))
    opening = head.sent.start
    if sex is None or opening == 0:
        return False
    before = head.doc[opening - 1].sent
    if not _opens_paragraph(ctx, before):
        # only a sentence that opens its paragraph introduces whom the paragraph is about:
        # "Maria Lopez, 34, was arrested …. A judge ruled that she must stay in jail. “…,”
        # the woman said" is Maria Lopez (a code reviewer's near-miss)
        return False
    subjects = [t for t in before if t.dep_ in ("nsubj", "nsubjpass") and not ctx.inside_quote(t)]
    if any(t.ent_type_ == "PERSON" for t in subjects):
        return False
    introduced = next(
        (
            t
            for t in subjects
            if t.tag_ in ("NN", "NNP")
            and t.ent_type_ in ("", "NORP")
            and (
                any(c.dep_ == "det" and c.lower_ in _INTRODUCING for c in t.children)
                or any(c.dep_ == "nummod" and c.lower_ == "one" for c in t.children)
            )
            and not any(c.dep_ == "appos" for c in t.children)
        ),
        None,
    )
    if introduced is None:
        return False
    pronoun = next(
        (t for t in subjects if t.i > introduced.i and t.lower_ in lexicon.PRONOUN_SEX),
        None,
    )
    return pronoun is not None and lexicon.PRONOUN_SEX[pronoun.lower_] == sex


def _opens_paragraph(ctx: Context, sent: Span) -> bool:
    before = ctx.doc.text[: sent.start_char].rstrip(" \t")
    return not before or before.endswith("\n")


def _title_may_stand_for(
    ctx: Context, head: Token, sent: Span, entity: Entity, spoken: list[tuple[int, int, str]]
) -> bool:
    """A title description may stand for `entity`, the subject of `sent`: the title is a
    named body's ("the Supreme Court justice"; "the campaign director" may be anyone's), a
    former one ("the former secretary of state": who someone was, not a post many hold now) or
    one `entity` spoke under before ("the justice" after "The Supreme Court justice … said"),
    the article names no other person between that sentence and the description, outside
    quotes, gives the title to no other person, and the first pronoun the description's
    sentence uses after it is not of the other sex ("Donald Tromp called on her to resign.
    The Supreme Court justice said she regretted …" is not Tromp)."""
    noun = noun_of(head)
    named_body = any(c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" for c in head.children)
    spoke_so = any(
        e == entity.id and noun in ctx.text[s:end].lower().split() for s, end, e in spoken
    )
    if not (named_body or spoke_so or _held_once(head)):
        return False
    if _of_the_other_sex(ctx, head, entity):
        return False
    if _another_named(ctx, entity, sent.end_char, head.idx):
        return False  # "… Ginsburg said. … Trump tweeted. The justice …": either
    roles = {noun, *lexicon.SAME_ROLES.get(noun, ())}
    return not any(
        other.type == "person" and other.id != entity.id and roles & set(said_of(ctx, other))
        for other in ctx.index.entities
    )


def _another_named(ctx: Context, entity: Entity, start: int, end: int) -> bool:
    """A person other than `entity` is named between `start` and `end`, outside quotes."""
    return any(
        other.type == "person"
        and other.id != entity.id
        and any(start <= m.start < end and not ctx.quote_at(m.start) for m in other.mentions)
        for other in ctx.index.entities
    )


def _of_the_other_sex(ctx: Context, head: Token, entity: Entity) -> bool:
    """The first pronoun the description's sentence uses after it, outside quotes, is of the
    other sex than `entity` ("The 57-year-old scientist says she …" is not Donald Trump)."""
    pronoun = next(
        (
            t
            for t in head.doc[head.i + 1 : head.sent.end]
            if t.lower_ in lexicon.PRONOUN_SEX and not ctx.inside_quote(t)
        ),
        None,
    )
    return pronoun is not None and ctx.index.other_sex(
        entity.id, lexicon.PRONOUN_SEX[pronoun.lower_]
    )


# Title words that are no office: "former", "Mr.", "deputy".
_NOT_OFFICES = frozenset(
    """the former late retd ret retired foreign defence defense prime majority minority mr
    mrs ms miss mx sir dame lord lady""".split()
)
OFFICES = (lexicon.ROLE_NOUNS | lexicon.TITLES) - _NOT_OFFICES - lexicon.DEPUTIES


def _other_office(noun: str, said: dict[str, Token]) -> bool:
    """The article gives the person an office or occupation and not the one `noun` names:
    "the journalist" is not "the former Mexican president", nor "the Senate historian" a
    former senator. A person noun that is no office ("tycoon", "mogul") is judged against the
    offices they hold now: "the billionaire estate mogul" is not "the South Carolina
    senator", but "The financial industry tycoon ridiculed …" may be "the former New York
    mayor and founder of the Bloomberg financial news and information empire"
    (`_held_once`)."""
    offices = {
        word for word, token in said.items() if noun in OFFICES or not _held_once(token)
    } & OFFICES
    return bool(offices) and not offices & {noun, *lexicon.SAME_ROLES.get(noun, ())}


# Nouns that say a person's sex and nothing of an office or occupation: "the man who built his
# political career on his blue collar credentials" may be Vice President Joe Biden, never a
# woman (`subject_described`); `unnamed.one_of_sex` reads them too.
SEX_NOUNS = {
    **dict.fromkeys("man guy gentleman".split(), "male"),
    **dict.fromkeys("woman lady".split(), "female"),
}


# Words that put an office in the past: "former", "ex-", "onetime".
_ONCE = frozenset("former ex onetime one-time erstwhile retired".split())


def _held_once(office: Token) -> bool:
    """An office word the text says its holder may have held only once: "former" before it,
    "ex-" on it, or "former" before the office it is joined to ("the former New York mayor
    and founder of …": "former" may reach both, and a word that may be past contradicts
    nothing)."""
    if office.lower_.startswith("ex-"):
        return True
    while True:
        if any(c.dep_ == "amod" and c.lower_ in _ONCE for c in office.children):
            return True
        if office.dep_ != "conj" or office.head is office:
            return False
        office = office.head
