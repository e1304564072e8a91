"""What a figure measures, as a key the store can index and the merge can compare.

A figure's `quantity` says which real-world quantity it gives a value of:
- `dimension`: what kind of amount: `count`, `currency:USD`, a physical dimension from pint
  (`[length]`, `[mass]`, `[time]`, `[length] / [time]` …), or the unit's own name where there is
  no physical dimension (`%`, `percentage point`, `year of age`, `tally`);
- `base`: value, low and high in one unit per dimension (pint's base units: "40 miles" and
  "64 km" become metres, so they can meet); currencies stay in their own unit;
- `noun`: the counted noun's lemma ("troop"), or the noun a tally or a money figure is of;
- `words`: the content lemmas that say what is counted or measured: the counted noun's
  modifiers, what the amount is for or of ("for a border barrier"), the noun it attaches to
  ("protections for 700,000"), its verb;
- `places`: the places and nationalities the figure's own phrase ties it to ("troops in Syria",
  "North Korean troops");
- `years`: the years its clause names ("between 2005 and 2008");
- `kind`: the nouns compounded with the counted noun ("state senators": `state`);
- `described`: the words on the counted noun that say which of its things are counted ("its
  preferred 14 delegates": `preferred`; "214 delegates at stake": `stake`);
- `verb`: the verb the amount goes with ("deploy", "pay"), not a light verb or an estimate;
- `owner`: whose it is: the possessor or the verb's subject ("the Clintons' tax rate": clintons);
  for a count, the named one it is for or given to ("42 votes for Trump": trump); an age's
  person ("Ms. Pelosi, 76,": pelosi);
- `beneficiary`: the owner is the one the count is for or given to (the function
  `beneficiary`, for the nouns `given_by` names): the count is their share of what several
  are given, the votes cast for each candidate;
- `ties`: the values of the counts the figure is given for ("a three-year extension to 300,000
  people": 300,000);
- `names`: the words of the named business or venue the amount was spent at or came from
  ("over $10,000 at Best Buy": best, buy);
- `digits`: a share told by its size in digits ("by double digits", "a double-digit lead");
- `margin`: the count is a difference between two sides ("a 214-delegate advantage", "leads
  by 214 delegates"), not a count of its noun's things (`margin`).

`merge.figures.same_quantity` compares two of these (and `disputable`, more strictly, two whose
values disagree); the store indexes `noun`, `words` and a rounded value so each new figure is
compared only with the clusters that could hold it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from spacy.tokens import Span, Token

from .. import lexicon
from ..merge.figures import DOCUMENT_NOUNS
from ..names import SUFFIXES, sex_of_given_name
from ..nlp import entity_tokens

# Our unit names as pint units. Units with no physical dimension (percentages, ages, points)
# are their own dimension; "decade" is pint's "decayear", ten years (pint's decade is
# logarithmic; a factor such as "10 * year" is no unit pint's Quantity takes, which left
# "nearly two decades" a dimension of its own that "18 years" could never meet).
_PINT = {
    "km/h": "km/hour",
    "mph": "mile/hour",
    "m/s": "m/s",
    "barrels per day": "barrel/day",
    "km²": "km**2",
    "sq mi": "mile**2",
    "sq ft": "foot**2",
    "m²": "m**2",
    "μm": "micrometer",
    "decade": "decayear",
    "century": "century",
    "°C": "degC",
    "°F": "degF",
}
_OWN_DIMENSION = frozenset(
    "% percentage point|basis point|ppm|ppb|point|fold|fraction|year of age|month of age|"
    "lb-ft|°|rpm|mAh".split("|")
)
_SUBUNITS = {"pence": ("GBP", 0.01), "cent": ("USD", 0.01), "sen": ("MYR", 0.01)}
# Words that say nothing about what is counted: light verbs, function words, and "percent",
# which every percentage has (so two polls' percentages do not share it). The scale of a vague
# amount stays: "billions of dollars" and "billions of dollars" share "billion".
_STOP = frozenset(
    """be have do get make the a an of and or in on to say tell show find give take report
    estimate put add reach total include cost more less other new about some such this that
    these those which who what it its their his her they he she we our year time number
    percent""".split()
)
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC"})


@lru_cache(maxsize=1)
def _units() -> Any:
    import pint

    return pint.UnitRegistry()


@lru_cache(maxsize=512)
def _conversion(unit: str) -> tuple[str, float, float] | None:
    """(dimension, scale, offset) taking a value in `unit` to pint's base unit, or None."""
    if unit in _OWN_DIMENSION:
        return None
    registry = _units()
    try:
        zero = registry.Quantity(0, _PINT.get(unit, unit)).to_base_units()
        one = registry.Quantity(1, _PINT.get(unit, unit)).to_base_units()
    except Exception:  # pint raises several kinds for a name it does not know
        return None
    dimension = str(one.dimensionality) if one.dimensionality else unit
    return dimension, float(one.magnitude - zero.magnitude), float(zero.magnitude)


def dimension_and_base(
    unit: str | None, currency: str | None, values: tuple[float | None, ...]
) -> tuple[str, list[float | None]]:
    """The figure's dimension, and its values in that dimension's one unit."""
    if unit in _SUBUNITS and currency:
        code, factor = _SUBUNITS[unit]
        return f"currency:{currency or code}", [_times(v, factor) for v in values]
    if currency:
        return f"currency:{currency}", list(values)
    if not unit:
        return "count", list(values)
    converted = _conversion(unit)
    if converted is None:
        return unit, list(values)
    dimension, scale, offset = converted
    return dimension, [None if v is None else v * scale + offset for v in values]


def _times(value: float | None, factor: float) -> float | None:
    return None if value is None else value * factor


def territory_currency(symbol: str | None, currency: str | None, locale: str | None) -> str | None:
    """A bare "$" (or "¥", "£") in a document whose locale names a territory is that
    territory's currency when the locale writes it with that symbol: "$" in an en-CA story is
    CAD (babel's territory currencies and locale symbols)."""
    if not symbol or not locale or "_" not in locale.replace("-", "_"):
        return currency
    language, territory = locale.replace("-", "_").split("_", 1)
    from babel import Locale, UnknownLocaleError
    from babel.numbers import get_currency_symbol, get_territory_currencies

    try:
        code = get_territory_currencies(territory.upper())
        name = str(Locale(language.lower(), territory.upper()))
    except (UnknownLocaleError, ValueError):
        return currency
    if code and get_currency_symbol(code[0], name).replace("￥", "¥") == symbol:
        return code[0]
    return currency


def _name_key(token: Token) -> str:
    """How an owner's name is kept on a figure: "Moore." -> moore."""
    return token.text.lower().strip(".’'")


def lemma(token: Token) -> str:
    word = token.lemma_.lower() if token.pos_ != "PROPN" else token.text.lower()
    if token.pos_ == "NOUN":
        word = noun_lemma(token.text.lower(), word)
    return word.strip(".’'")


@lru_cache(maxsize=4096)
def noun_lemma(text: str, parsed: str) -> str:
    """A noun's lemma: the parse's, unless lemminflect's lexicon knows the word as the plural
    of a commoner noun than the one the parse chose. spaCy lemmatises "taxes" as "taxis", so
    "$43,885,310 in federal taxes" was of taxis and shared no word with "the effective tax
    rate"; lemminflect lists a form's lemmas commonest first ("taxes": tax, taxis). A plural
    lemminflect lists first as its own lemma stays the parse's singular ("billions": billion,
    the scale "billions of dollars" keeps)."""
    from lemminflect import getAllLemmas  # 0.2 s to load: only when a noun asks

    readings = getAllLemmas(text, "NOUN").get("NOUN") or ()
    if parsed in readings[1:] and readings[0] != text:
        return str(readings[0])
    return parsed


def content_word(token: Token) -> str | None:
    """A token's lemma when it says what is counted or done ("deploy", "senator"), not a light
    verb, a function word, a number or a date ("Sunday", "last year": when, which `years`
    and the verb's tense say, not what)."""
    if token.like_num or token.pos_ not in ("NOUN", "PROPN", "ADJ", "VERB"):
        return None
    if token.ent_type_ in ("DATE", "TIME"):
        return None
    word = lemma(token)
    return word if word and word not in _STOP and re.search(r"[a-z]", word) else None


def kind(noun: Token) -> set[str]:
    """The nouns compounded with a counted noun, which make it a kind of its own: "state" in
    "three Republican state senators" (not "the state's two senators"), "judge" in "75
    immigration judge teams". Places and nationalities are `places`, not kinds."""
    found: set[str] = set()
    for child in noun.children:
        if child.dep_ != "compound" or child.ent_type_ in _PLACE_LABELS:
            continue
        for token in child.subtree:
            word = content_word(token) if token.pos_ in ("NOUN", "PROPN") else None
            if word and token.ent_type_ not in _PLACE_LABELS:
                found.add(word)
    return found


# Nouns that make a count compounded into them, or after their "of", a difference between two
# sides ("a 214-delegate advantage", "a lead of more than 300 pledged delegates"), and words
# whose "by" does ("trail Clinton by more than 300 delegates", "ahead by 10 votes", "lost
# Michigan by 10,704 votes"): a margin, not a count of the noun. Not "majority": "a 51-seat
# majority" counts the seats held; nor "gap" or "deficit", a shortfall as often as a lead ("a
# gap of 2,000 teachers" is the teachers missing: the code review of round 65).
_MARGIN_NOUNS = frozenset("lead advantage margin edge cushion".split())
_MARGIN_VERBS = frozenset(
    "lead trail win lose beat defeat carry pass edge outpace ahead behind".split()
)


def _active_by(by: Token) -> bool:
    """Whether a "by" the parse took for a passive's doer hangs on an active verb with a
    subject of its own ("Clinton led by about 1,500 votes out of nearly 620,000 cast")."""
    verb = by.head
    return (
        by.dep_ == "agent"
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ == "auxpass" for c in verb.children)
    )


def margin(noun: Token) -> bool:
    """Whether a counted noun counts the difference between two sides, not its own things:
    compounded into a noun of a lead ("Clinton already held a 214-delegate advantage"), the
    object of its "of" ("a lead of more than 300 pledged delegates"), or the object of "by" on
    a word of one ("Sanders continues to trail Clinton by more than 300 delegates"). A margin
    of N things and a count of N of them are two quantities (`merge.figures.conflict`): "With
    214 delegates at stake" in Florida is not Clinton's 214-delegate advantage."""
    head = noun.head
    if noun.dep_ in ("compound", "amod", "nmod") and head.i != noun.i:
        return head.lemma_.lower() in _MARGIN_NOUNS
    if noun.dep_ != "pobj" or not (head.dep_ == "prep" or _active_by(head)):
        return False  # not a doer: "The team is led by two …"
    if head.lower_ == "of":
        return head.head.lemma_.lower() in _MARGIN_NOUNS
    return head.lower_ == "by" and head.head.lemma_.lower() in (_MARGIN_VERBS | _MARGIN_NOUNS)


# What on a counted noun says which of the things it counts ("its preferred 14 delegates", "the
# 25 delegates selected Sunday", "214 delegates at stake"): not its determiner, number, owner
# or the compounds `kind` reads.
_WHICH = frozenset({"amod", "nmod", "acl", "relcl", "prep"})


def described(noun: Token, skip: set[int]) -> set[str]:
    """The words on a counted noun that say which of the things it counts: its adjectives and
    participles ("its preferred 14 delegates", "the 1,237 outstanding delegates"), the clause
    or phrase that restricts it ("the 25 delegates selected Sunday", "214 delegates at
    stake", "14 delegates in Wyoming"). One article's two counts of one value and noun, each
    described and in no word alike, are two counts (`merge.figures.described_apart`). Not the
    noun a count is compounded into ("a three-way fight", "a fierce three-way battle"; "a
    60-vote threshold"): writers vary that noun for one count, which read on the story gold
    split one quantity in two stories (the Iowa caucus race, the Gorsuch cloture vote)."""
    found: set[str] = set()
    for child in noun.children:
        if child.i in skip or child.dep_ not in _WHICH:
            continue
        if child.dep_ == "prep":
            found |= {content_word(o) for o in child.children if o.dep_ == "pobj"} - {None}
        else:
            found |= {content_word(child)} - {None}
    return found


_PRONOUNS = frozenset("i me my we us our he him his she her they them their it its".split())


_HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
_SEX_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


def owner_and_sex(
    anchor: Token | None,
    verb: Token | None,
    quantity: Token | None,
    source: str | None,
    given: frozenset[str] = frozenset(),
) -> tuple[str | None, str | None, bool]:
    """Whose the amount is: the possessor of what is measured ("the Clintons' tax rate", "his
    average tax rate"), for a count the named one it is for or given to (`beneficiary`: "42
    votes for Trump", as "Trump's 42 votes"), or the subject of its verb ("Bush paid an
    effective tax rate of 36 percent", "Pyongyang may deploy 100,000 troops") or of the "be"
    it stands at ("Kasich was at 25 percent support": `standing_at`), as the last word of its
    name; a pronoun is the figure's source when it has one ("Bush said his tax rate was 36
    percent"). Places are `places`, not owners. `given`: the prepositions by which a count is
    given to its one (`given_by`); returned with the owner's sex, whether the owner is the one
    it is for."""
    nouns = [t for t in (quantity, anchor) if t is not None]
    if anchor is not None and anchor.dep_ == "pobj" and anchor.head.head.pos_ == "NOUN":
        nouns.append(anchor.head.head)  # "a tax rate of 36 percent"
    found = [c for n in nouns for c in n.children if c.dep_ == "poss"]
    held_for = beneficiary(anchor, verb, quantity, given) if given and not found else None
    if held_for is not None:  # "42 votes for Trump": Trump's, whoever casts them
        return _name_key(held_for), _honorific(held_for), True
    if not found and verb is not None:
        found = [
            c
            for c in verb.children
            if c.dep_ in ("nsubj", "nsubjpass")  # "she was paid $9.68 million"
            and all(c.i != n.i for n in nouns)
            and c.pos_ in ("PROPN", "NOUN", "PRON")
        ]
    standing = standing_at(anchor) if not found and verb is None else []
    found = found or standing  # "Kasich was at 25 percent support"
    if not found or (found[0].ent_type_ in _PLACE_LABELS and not standing):
        return None, None, False
    who = found[0]
    sex = _SEX_PRONOUNS.get(who.lower_)
    if who.lower_ in _PRONOUNS:
        if source:
            return _source_owner(source), sex, False
        who = _antecedent(who, sex) if sex else None  # no speaker: the person it stands for
        if who is None:
            return None, None, False
    if who.pos_ == "PRON":
        return None, None, False
    name = _name_key(who)
    name = name[:-1] if who.tag_ == "NNPS" and name.endswith("s") else name  # the Clintons'
    return name, _honorific(who) or sex, False


# What is cast or won for one of several, a count of which is its one's share ("42 votes for
# Trump", "awarded 14 delegates to Cruz"); "sent 400 drones to Hezbollah" is the sender's.
GIVEN_FOR = frozenset("vote ballot delegate superdelegate elector".split())
# The prepositions that give a count to the one it is for: "42 votes for Trump", "awarded 14
# delegates to Cruz".
_FOR_WHOM = frozenset({"for", "to"})
# The entities a count may be for: a person or an organisation (a party, a campaign); a place
# or a nationality is `places` ("sent 11,000 troops to Russia").
_WHOM = frozenset({"PERSON", "ORG"})


def given_by(noun: str | None) -> frozenset[str]:
    """The prepositions by which a count of `noun` is given to the one it is for: "for" or
    "to" a count of what is cast or won for one of several (`GIVEN_FOR`: "42 votes for Trump",
    "awarded 14 delegates to Cruz"); "for" alone a count of no noun named ("18 for Cruz",
    "1128 were for Cruz"), never "to" ("supplied 400 drones to Hezbollah and 200 to Hamas",
    "donated 5,000 to the Red Cross": the sender's); none any other count."""
    if noun in GIVEN_FOR:
        return _FOR_WHOM
    return frozenset({"for"}) if noun is None else frozenset()


def beneficiary(
    anchor: Token | None,
    verb: Token | None,
    quantity: Token | None,
    given: frozenset[str],
) -> Token | None:
    """The named person or organisation a count is for or given to, as the last word of its
    name: a "for" or "to" on the count's own phrase ("42 votes for Trump", "18 for Cruz", "the
    number of delegates for Cruz"), on the verb after the count it is the object or passive
    subject of ("cast 42 votes for Trump", "awarded 14 delegates to Cruz", "42 votes were cast
    for Trump") or on the "be" it is the subject of ("1128 were for Cruz"), by one of the
    `given` prepositions (`given_by` says which a count's noun takes: only a count of what is
    cast or won for one of several is its share). Not a place or a nationality ("sent 11,000
    troops to Russia": `places`), nor two names at once ("votes for Trump and Cruz")."""
    if anchor is None:
        return None
    holders = [(t, -1) for t in (anchor, quantity) if t is not None]
    head = anchor.head
    if head.i != anchor.i:
        if anchor.dep_ in ("dobj", "nsubjpass") and verb is not None and head.i == verb.i:
            holders.append((head, anchor.i))  # "cast 42 votes for Trump"
        elif anchor.dep_ == "nsubj" and head.lemma_.lower() == "be":
            holders.append((head, anchor.i))  # "1128 were for Cruz"
    covering = entity_tokens(anchor.doc).covering
    for holder, after in holders:
        for prep in holder.children:
            if prep.dep_ not in ("prep", "dative") or prep.lower_ not in given:
                continue
            if prep.i < after:
                continue
            for whom in prep.children:
                entity = covering.get(whom.i)
                if (
                    whom.dep_ == "pobj"
                    and whom.pos_ == "PROPN"
                    and entity is not None
                    and entity.label_ in _WHOM
                    and whom.i == entity.end - 1
                    and not any(c.dep_ == "conj" for c in whom.children)
                    and not _possessive(whom)
                ):
                    return whom
    return None


def _possessive(name: Token) -> bool:
    """A name written as a possessive ("Sanders’", "Rubio’s"): in "1,163 delegates to Sanders’
    844" or "81 delegates to Rubio’s 17" the count is set against the other's, not given to
    them."""
    after = name.doc[name.i + 1] if name.i + 1 < len(name.doc) else None
    return any(c.dep_ == "case" for c in name.children) or (
        after is not None and after.text in ("'", "’", "'s", "’s")
    )


def standing_at(anchor: Token | None) -> list[Token]:
    """The name, "he" or "she" a figure says stands at it ("Kasich was at 25 percent support in the
    most recent Fox poll", "Clinton is at 45 percent"): the subject of the "be" whose "at"
    holds the figure is whose share or count it is, as the subject of "had" is ("Cruz had 38
    percent support"). A "be" is no verb the figure is given with, nor is a verb above it
    ("Trump leads the field with 36 percent support, and Cruz is at 20 percent": not "leads"),
    so the figure has no verb and its owner is this subject. Not a common noun ("The
    unemployment rate was at 7.8 percent": what is measured, not whose), a place, or the
    subject of a "be" with more than an adverb before the "at" ("Clinton is at 45 percent,
    with Trump at 40 percent": Trump's 40, on the parse's "is")."""
    if anchor is None:
        return []
    while anchor.dep_ in ("compound", "nummod") and anchor.head.i > anchor.i:
        anchor = anchor.head  # "at 25 percent support": support
    if anchor.dep_ != "pobj" or anchor.like_num or anchor.pos_ == "NUM":
        return []  # a bare number ("Among men, she is at minus 40") says nothing of what it is
    prep, be = anchor.head, anchor.head.head
    if prep.lower_ != "at" or prep.dep_ != "prep" or be.lemma_.lower() != "be":
        return []
    if any(t.pos_ not in ("ADV", "PART") for t in be.doc[be.i + 1 : prep.i]):
        return []  # "Clinton is at 45 percent, with Trump at 40 percent": Trump's 40
    covering = entity_tokens(anchor.doc).covering
    return [
        c
        for c in be.children
        if c.dep_ == "nsubj"
        and (c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG") or c.lower_ in ("he", "she"))
        and not ((entity := covering.get(c.i)) is not None and _a_place(entity))
    ]


def _honorific(name: Token) -> str | None:
    """The sex a title before a name says ("Mrs. Clinton": f, "Mr. Clinton": m)."""
    before = [c for c in name.children if c.dep_ == "compound" and c.i < name.i]
    if name.i > 0:
        before.append(name.doc[name.i - 1])
    for token in before:
        sex = _HONORIFICS.get(token.lower_.rstrip("."))
        if sex:
            return sex
    return None


def _antecedent(pronoun: Token, sex: str) -> Token | None:
    """The named person a "she" or "his" stands for: the nearest name before it, in its
    sentence or the one before, whose title does not say the other sex ("Among Mrs.
    Clinton’s disclosures Friday was that she was paid …")."""
    sentence = pronoun.sent
    start = pronoun.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    for token in reversed(pronoun.doc[start : pronoun.i]):
        if token.pos_ != "PROPN" or token.ent_type_ != "PERSON":
            continue
        if token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_type_ == "PERSON":
            continue  # not the last word of the name
        if _honorific(token) in (None, sex):
            return token
    return None


def _source_owner(source: str | None) -> str | None:
    """Whose a pronoun's amount is when the figure's source names it: the speaker ("Bush said
    his tax rate was 36 percent"), or for a document, its possessor ("Mrs. Clinton’s tax
    return showed that her 2014 federal tax rate was 35.72"), not the document."""
    words = (source or "").lower().split()
    if not words:
        return None
    if words[-1].strip(".,") not in DOCUMENT_NOUNS:
        return words[-1]
    owners = [w for w in words[:-1] if w.endswith(("’s", "'s"))]
    return owners[-1][:-2] if owners else None


# Verbs and nouns of asking for or offering an amount: the amount of a demand, a request, an
# offer or a proposal is set by whoever makes it, so every outlet restating it relays them
# (not `lexicon.ASKING_NOUNS`, the nouns of asking someone to act).
_ASKING_OR_OFFERING_VERBS = frozenset(
    "demand request seek want propose offer ask bid counter".split()
)
_ASKING_OR_OFFERING_NOUNS = frozenset(
    "demand request proposal offer bid counteroffer ask plan pledge promise".split()
)


def setter(anchor: Token | None) -> str | None:
    """Who set an amount that is asked for or offered, when the text names them: "Trump's
    demand for $5.7 billion", "the $5.7 billion that Mr. Trump requested", "the $5.7 billion
    he has been seeking" (the sentence's named subject), "Democrats countered with $1.3
    billion", "offered … in exchange for $5.7 billion" (what the offer asks in return). The
    amount's original source is them, however many outlets restate it."""
    if anchor is None:
        return None
    for child in anchor.children:  # "the $5.7 billion (that) Mr. Trump requested"
        if child.dep_ in ("relcl", "acl") and child.lemma_.lower() in _ASKING_OR_OFFERING_VERBS:
            return _asker(child)
    head = anchor.head
    if anchor.dep_ == "dobj" and head.lemma_.lower() in _ASKING_OR_OFFERING_VERBS:
        return _asker(head)  # "Trump demanded $5.7 billion"
    if anchor.dep_ != "pobj" or head.lower_ not in ("for", "of", "with"):
        return None
    above = head.head
    word = above.lemma_.lower()
    # "Trump's demand for $5.7 billion"
    if word in _ASKING_OR_OFFERING_NOUNS and above.pos_ == "NOUN":
        owners = [c for c in above.children if c.dep_ == "poss"]
        if owners:
            return _named(owners[0])
        return _asker(above.head) if above.head.pos_ == "VERB" else None
    # "asked for", "countered with"
    if word in _ASKING_OR_OFFERING_VERBS and above.pos_ == "VERB":
        return _asker(above)
    if word == "exchange" and head.lower_ == "for":  # "offered … in exchange for $5.7 billion"
        node = above
        while node.head.i != node.i and node.pos_ != "VERB":
            node = node.head
        return _asker(node) if node.pos_ == "VERB" else None
    return None


def _asker(verb: Token) -> str | None:
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ in ("xcomp", "conj", "relcl", "acl", "advcl"):
        return _asker(verb.head) if verb.head.pos_ in ("VERB", "AUX") else None
    return _named(subjects[0]) if subjects else None


def _named(who: Token) -> str | None:
    """A name for a subject or possessor: its named entity ("Mr. Trump": Trump, "President
    Trump’s": Trump), a capitalised noun ("Democrats"), or, for a personal pronoun, the
    named subject of its sentence ("Trump offered … the $5.7 billion he has been seeking")."""
    if who.lower_ in ("he", "she", "his", "her", "they", "their"):
        root = who.sent.root
        subjects = [
            c for c in root.children if c.dep_ == "nsubj" and c.i < who.i and c.text[:1].isupper()
        ]
        starting = entity_tokens(who.doc).starting
        named = [
            e  # the parser often tags a person after "by" an organisation
            for e in (starting.get(i) for i in range(who.sent.start, who.i))
            if e is not None and e.label_ in ("PERSON", "ORG")
        ]
        if subjects and subjects[0].lower_ not in _PRONOUNS:
            who = subjects[0]  # "Trump offered … the $5.7 billion he has been seeking"
        elif named and who.lower_ in ("his", "her"):
            return named[-1].text  # "a clear cave by Trump, whose … stems from his demands"
        else:
            return None
    entity = entity_tokens(who.doc).covering.get(who.i)
    if entity is not None and entity.label_ in ("PERSON", "ORG", "NORP"):
        return re.sub(r"[’']s$", "", entity.text)
    if who.pos_ in ("PROPN", "NOUN") and who.text[:1].isupper():
        return who.text
    return None


# A generational suffix as a token's lower case, with its period or without: "jr", "jr.", "iii".
_SUFFIXES = frozenset(SUFFIXES) | {written.lower() for written in SUFFIXES.values()}


def aged(token: Token) -> str | None:
    """Whose age a figure is, when a name says: "Ms. Pelosi, 76," and "the 76-year-old Pelosi"
    are Pelosi's, "Cesar Sayoc Jr., 56," Sayoc's (the last word of the name), and so are the
    age a relative clause gives a name ("Labrador, who is 46,"), the age of a noun set beside a
    name ("Raul Labrador, a 46-year-old Mormon father of five") and the age a possessive gives
    ("the suspect is a white male in his 50s" after "identified the suspect as Cesar Sayoc":
    the person "his" stands for), the age of someone who died at it ("Phyllis Schlafly …
    dies at 92") and the age at which the subject of a verb did what it says ("Raúl Labrador
    moved … at age 13", "Elected to Congress in 1995 at the age of 30 …, Mr. Jackson was");
    "a 14-year-old girl" names no one."""
    possessive = next((c for c in token.children if c.dep_ == "poss"), None)
    if token.dep_ == "appos" and token.head.lemma_.lower() == "age":  # "His age, 75,"
        possessive = next((c for c in token.head.children if c.dep_ == "poss"), None)
        if possessive is None or possessive.pos_ == "PROPN":
            return _possessor(possessive)
    subject = _subject_of_be(token)
    verb = _died_at(token) or _at_age(token)  # the verb the age is told at: died, moved
    if verb is not None:  # "Phyllis Schlafly … dies at 92", "Schlafly, who died at 92,"
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None and verb.dep_ == "advcl" and verb.tag_ in ("VBN", "VBG"):
            # "Elected to Congress in 1995 at the age of 30 …, Mr. Jackson was …": the
            # participle's person is the subject of the clause it opens
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ == "who" and verb.dep_ == "relcl":
            subject = verb.head
        if subject is None or (subject.pos_ != "PROPN" and subject.lower_ not in _SEX_PRONOUNS):
            return None
        if any(_kin(c) for c in verb.children if c.dep_ == "dobj"):
            return None  # "to send his son to an elite private boarding school … at age 12"
        if subject.pos_ == "PROPN" and subject.ent_type_ == "":
            return _name_key(subject)  # "Raúl Labrador moved …": a name the tagger left untyped
    if subject is not None:  # "when she was 14", "Corfman was 14"
        if subject.lower_ in _SEX_PRONOUNS:
            return _person_of(subject)
        return _name_key(subject) if subject.ent_type_ == "PERSON" else None
    if possessive is not None and possessive.lower_ in ("his", "her"):
        who = _antecedent(possessive, _SEX_PRONOUNS[possessive.lower_])
        return _name_key(who) if who is not None else None
    who = token.head if token.dep_ == "appos" else None
    if token.dep_ == "attr" and token.head.dep_ == "relcl" and token.head.lemma_ == "be":
        who = token.head.head  # "Labrador, who is 46,"
    node = token
    while who is None and node.head.i != node.i:
        node = node.head
        if node.pos_ in ("NOUN", "PROPN") and node.lemma_.lower() not in TIME_NOUNS:
            who = node
        elif node.pos_ not in ("NOUN", "ADJ", "NUM", "PUNCT"):
            return None
    if who is not None and who.pos_ == "NOUN" and who.dep_ == "appos":
        who = who.head  # "Raul Labrador, a 46-year-old Mormon father": Labrador's
    if who is None or who.pos_ != "PROPN":
        return None
    if who.lower_ in _SUFFIXES:  # "Cesar Sayoc Jr.": Sayoc
        names = [c for c in who.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if not names:
            return None
        who = names[-1]
    return _name_key(who) if who.pos_ == "PROPN" else None


# Who a bare number after "be" or beside the word is the age of: a person named by a pronoun
# or an indefinite ("when she was 14", "someone who is 19 or older", "anyone 19 or older").
_PERSON_PRONOUNS = frozenset("i he she who someone anyone somebody anybody everyone".split())


def of_someone(token: Token) -> bool:
    """Whether a bare number is a person's age by the parse (a class `aged` reads the person
    of): the complement of "be" whose subject is a person, a pronoun or a name ("when she was
    14", "someone who is 19 or older", "Leigh Corfman was 14"), a number set beside "age"
    ("His age, 75, could be problematic"; "the legal age of consent in the state is 16"), or
    beside an indefinite pronoun ("sexual contact by anyone 19 or older"); the number of "the
    age of", of "aged" or of "at" after "die" ("who died Monday at the age of 92", "dies at
    92", "Malia and Sasha Obama, aged 16 and 13 respectively"), the first of numbers joined
    by "and" standing for them all."""
    while token.dep_ == "conj" and token.head.like_num and token.head.i != token.i:
        token = token.head  # "aged 16 and 13": 13 as 16
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() == "age":
        return True  # "at the age of 92"
    if _died_at(token) is not None:
        return True  # "dies at 92"
    if token.dep_ == "dobj" and head.lower_ == "aged":
        return True  # "Malia and Sasha Obama, aged 16 and 13 respectively"
    if token.dep_ == "attr" and head.lemma_ == "be":
        subject = _subject_of_be(token)
        return subject is not None and (
            subject.lower_ in _PERSON_PRONOUNS
            or subject.lemma_.lower() == "age"
            or (subject.pos_ == "PROPN" and subject.ent_type_ == "PERSON")
        )
    if token.dep_ == "appos" and head.lemma_.lower() == "age":
        return True
    return token.dep_ == "nummod" and head.lower_ in _PERSON_PRONOUNS


def _died_at(token: Token) -> Token | None:
    """The verb "die" an age is the "at" of: "dies at 92", "died Monday at the age of 92"."""
    if token.dep_ != "pobj":
        return None
    at = token.head
    if at.lower_ == "of" and at.head.lemma_.lower() == "age" and at.head.dep_ == "pobj":
        at = at.head.head  # "at the age of 92"
    if at.lower_ != "at" or at.head.lemma_.lower() != "die":
        return None
    return at.head


def _at_age(token: Token) -> Token | None:
    """The verb "at age N" or "at the age of N" tells the age of its subject at: "Raúl
    Labrador moved with his mother to the mainland U.S. at age 13", "Elected to Congress in
    1995 at the age of 30", "Ali, who died Friday at age 74" (BASIL c99adbdd and f506aafc,
    PolNeAR train breitbart_2016-06-05 and usa-today_2016-03-07)."""
    if token.dep_ == "nummod" and token.head.lemma_.lower() == "age":
        age = token.head  # "at age 13"
    elif token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_ == "age":
        age = token.head.head  # "at the age of 30"
    else:
        return None
    at = age.head
    if age.dep_ != "pobj" or at.lower_ != "at" or at.head.pos_ not in ("VERB", "AUX"):
        return None
    return at.head


def _kin(token: Token) -> bool:
    """A family member named by the noun: "his son", "their daughters"."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in lexicon.KIN_NOUNS | {"child", "kid"}


def at_the_time(token: Token) -> bool:
    """Whether an age is someone's at a time the text goes back to, not now: "Moore, then
    32,", "when she was 14", "when he was in his 30s", "moved … at age 13" (not "died … at
    age 74", the age they reached). A person's age then and now are two
    quantities (`merge.figures.conflict`)."""
    if any(c.lower_ == "then" for c in token.children):
        return True
    if token.i > 1 and token.doc[token.i - 1].lower_ == "then":
        return True
    at = _at_age(token)
    if at is not None and at.lemma_.lower() != "die":
        return True  # "moved … at age 13", "Elected to Congress in 1995 at the age of 30"
    node = token
    while node.head.i != node.i and node.dep_ not in _CLAUSES:
        node = node.head
    return node.dep_ == "advcl" and any(
        c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in node.children
    )


def _possessor(possessive: Token | None) -> str | None:
    """The person a possessive names: "Lieberman's age": lieberman."""
    if possessive is None:
        return None
    return re.sub(r"[’']s$", "", possessive.text).lower().strip(".’'")


def _subject_of_be(token: Token) -> Token | None:
    """The subject of the "be" a number is the complement of ("she was 14"), if any."""
    if token.dep_ != "attr" or token.head.lemma_ != "be":
        return None
    return next((c for c in token.head.children if c.dep_ == "nsubj"), None)


def _person_of(pronoun: Token) -> str | None:
    """The named person a "she" or "he" stands for, where the name's sex agrees: the census
    sex of its given name, when the name has one, must not be the other one (a "she" after
    "the former judge … Moore" is not Moore; `_antecedent` reads titles only)."""
    sex = _SEX_PRONOUNS[pronoun.lower_]
    who = _antecedent(pronoun, sex)
    if who is None:
        return None
    entity = entity_tokens(who.doc).covering.get(who.i)
    given = entity[0].text if entity is not None and len(entity) > 1 else None
    if _honorific(who) is None:
        census = sex_of_given_name(given) if given else None
        if census is None or census[0] != sex:
            return None  # no title, no given name that says the sex: not known to be them
    return _name_key(who)


_CLAUSES = frozenset({"relcl", "conj", "appos", "advcl", "ccomp", "xcomp", "acl", "parataxis"})


def tie_scope(anchor: Token | None, verb: Token | None, skip: set[int]) -> set[int]:
    """Where a count a figure is given for stands: the figure's own phrase ("an extension of
    protections for 700,000 recipients") and, when the phrase is its verb's object, the verb's
    recipient ("give a three-year extension to 300,000 people"); not other clauses."""
    if anchor is None:
        return set()
    inside = {t.i for t in anchor.subtree}
    for child in anchor.children:
        if child.dep_ in _CLAUSES:
            inside -= {t.i for t in child.subtree}
    if verb is not None and anchor.dep_ == "dobj" and anchor.head.i == verb.i:
        for child in verb.children:
            if child.dep_ == "dative" or (
                child.dep_ == "prep" and child.lower_ in ("to", "for") and child.i > anchor.i
            ):
                inside |= {t.i for t in child.subtree}
    return inside - skip


def phrase_words(anchor: Token | None, skip: set[int]) -> set[str]:
    """Content lemmas of a noun phrase and what hangs on it by a preposition ("for a border
    barrier", "of protections"), not its relative clauses or coordinated phrases."""
    if anchor is None:
        return set()
    found: set[str] = set()
    stack = [anchor]
    while stack:
        token = stack.pop()
        if token.i in skip:
            continue
        word = content_word(token)
        if word:
            found.add(word)
        for child in token.children:
            if child.dep_ in ("relcl", "conj", "cc", "appos", "advcl", "punct", "det"):
                continue
            stack.append(child)
    return found


def places(anchor: Token | None, skip: set[int]) -> set[str]:
    """Places and nationalities in a phrase: "troops in Syria", "North Korean troops"."""
    if anchor is None:
        return set()
    starting = entity_tokens(anchor.doc).starting
    inside = {t.i for t in anchor.subtree} - skip
    for child in anchor.children:  # a relative or coordinated clause names other places
        if child.dep_ in ("relcl", "conj", "appos", "advcl"):
            inside -= {t.i for t in child.subtree}
    return {
        _place_name(entity)
        for entity in (starting.get(i) for i in inside)
        if entity is not None and _a_place(entity)
    }


def _a_place(entity: Any) -> bool:
    """A place the tagger found that is one: not a person's name it tagged as a place ("the
    two-thirds majority support that Pelosi predicted she had": "Pelosi" as GPE), which the
    text gives as a person's surname elsewhere ("Nancy Pelosi") or as who says something."""
    if entity.label_ not in _PLACE_LABELS:
        return False
    doc = entity.doc
    people = doc.user_data.get("wwk_person_words")
    if people is None:
        people = doc.user_data["wwk_person_words"] = {
            word.lower_ for person in doc.ents if person.label_ == "PERSON" for word in person
        }
    if entity.label_ in ("GPE", "LOC") and len(entity) == 1 and entity[0].lower_ in people:
        return False
    root = entity.root
    return not (root.dep_ == "nsubj" and root.head.lemma_.lower() in lexicon.SPEECH_VERBS)


# Prepositions that tie an amount to the business or venue it was spent at or came from: "over
# $10,000 at Best Buy", "$5,687.75 on Martha's Vineyard Holistic Retreat", "from Build-A-Bear".
_NAME_PREPS = frozenset("at on from".split())
_NOT_NAMES = frozenset("GPE NORP LOC DATE TIME".split())  # places are `places`


def names(anchor: Token | None, verb: Token | None) -> set[str]:
    """The words of the proper names an amount is tied to by "at", "on" or "from" in its own
    phrase, or on its verb when it is the verb's object ("bought $10,977.74 worth of
    televisions … at Best Buy", "spent $313.89 on … from Build-A-Bear"). Two outlets giving an
    amount at one named place give one quantity; not a person it came from ("$1,000 from
    Smith"), which may be many payments."""
    if anchor is None:
        return set()
    inside = {t.i for t in anchor.subtree}
    for child in anchor.subtree:  # another amount's phrase: "…, $3,544.00 at Mariel's Boutique"
        clause = child.i != anchor.i and child.dep_ in ("relcl", "conj", "appos", "advcl")
        if clause and any(t.like_num for t in child.subtree):
            inside -= {t.i for t in child.subtree}
    near = [anchor.doc[i] for i in sorted(inside)]
    if verb is not None and anchor.dep_ == "dobj" and anchor.head.i == verb.i:
        near += list(verb.children)
    found: set[str] = set()
    for prep in near:
        if prep.dep_ != "prep" or prep.lower_ not in _NAME_PREPS:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.pos_ != "PROPN" or obj.ent_type_ in _NOT_NAMES:
                continue
            if prep.lower_ == "from" and obj.ent_type_ == "PERSON":
                continue
            # the name itself, not a list the parse hung on it ("at Build-A-Bear, $3,544.00 at
            # Mariel's Boutique")
            name = obj.doc[obj.left_edge.i : obj.i + 1]
            found |= {t.lower_ for t in name if t.pos_ == "PROPN" and t.is_alpha}
    return found


_TIME_LABELS = frozenset({"DATE", "TIME"})


def times(verb: Token | None, anchor: Token | None, skip: set[int]) -> set[tuple[str, int, int]]:
    """The times a figure's own clause ties it to, as their words and where they stand (the
    character offsets, by which `extract.dated_times` gives each the date the events read
    in it): the dates and spans the
    parse's entities find in the figure's phrase and on its verb ("raised $2.3 million through
    the end of June", "raised about $100,000 in the 72 hours since the scandal erupted", "Of
    the 1,590 votes cast in the March 12 county convention"), and the time a "when" clause the
    figure stands in hangs on ("the joint primary of 2008, when 42% of eligible voters
    participated"); not those of other clauses, nor of a verb of saying above it ("said
    Thursday"), nor the figure's own words ("the next 75 years"). Two values that disagree
    at two times are the quantity at two times (a change, not a dispute:
    `merge.figures.disputable`)."""
    inside: set[int] = set()
    for head, kept in ((anchor, _DESCRIBING), (verb, frozenset())):
        if head is not None:
            inside |= _own_clause(head, kept)
    when = verb is not None and any(
        c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in verb.children
    )
    if when and verb.dep_ in ("relcl", "advcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        outside = {t.i for t in verb.subtree}
        inside |= _own_clause(verb.head) - outside  # "the primary of 2008, when …"
    inside -= skip
    if not inside:
        return set()
    doc = next(t for t in (anchor, verb) if t is not None).doc
    found = set()
    for entity in doc.ents:
        if entity.label_ not in _TIME_LABELS or entity.root.i not in inside:
            continue
        if any(t.i in skip for t in entity):
            continue  # the figure's own words: "the next 75 years"
        words = [t.lower_ for t in entity if t.is_alpha or t.like_num]
        if all(t.like_num and not _YEAR.match(t.text) for t in entity if t.lower_ in words):
            continue  # a count the tagger took for a date: "42 votes for Trump, 18 for Cruz"
        if _age_or_rate(entity):
            continue  # how old or how often, not when: "a 46-year-old father", "annually"
        found.add((" ".join(words), entity.start_char, entity.end_char))
    return found


# Words that make a date entity an age: "the 56-year-old man", "voters under age 45",
# "between the ages of 18 and 54", "aged 16".
_AGE_WORDS = frozenset("old age ages aged".split())
# Words that make a date entity a rate, how often: "$5.6 billion annually", "every year",
# "each year", "an annual average", "monthly".
_RATE_WORDS = frozenset(
    "annual annually daily weekly biweekly monthly quarterly yearly hourly nightly".split()
)
_DISTRIBUTIVE = frozenset("every each per".split())


def _age_or_rate(entity: Span) -> bool:
    """Whether a date entity the tagger marks says how old someone is or how often something
    happens, not when: an age ("Raul Labrador, a 46-year-old Mormon father of five", "leading
    66 percent to 27 percent among voters under age 45", "voters between the ages of 18 and
    54") or a rate ("receives $5.6 billion annually in federal contracts", "1.43 million
    cables come through the department every year", "a yearly average of 3,690 pounds"). Such
    an entity ties the figure to no time: two values each with one are not at two times."""
    lowered = [t.lower_ for t in entity]
    before = entity.doc[entity.start - 1].lower_ if entity.start > 0 else ""
    if _AGE_WORDS & {*lowered, before}:
        return True
    return lowered[0] in _DISTRIBUTIVE or bool(_RATE_WORDS & set(lowered))


def dated_times(figures: Iterable[Any], events: Iterable[Any]) -> None:
    """Each figure's times (`times`: words and place) as the date the events read at that
    place, its ISO date ("Tuesday" in an article of 2016-03-08: "2016-03-08"; "the end of June":
    "2016-06"), so that one day told two ways in two articles ("Sunday", "yesterday") is one
    time; a time no event dates stays its words ("the 72 hours")."""
    dated = []
    for event in events:
        when = event.date or {}
        if when.get("resolved") and when.get("iso") and when.get("start") is not None:
            dated.append((when["start"], when["end"], when["iso"]))

    def date_of(words: str, start: int, end: int) -> str:
        return next((iso for s, e, iso in dated if s < end and start < e), words)

    for figure in figures:
        key = figure.quantity or {}
        if key.get("times"):
            key["times"] = sorted({date_of(*time) for time in key["times"]})


# The clauses that say which things a figure counts ("the 1,590 votes cast in the March 12
# county convention", "the four states that cast votes last Saturday"): their times are its.
_DESCRIBING = frozenset({"relcl", "acl"})


def _own_clause(head: Token, kept: frozenset[str] = frozenset()) -> set[int]:
    """A token's subtree less the clauses hung on it (relative, coordinated, adverbial and
    complement clauses, but those `kept`), which have their own times."""
    inside = {t.i for t in head.subtree}
    for child in head.children:
        if child.dep_ in _CLAUSES and child.dep_ not in kept and not _setting(child):
            inside -= {t.i for t in child.subtree}
    return inside


def _setting(clause: Token) -> bool:
    """An adverbial clause of a participle with no subject and no conjunction of its own, which
    sets the time of its main clause ("Going into Tuesday's contests, Trump must win 53
    percent"); not a clause with a subject or a "when", "after", "if" of its own."""
    return (
        clause.dep_ == "advcl"
        and clause.tag_ in ("VBG", "VBN")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "advmod") for c in clause.children)
    )


_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


def years(verb: Token | None, anchor: Token | None) -> set[str]:
    """The years the figure's clause names: "2,763 pounds between 2005 and 2008"."""
    found: set[str] = set()
    for head in (anchor, verb):
        if head is None:
            continue
        for token in head.subtree:
            if _YEAR.match(token.text) and token.ent_type_ == "DATE":
                found.add(token.text)
        if found:
            break
    return found


TIME_NOUNS = frozenset("second minute hour day week month year decade century".split())
_BREAKS = frozenset(',;:()—–-"“”')
# A dash typed as two hyphens ("dragged on for more than a month -- despite a day earlier
# saying Republicans would not cave") ends a figure's clause as "—" does.
_TYPED_DASH = re.compile(r"-{2,}")


def window(doc: Any, start: int, end: int, after: int = 8, before: int = 4) -> tuple[set, set]:
    """Content lemmas and places next to a figure's text (tokens `start`..`end`), within its
    clause: up to `after` tokens after and `before` before, stopping at punctuation, at another
    number and at the sentence's edge. The parse's attachments are often wrong around numbers;
    the words beside a figure rarely are."""
    sentence = doc[start].sent
    found: set[str] = set()
    spots: set[int] = set()
    for step, limit in ((1, after), (-1, before)):
        i = end if step == 1 else start - 1
        taken = 0
        while sentence.start <= i < sentence.end and taken < limit:
            token = doc[i]
            if (
                token.text in _BREAKS
                or _TYPED_DASH.fullmatch(token.text)
                or token.like_num
                or token.pos_ in ("SYM", "CCONJ")
            ):
                break  # "$800 million for aid and $805 million for …": each its own words
            if step == -1 and token.pos_ == "VERB":
                break
            word = None if token.is_stop else content_word(token)
            if word:
                found.add(word)
            if step == 1:
                spots.add(i)
            i += step
            taken += 1
    starting = entity_tokens(doc).starting
    names = set()
    for entity in (starting.get(i) for i in spots):
        if entity is not None and _a_place(entity):
            names.add(_place_name(entity))
    return found, names


def _place_name(entity: Any) -> str:
    name = re.sub(r"(?i)^the\s+", "", entity.text).lower().rstrip("'’s")
    if entity.label_ == "NORP":  # "North Korean" and "North Korea" are one place
        name = re.sub(r"(?:ern|n|ian|ese|ish|i)$", "", name)
    return name
