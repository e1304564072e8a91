"""Quotes as statements: the quote next to a cue, a quote on each side of it, a quote that goes
on after its cue, and quotes no verb claims ("“…” —Commissioner X", "And from Chairwoman Y:
“…”", "Name: words" transcript turns, a quote set off by someone and a verb alone, "X shot back,
“…”", a paragraph-long quote continuing the previous speaker's) and posts the page embeds
('<tweet author="…">…</tweet>'). Quotation marks are paired in `whatweknow.extract.quotes`."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from ... import lexicon
from ..intervals import Intervals
from ..quotes import Quote
from . import cues
from .context import CLOSERS, EDGE, OPENERS, QUOTE_MARKS, QUOTE_OPENERS, Candidate, Context, words
from .cues import CUE_LEMMAS, lemma
from .descriptions import noun_of
from .speakers import (
    can_speak,
    entity_for,
    hung_on_its_subject,
    interview_answers,
    interviewed,
    is_handle,
    passive_saying,
    speaker_of,
)
from .syntax import clause, left_edge

# Only quotes at least this long are statements on their own; shorter ones are scare quotes.
MIN_QUOTE_WORDS = 4
_DASH_SOURCE = re.compile(r"^\s*[—–-]{1,2}\s*((?:[A-Z][\w.'’-]*\s?){1,5})")
_COLON_SPEAKER = re.compile(
    # "Name: words", after an optional capitalised headline and dash ("EXCLUSIVE – Name: …"),
    # or a headline in sentence case and a dash where a quote follows the colon (HuffPollster's
    # digest: "Pollsters agree - Carl Bialik: “…”", "But polls did predict the Democratic
    # caucus - HuffPollster: “…”"; the headline's verb is no frame of the quote)
    r"(?:^|(?<=\n))(?:[A-Z0-9][A-Z0-9 ,.'’&]*[ \t][-–—][ \t]+"
    r"|[A-Z][^\n:“”\"—–]{0,100}?[ \t][-–][ \t]+(?=[^\n:]{1,60}:[ \t]+[“\"]))?"
    r"((?:[A-Z][\w.'’-]*)(?: (?:and|[A-Z][\w.'’-]*)){0,5})[ \t]*:[ \t]+([^\n]{12,})"
)
# Paragraph openers that look like "Name: text" but introduce no speaker. "Contributing" opens
# a paper's credit line for the reporters who helped ("Contributing: Grant Miller."; USA Today
# in PolNeAR train, 8 articles; the story gold takes none as a statement, 3 stories).
_NOT_SPEAKERS = frozenset(
    """
update updated note editor's note related watch read photo photos video advertisement
correction clarification retraction disclosure warning exclusive opinion analysis live latest
the latest why what how who when where q a breaking source sources credit caption image file
see also more contributing
""".split()
) | {"editor's note", "the latest", "read more", "see also"}
# A quote's speaker by the text alone, when the parse lost it: "”, X said" or "”, said X,".
_SAID_WORDS = r"(?:said|says|told|tells|added|adds|wrote|writes|asked|asks|explained|recalled)"
_NAME = (
    r"(?!(?:and|but|or|as|when|while|because|if|so|then|which|that|who)\b)"
    r"[\w.'’-]+(?:[ \t][\w.'’-]+){0,6}?"
)
SAID_AFTER = re.compile(
    rf"[ \t]*,?[ \t]*(?:(?P<who>{_NAME})[ \t]+(?P<verb>{_SAID_WORDS})\b"
    rf"|(?P<verb2>{_SAID_WORDS})[ \t]+(?P<who2>[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){{0,5}}))"
)
_SUBORDINATE = re.compile(r"\b(?:because|as|when|while|if|although|though|since|which|who)\b")
_FROM_SOURCE = re.compile(
    r"(?:^|\n|\s[-–—]\s|[.!?]\s)\s*(?:(?:And|More)\s+)?(?i:from)\s+((?:the\s+)?(?:[A-Z][\w.'’-]*\s?){1,5}"
    r"|the\s+(?:[a-z][\w’'-]*\s?){1,3})\s*:\s*$"
)


# -- a quote beside a cue --------------------------------------------------------------------


def _set_off(ctx: Context, quote: Quote) -> bool:
    """A short quote punctuated as speech ("“Really,” she added"), not a scare quote."""
    inner = ctx.text[quote.inner_start : quote.inner_end].rstrip()
    return inner.endswith((",", "!", "?"))


def adjacent_quote(ctx: Context, verb: Token) -> Quote | None:
    """A quote closing just before the cue's clause, or opening just after the cue."""
    text = ctx.text
    sentence = verb.sent
    # "“…,” Mr. Trump was quoted as saying": the clause begins with the passive's subject
    edge = left_edge(passive_saying(verb) or verb)
    if hung_on_its_subject(verb):
        # "“…,” Frank Sharry, the executive director of …, tweeted": the cue's clause begins
        # with the name the parser hung it on
        edge = min(
            (c for c in verb.head.children if c.dep_ in ("compound", "flat") and c.i < verb.head.i),
            key=lambda t: t.i,
            default=verb.head,
        )
    before = text[sentence.start_char : edge.idx]
    # Only quotes ending in the sentence (or just before it) or starting after the cue in its
    # paragraph can be its quote: those ending earlier or beyond a line break are passed over.
    newline = text.find("\n", verb.idx)
    for quote in ctx.quotes_touching(
        sentence.start_char - 2, len(text) if newline == -1 else newline
    ):
        if words(text, quote.inner_start, quote.inner_end) < MIN_QUOTE_WORDS and not _set_off(
            ctx, quote
        ):
            continue
        if "\n" in text[quote.end : edge.idx] or "\n" in text[verb.idx : quote.start]:
            continue
        if quote.end <= edge.idx and quote.end >= sentence.start_char - 2:
            gap = text[quote.end : edge.idx]
            if len(gap.split()) <= 1 and not before.strip(EDGE + CLOSERS + OPENERS).replace(
                text[quote.start : quote.end], ""
            ).strip(EDGE):
                return quote
            if len(gap.strip(EDGE)) == 0:
                return quote
        if quote.start >= verb.idx + len(verb):
            gap = text[verb.idx + len(verb) : quote.start]
            if (
                not _another_cue_between(verb, quote.start)
                and len(gap) <= 40
                and "." not in gap
                # "he said; “Compromise …”": a semicolon typed for the colon
                and (":" in gap or "," in gap or gap.strip() == ";" or not gap.strip())
                and not _SUBORDINATE.search(gap)  # "ask you, because as “The Journal” …"
            ):
                return quote
            break
    return None


def _another_cue_between(verb: Token, end: int) -> bool:
    """ "threats to declare a national emergency, calling it a “very powerful weapon”": the
    quote is what the nearer cue ("calling") took."""
    return any(
        t.pos_ == "VERB" and lemma(t) in CUE_LEMMAS
        for t in verb.doc[verb.i + 1 : verb.sent.end]
        if t.idx < end
    )


def with_quote(content: list[tuple[int, int]], quote: Quote) -> list[tuple[int, int]]:
    """Content widened to the whole quote it overlaps (a quote may span sentences)."""
    merged = []
    for start, end in content:
        if start < quote.end and quote.start < end:
            start, end = min(start, quote.inner_start), max(end, quote.inner_end)
        merged.append((start, end))
    if len(quote.fragments) > 1:
        outside = [(s, e) for s, e in merged if e <= quote.start or s >= quote.end]
        return sorted(outside + list(quote.fragments))
    return merged


def without_others_quotes(ctx: Context, candidates: list[Candidate]) -> None:
    """ "Pat Lane called this “an extraordinary blockade.” “It was totally unprecedented,” he
    added." (HuffPost on Gorsuch 2017), "Brian Shaw called the possible nomination
    “shocking.” ¶ “There is no reason to appoint a politician,” Shaw said." (HuffPost on the
    F.B.I. director 2017): where the parser ran one sentence into the next, a quote after the
    first cue's words that a later cue, past them, claims is that cue's, not more of the
    first's (unless the later cue reports the first: "X fears that “…” as a result, said Y")."""
    for candidate in candidates:
        if candidate.cue is None:
            continue
        cut = []
        for start, end in candidate.content:
            for quote in ctx.quotes_touching(start, end):
                if quote.start <= start or quote.end > end or quote.start < candidate.cue[1]:
                    continue
                if not ctx.text[quote.inner_start : quote.inner_end].rstrip().endswith(","):
                    continue  # set off by its cue ("“…,” he added"), not a sentence of its own
                if any(
                    other is not candidate
                    and other.cue is not None
                    and other.cue[0] >= end
                    and len(ctx.text[quote.end : other.cue[0]].split()) <= 4
                    and any(s < quote.inner_end and quote.inner_start < e for s, e in other.content)
                    and not any(s <= candidate.cue[0] < e for s, e in other.content)
                    for other in candidates
                ):
                    end = quote.start
                    break
            trimmed = ctx.trim(start, end)
            if trimmed:
                cut.append(trimmed)
        if cut:
            candidate.content = cut


def continue_quotes(ctx: Context, candidates: list[Candidate], alone: bool = False) -> None:
    """ "“A,” he said. “B.”": B continues the quote that the cue introduced, unless
    another cue claims B ("“A,” he said. “B,” she said."). `alone`: the candidate of a quote
    no cue claimed, whose next quote may be another's the cues have not claimed either; it
    goes on within its paragraph only."""
    text = ctx.text
    claimed = Intervals((s, e, None) for c in candidates for s, e in c.content)
    taken: list[Quote] = []  # the quotes this pass gave a candidate: one goes on with one
    for candidate in candidates:
        if candidate.cue is None:
            continue
        _closing_quote(ctx, candidate, claimed, taken)
        last = candidate.content[-1]
        # a quote, or words ending at a closing mark whose opening one is straight ("Oz has a
        # huge bully pulpit,” said …): the quote finder pairs only like marks
        closed = text[last[1] : last[1] + 2].lstrip(",.!?")[:1] in CLOSERS
        quoted = ctx.quote_at(last[0]) is not None or closed
        # mixed speech before its cue goes on too, with a quote in its paragraph: 'Obama "felt
        # a moral obligation to do something about" climate change, Axelrod said. "This is not
        # just a cosmetic item on his list."'
        mixed = not quoted and bool(ctx.quotes_touching(candidate.content[0][0], last[1]))
        if last[1] > candidate.cue[0] or not (quoted or mixed):
            continue
        cue_sentence = ctx.doc.char_span(*candidate.cue, alignment_mode="expand")
        if cue_sentence is None:
            continue
        end = cue_sentence.sent.end_char
        for k in range(bisect_left(ctx.quote_starts, candidate.cue[1]), len(ctx.quotes)):
            quote = ctx.quotes[k]  # the quotes after the cue
            if claimed.overlaps(quote.inner_start, quote.inner_end):
                break
            between = text[candidate.cue[1] : quote.start]
            if mixed and "\n" in between:
                break  # a quote paragraph after mixed speech: the previous speaker's own
            if quote.start < end and (
                (between.count(",") == 1 and len(between.split()) <= 4)
                or _only_the_cues_words(ctx, candidate, quote)
            ):
                _go_on(candidate, quote, taken)  # "“A,” the governor said, “B.”"
                break
            if quote.start < end and "\n" not in between and ENDS_SENTENCE.search(between.rstrip()):
                # "“A,” said David Gorski, an associate professor of surgery. “B.”": a sentence
                # end the parser ran over
                if _ends_paragraph(text, quote.end) or text[quote.end : end].strip(EDGE) == "":
                    _go_on(candidate, quote, taken)
                break
            if quote.start < end:
                continue
            # a quote no cue claimed stops at its paragraph: the sentence's end takes in the
            # paragraph break, and "“A,” Oliver barked.\n\n“B,” Smith shot back." gave
            # Smith's words to Oliver (the next paragraph's quote has its own frame)
            gap = text[candidate.cue[1] if alone else end : quote.start]
            if text[end : quote.start].strip() == "" and "\n" not in gap:
                _go_on(candidate, quote, taken)
            break


def _go_on(candidate: Candidate, quote: Quote, taken: list[Quote]) -> None:
    if quote not in taken:
        candidate.content.extend(quote.fragments)
        taken.append(quote)


def _only_the_cues_words(ctx: Context, candidate: Candidate, quote: Quote) -> bool:
    """ "“It had been my intention to file cloture last evening,” said Reid on the Senate floor
    on Tuesday, “however, supporters … requested …”": the words between a cue and the quote
    after it, ending at the one comma, are the cue's own clause (its speaker, where and when
    it was said) when no other verb is among them; the quote goes on, past an apposition on
    the speaker too ("“This used to be Russia's back yard,” said Raffaello Pantucci, director of
    International Security Studies at the Royal United Services Institute in London, “but it
    is increasingly coming into China's thrall.”", Washington Post 2015-12-28)."""
    if not ctx.text[candidate.cue[1] : quote.start].rstrip().endswith(","):
        return False
    words = ctx.doc.char_span(candidate.cue[1], quote.start, alignment_mode="contract")
    return words is not None and not any(t.pos_ in ("VERB", "AUX") for t in words)


def _closing_quote(
    ctx: Context, candidate: Candidate, claimed: Intervals, taken: list[Quote]
) -> None:
    """ "Dingell … said she gets it. “Leader Pelosi always listened and she always
    understood.”": a quote that follows the cue's sentence and closes the paragraph goes on
    with what was said (a cue inside a quote is the quote's own), unless it goes on with a
    quote before already ("“A,” Trump said, even as he contended B. “C.”": C is the quote's)."""
    text = ctx.text
    last = candidate.content[-1]
    if candidate.inside_quote or ctx.quote_at(last[0]) is not None or last[1] < candidate.cue[1]:
        return
    cue = ctx.doc.char_span(*candidate.cue, alignment_mode="expand")
    if cue is None:
        return
    end = cue.sent.end_char
    k = bisect_left(ctx.quote_starts, last[1])
    if k == len(ctx.quotes):
        return
    quote = ctx.quotes[k]
    between = text[last[1] : quote.start]
    if (
        not _SENTENCE_END_ONLY.fullmatch(between)
        or text[end : quote.start].strip()
        or claimed.overlaps(quote.inner_start, quote.inner_end)
        or words(text, quote.inner_start, quote.inner_end) < MIN_QUOTE_WORDS
        or not _ends_paragraph(text, quote.end)
    ):
        return
    _go_on(candidate, quote, taken)


# A sentence's end before a quote that opens the next: "… she gets it. “Leader …".
ENDS_SENTENCE = re.compile(r"[.!?][”\"’']?$")
# ... and nothing else, between what a cue reported and such a quote.
_SENTENCE_END_ONLY = re.compile(r"[.!?][”\"’']?[ \t]*")


def _ends_paragraph(text: str, at: int) -> bool:
    newline = text.find("\n", at)
    return not text[at : len(text) if newline == -1 else newline].strip()


# -- quotes no cue claimed -------------------------------------------------------------------


def colon_speakers(ctx: Context) -> list[Candidate]:
    """ "WALLACE: Let's start …" and "Pat Caddell: Voters Worried …": a name, a colon, words;
    and "A: …", an answer in an interview printed as questions and answers (`_answers`)."""
    found = _answers(ctx)
    heads = section_heads(ctx.text)
    for match in _COLON_SPEAKER.finditer(ctx.text):
        if match.start() in heads:
            continue
        name = match.group(1)
        label = name.lower().replace("’", "'")
        if (
            label in _NOT_SPEAKERS
            or label.split()[-1] in _NOT_SPEAKERS  # "Delegate Update: …"
            or ctx.document.in_caption(match.start())
        ):
            continue
        start, end = match.start(1), match.end(1)
        tokens = ctx.doc.char_span(start, end, alignment_mode="expand")
        if tokens is None:
            continue
        content = ctx.trim(*ctx.unquoted(match.start(2), match.end(2)))
        if content:
            colon = ctx.text.index(":", end)
            found.append(Candidate((colon, colon + 1), [content], None, (start, end)))
    return found


# The most words a section head gives after its name and colon: "Rubio: Finish second."
_HEAD_WORDS = 5


def section_heads(text: str) -> set[int]:
    """The starts of "Name: words" paragraphs that head a section of the article, not a turn:
    "Sanders: Win in a walk.", "Trump: MOVE PAST Iowa.", "Fiorina: See you later?" (USA Today's
    "What each candidate needs in Tuesday showdown", 2016: eight heads, each over paragraphs
    of the writer's about that candidate; the story gold takes none as said). A run of two or
    more short ones, each followed by a paragraph that is no turn; a short turn of a transcript
    is followed by the next turn ("Matthews: Well, speculation is bad." then "Lopez: …")."""
    heads = []
    for match in _COLON_SPEAKER.finditer(text):
        if len(re.findall(r"\w+", match.group(2))) > _HEAD_WORDS:
            continue
        after = text[match.end() :].lstrip()
        if after and _COLON_SPEAKER.match(after[: after.find("\n") + 1 or None]) is None:
            heads.append(match.start())
    return set(heads) if len(heads) >= 2 else set()


def _answers(ctx: Context) -> list[Candidate]:
    """ "Q: You open your book on May 17, 2001. … / A: I came home from school and my parents
    were gone, …": each answer of an interview printed as questions and answers is said by the
    person interviewed (`speakers.interview_answers`), over the paragraphs it runs to before
    the next question ("A: Well, I think he has a lot of people afraid … / It just puts fear in
    people …", USA Today on Diane Guerrero, 2016: the story gold gives her nine statements in
    her answers); a question is the interviewer's framing, no statement."""
    named = interviewed(ctx)
    if named is None:
        return []
    found = []
    for start, end in interview_answers(ctx):
        paragraphs = [
            span
            for match in re.finditer(r"[^\n]+", ctx.text[start:end])
            if (span := ctx.trim(start + match.start(), start + match.end()))
            and not ctx.document.in_caption(span[0])
        ]
        if paragraphs:
            colon = ctx.text.rindex(":", 0, start)
            found.append(Candidate((colon, colon + 1), paragraphs, None, named))
    return found


# A post embedded in the page, its markup carried into the text (PolNeAR: Breitbart's
# '<tweet id="…" author="@SpeakerRyan" datetime="…">words — Paul Ryan (@SpeakerRyan) July 5,
# 2016</tweet>', HuffPost's '<tweet pic="" author="realDonaldTrump" …>words</tweet>', The
# Western Journal's '<tweet tweet-author="@ByronYork" tweet-date="March 9, 2016">words<tweet/>',
# whose date may run over a line break).
# The Western Journal's "tweet-author" is a handle only with its "@": the scrape sometimes
# filled it with the page's prose (PolNeAR dev west-journal_2016-09-26).
_EMBEDDED_POST = re.compile(
    r'<tweet\b[^<>]*?\s(?:author="@?|tweet-author="@)(?P<handle>[^"<>\n]+)"[^<>]*>'
    r"(?P<words>[^<]+)(?:</tweet>|<tweet/>)"
)
# What the embed adds after the words: a picture's link, then the signature "— Name
# (@handle) Month D, YYYY" that names the author.
# The link may be glued to the words ("It’s dangerous, too.https://t.co/…"): it is cut all the same.
_POST_LINK = re.compile(r"(?:pic\.twitter\.com|https?://)\S*")
_POST_SIGNATURE = re.compile(
    r"\s[—–-]+\s*(?P<name>[^()<>\n]+?)\s*\(@\w+\)\s*[A-Z][a-z]+\.? \d{1,2}, \d{4}\s*$"
)
# The fewest letters a name in the text must have to be found inside a handle.
_HANDLE_NAME_LETTERS = 4


def embedded_posts(ctx: Context) -> Iterator[tuple[tuple[int, int], Candidate]]:
    """A post the page embeds is its author's words, though no verb introduces them: the
    story gold gives each to its author (Ryan's "this announcement defies explanation", the
    AP's "BREAKING: AP analysis: …", Trump's and Valls' posts in the Khan story). The author
    is the name the embed's signature gives, else the person or body the text names whose
    name the handle spells ("realDonaldTrump": Donald Trump; "manuelvalls": Manuel Valls),
    else the handle itself: a post by someone the text never names ("mattyglesias",
    "@ShaneGoldmacher" after "as a Politico reporter noted") is still theirs, as the story gold
    gives it (7 posts, 3 stories). Each comes with the key it is kept under: where its words
    start, as `unclaimed` keys a quote with no cue."""
    for match in _EMBEDDED_POST.finditer(ctx.text):
        start, end = match.span("words")
        signature = _POST_SIGNATURE.search(ctx.text, start, end)
        author = signature.span("name") if signature else _named_in_handle(ctx, match)
        if author is None and is_handle(match["handle"]):
            author = match.span("handle")
        link = _POST_LINK.search(ctx.text, start, signature.start() if signature else end)
        content = ctx.trim(start, link.start() if link else signature.start() if signature else end)
        if content and author is not None:
            post = Candidate(None, [content], None, author, post_author=True)
            yield (content[0], content[0]), post


def _named_in_handle(ctx: Context, post: re.Match[str]) -> tuple[int, int] | None:
    """The span of the longest name in the text, outside the post, that its handle spells,
    letters only and case aside ("realDonaldTrump" holds "Donald Trump" and "Trump": "Donald
    Trump"; the text's cleaning may have split a handle it took for glued words)."""
    spelled = _letters(post["handle"])
    names = [
        e
        for e in ctx.doc.ents
        if e.label_ in ("PERSON", "ORG")
        and not post.start() <= e.start_char < post.end()
        and len(letters := _letters(e.text)) >= _HANDLE_NAME_LETTERS
        and letters in spelled
    ]
    if not names:
        return None
    best = max(names, key=lambda e: (len(_letters(e.text)), -e.start))
    return best.start_char, best.end_char


def _letters(text: str) -> str:
    """The text's ASCII letters in lower case, all else dropped: "@SpeakerRyan" is
    "speakerryan", "Martin O’Malley" is "martinomalley"."""
    return re.sub(r"[^a-z]", "", text.lower())


def unclaimed(
    ctx: Context, candidates: Iterable[Candidate]
) -> Iterator[tuple[tuple[int, int], Candidate]]:
    """Quotes long enough to be statements that no candidate's content touches, each with
    the key it is kept under (its cue, or its opening mark)."""
    candidates = list(candidates)
    covered = Intervals((s, e, None) for candidate in candidates for s, e in candidate.content)
    continued: list[tuple[int, int]] = []
    for quote in ctx.quotes:
        if words(ctx.text, quote.inner_start, quote.inner_end) < MIN_QUOTE_WORDS:
            continue
        if covered.overlaps(quote.inner_start, quote.inner_end):
            continue
        if _goes_on_with(ctx, candidates, quote):
            continue
        if any(s < quote.inner_end and quote.inner_start < e for s, e in continued):
            continue
        if ctx.document.in_caption(quote.start):
            continue
        candidate = _quote_candidate(ctx, quote)
        if candidate is not None:
            if candidate.cue is not None and ctx.text[slice(*candidate.cue)].isalpha():
                # "“A,” said X, a physicist at …. “B.”": B goes on with A, found here too
                # (not after a dash's source: "“A” ― Name" lists one quote a line)
                continue_quotes(ctx, [candidate], alone=True)
                continued.extend(candidate.content)
            yield candidate.cue or (quote.start, quote.start), candidate


def _goes_on_with(ctx: Context, candidates: list[Candidate], quote: Quote) -> bool:
    """ "Clinton appeared to be seeking a middle ground, saying while some support the deal
    and others vehemently oppose it, "I kind of fall in the group that says …" ”": a quote
    that ends its paragraph right after a comma that ends what a saying reports goes on with
    it (the cue's content takes its words)."""
    text = ctx.text
    if not _ends_paragraph(text, quote.end):
        return False
    for candidate in candidates:
        if not candidate.content or candidate.cue is None or candidate.inside_quote:
            continue
        end = candidate.content[-1][1]
        gap = text[end : quote.start]
        if "," not in gap or gap.strip(EDGE + ","):
            continue
        if not cues.speech_cue(ctx.doc, candidate.cue) or candidate.cue[0] > end:
            continue
        candidate.content = [*candidate.content, *quote.fragments]
        return True
    return False


def reported_inside(ctx: Context) -> Iterator[tuple[tuple[int, int], Candidate]]:
    """What a quoted speaker says someone else said or knows: "He says he is a Christian,"
    inside Santorum's words; "The U.S. intelligence community knows that the Russian
    government attacked the U.S.," inside Sasse's. Only a reporting verb (or "made clear",
    `_made_clear_inside`) with a clause, whose subject is a third person ("he", "she"), a
    person's name or a body the text names by its noun ("the intelligence community"); who
    "he" or "she" is is read later, among the people named before the quote other than its
    speaker."""
    for token in ctx.doc:
        if not ctx.inside_quote(token):
            continue
        construction = cues.construction(token)
        if construction == "make clear":
            made_clear = _made_clear_inside(ctx, token)
            if made_clear is not None:
                yield made_clear
            continue
        if construction != "reporting verb":
            continue
        if token.tag_ == "VB" and not any(c.dep_ == "aux" for c in token.children):
            continue  # "Mr. Trump, tell me what you're going to do": asked, not reported
        said = next((c for c in token.children if c.dep_ == "ccomp" and c.i > token.i), None)
        if said is not None and not _in_its_quote(ctx, said, token):
            # "“… He said, ‘I don’t think I can do that,’” said Mr. Gutiérrez": the parser
            # hung the quote's own cue on the inner one; what the inner one says is in marks
            said = None
        if said is not None and report_after(ctx, said, token):
            # "… $1 million, the official said - a media-tracking source said …": the clause
            # before the cue is what it says
            said = next((c for c in token.children if c.dep_ == "ccomp" and c.i < token.i), None)
        # words in single marks after a finite "said": the subject's own; after a participle
        # ("That was the president essentially saying, ‘Don’t leave it on the field.’") the
        # quoted speaker's gloss of what someone meant
        finite = token.tag_ in ("VBD", "VBZ", "VBP")
        inner = _inner_quote(ctx, token) if finite else None
        if said is not None and inner is not None and not _the_clause_quoted(ctx, said, inner):
            # "“An awful lot of analysts said, ‘No, don’t do this,’ and she took it upon herself
            # to prove them wrong,” remembered Roy Verley": the parser's clause for the verb
            # runs past the marks or stops inside them; the marked words are what was said
            said = None
        elif said is not None:
            inner = None
        source = speaker_of(token) if said is not None or inner is not None else None
        # "Now he's holding federal workers hostage, saying he'll …": the participle's subject
        subject = source[0] if source else None
        if subject is None or not ctx.inside_quote(subject):
            continue
        document = said is not None and _document(subject)
        if not (
            subject.lower_ in ("he", "she")
            or (subject.pos_ == "PROPN" and subject.ent_type_ == "PERSON")
            or _person_of_the_text(ctx, subject)
            or _someone_described(subject)
            or _you_said(subject, token)
            or _they_said(subject, token)
            or _named_body(subject)
            or document
            or _people_described(subject)
        ):
            continue
        if not (_named_body(subject) or document) and lemma(token) not in lexicon.SPEECH_VERBS:
            continue  # "he knows that …", "people know that …" in someone's words: their reading
        if _people_described(subject) and any(
            c.dep_ == "aux" and c.lower_ in _SUPPOSED for c in token.children
        ):
            continue  # "most members would tell you they feel fine": what they would say
        content = inner or ctx.trim(*ctx.tokens_span(clause(said)))
        quote = ctx.quote_at(token.idx)
        if content is None or (quote is not None and content[1] > quote.end):
            # "“… I don’t know why he’s saying that,” Nancy Pelosi said": the clause the parser
            # gave the cue runs out of the quote; what he says is not given
            continue
        cue = (token.idx, token.idx + len(token))
        yield cue, Candidate(cue, [content], [subject], inside_quote=True)


def _made_clear_inside(ctx: Context, verb: Token) -> tuple[tuple[int, int], Candidate] | None:
    """What a quoted speaker says someone else made clear: "In his second book, he made clear
    he believes the court works best when …" in Tribe's words, "But she has made it very clear
    that she would follow the schedule …" in Shaw's (the story gold gives it to the one who
    made it clear, 6 times in 6 in six stories). As `reported_inside` takes a saying verb: a
    subject "he", "she" or a person's name (never "I", "we" or "you"), a clause after "clear"
    (not a stance: "made clear his opposition"), ending inside the quote; never what someone
    would, will or has to make clear."""
    clear = cues.clear_of(verb)
    source = speaker_of(verb)
    subject = source[0] if source else None
    if clear is None or subject is None or not ctx.inside_quote(subject):
        return None
    if not (
        subject.lower_ in ("he", "she")
        or (subject.pos_ == "PROPN" and subject.ent_type_ == "PERSON")
        or _person_of_the_text(ctx, subject)
    ):
        return None
    if verb.tag_ == "VB" or any(c.tag_ == "MD" for c in verb.children):
        return None  # "he needs to make clear that …", "she would make it clear": not made
    clause = next(
        (
            c
            for c in (*verb.children, *clear.children)
            if c.i > clear.i and c.dep_ in ("ccomp", "advcl") and c.pos_ in ("VERB", "AUX")
        ),
        None,
    )
    if clause is None:
        return None  # "made clear his opposition to the deal that Obama signed": a stance
    # from the clause's first word: "made it clear to me that he would veto" says "that …"
    words = list(verb.doc[clause.left_edge.i : min(verb.right_edge.i, verb.sent.end - 1) + 1])
    while words and words[-1].is_punct:
        words.pop()
    content = ctx.trim(*ctx.tokens_span(words))
    quote = ctx.quote_at(verb.idx)
    if content is None or (quote is not None and content[1] > quote.end):
        return None
    cue = (verb.idx, clear.idx + len(clear))
    return cue, Candidate(cue, [content], [subject], inside_quote=True)


def report_after(ctx: Context, clause_: Token, verb: Token) -> bool:
    """ "The flight is ultimately going to be $1 million, the official said - a media-tracking
    source said about $400,000 has been placed so far": a report of its own after the cue,
    parted from it by a dash, is not what the cue says (the clause before it is)."""
    if clause_.i < verb.i or cues.lemma(clause_) not in lexicon.REPORTING_VERBS:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause_.children):
        return False
    between = ctx.text[verb.idx + len(verb) : left_edge(clause_).idx]
    return any(mark in between for mark in ("–", "—", "--", " - "))


# A quote inside a quote, in single marks, right after its saying verb: "I heard the head of
# Mexico said ‘no way,’"; "As Donald Trump said, ’Let it come out,’" (an opening mark typed as
# a closing one). The closing mark is one no letter follows, so "don’t" does not close it.
_INNER_QUOTE = re.compile(r"[ \t]*[,:]?[ \t]*([‘’'])(?=\w)[^“”\"\n]*?\w[.,!?]?[’'](?!\w)")


def _inner_quote(ctx: Context, verb: Token) -> tuple[int, int] | None:
    """The single-quoted words a saying verb inside a quote reports, marks and all, where
    they follow it straight away and close inside the outer quote."""
    match = _INNER_QUOTE.match(ctx.text, verb.idx + len(verb))
    quote = ctx.quote_at(verb.idx)
    if match is None or quote is None or match.end() > quote.inner_end:
        return None
    return ctx.trim(match.start(1), match.end())


def _the_clause_quoted(ctx: Context, said: Token, inner: tuple[int, int]) -> bool:
    """Whether the clause the parser gave a saying verb is the single-quoted words after it,
    neither more nor less (their marks and closing punctuation aside)."""
    words = ctx.trim(*ctx.tokens_span(clause(said)))
    marked = ctx.text[inner[0] : inner[1]]
    start = inner[0] + len(marked) - len(marked.lstrip("‘’'"))
    end = inner[1] - (len(marked) - len(marked.rstrip("‘’'.,!?")))
    return words == ctx.trim(start, end)


def _in_its_quote(ctx: Context, said: Token, verb: Token) -> bool:
    """Whether the clause a saying verb inside a quote governs starts in that quote."""
    quote = ctx.quote_at(verb.idx)
    return quote is None or quote.start <= said.idx < quote.end


def _person_of_the_text(ctx: Context, subject: Token) -> bool:
    """A subject the article names as a person, where the tagger saw a common noun or no
    name: "“Trump says he wants to run the nation like he’s run his business,” Mr. Bloomberg
    said"."""
    person = entity_for(ctx, subject)
    return person is not None and person.type == "person"


def _you_said(subject: Token, verb: Token) -> bool:
    """What a quoted speaker tells the one they speak to that they said: "“You said this is a
    culture where Arkansas knows …,” Kennedy said to Joseph Sellers" (a "you" that said or
    says, never one that might, would or can say)."""
    return subject.lower_ == "you" and _said_or_says(verb, progressive=False)


def _they_said(subject: Token, verb: Token) -> bool:
    """What a quoted speaker says a body they just named said: "“I asked State to release
    them. They said they will review them for release as soon as possible,”" (a "they" that
    said or is saying, never one that might, would or can say; whom it means is read later,
    `reported.quoted`)."""
    return subject.lower_ == "they" and _said_or_says(verb)


def _said_or_says(verb: Token, progressive: bool = True) -> bool:
    """A saying that was or is: "said", "says", "have said" and, where `progressive`, "are
    saying"; never one that might, would or can be."""
    aux = [c for c in verb.children if c.dep_ == "aux"]
    if any(c.tag_ == "MD" for c in aux):
        return False
    if verb.tag_ == "VBG":
        return progressive and any(c.tag_ in ("VBP", "VBZ", "VBD") for c in aux)
    return verb.tag_ in ("VBD", "VBZ", "VBP", "VBN")


def _someone_described(subject: Token) -> bool:
    """One unnamed source a quoted speaker says said something: "a media-tracking source said
    about $400,000 has been placed so far" (a noun for a person or a group after "a", "an" or
    "one")."""
    return (
        subject.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an", "one") for c in subject.children)
        and noun_of(subject) in lexicon.PERSON_NOUNS | lexicon.GROUP_NOUNS
    )


def _document(subject: Token) -> bool:
    """A record that speaks through what it shows: "Our expert's report and testimony showed
    that …", "The House interim report found that …" in someone's words."""
    return subject.pos_ == "NOUN" and (
        subject.lemma_.lower() in lexicon.DOCUMENT_NOUNS | lexicon.EVIDENCE_NOUNS
    )


def _people_described(subject: Token) -> bool:
    """Unnamed people a quoted speaker says said something, by the words that describe them:
    "Some people are saying that …", "lots of my constituents have said that …", "People
    said, ‘Trump is crazy’", "My mother told me that …" (never "you", "we" or "they", whom the
    quote alone does not name). One person so is a noun of `lexicon.PERSON_NOUNS` after a
    possessive pronoun; a kin noun that list lacks is not taken ("His grandmother in Kenya said
    he was born in Kenya" stays the quoted speaker's words alone)."""
    of = [g for p in subject.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    if of and subject.lower_ in _SOME | _PORTIONS:
        return _people_described(of[0])  # "lots of my constituents"
    if subject.pos_ == "PRON":
        return subject.lower_ in _SOME and can_speak(subject)
    if subject.pos_ != "NOUN" or not can_speak(subject):
        return False
    if subject.tag_ == "NNS":
        return True
    return (
        subject.tag_ == "NN"
        and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children)
        and noun_of(subject) in lexicon.PERSON_NOUNS
    )


# Modals by which a quoted speaker supposes what others would say.
_SUPPOSED = frozenset("would could might may".split())
# Pronouns for some people, unnamed: "Some are saying …".
_SOME = frozenset("some many others most several".split())
# Nouns for a part of some people: "lots of my constituents", "a number of Republicans".
_PORTIONS = frozenset("lots lot number majority majorities handful dozens".split())


def _named_body(subject: Token) -> bool:
    """ "The U.S. intelligence community", "the department", "the speaker": a definite noun
    for a body or a role that speaks, not people in general ("people know that …")."""
    nouns = lexicon.GROUP_NOUNS | lexicon.INSTITUTION_NOUNS | lexicon.ROLE_NOUNS
    return (
        subject.pos_ == "NOUN"
        and subject.tag_ == "NN"
        and can_speak(subject)
        and subject.lemma_.lower() in nouns
        and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
    )


def relayed(
    ctx: Context, candidates: Iterable[Candidate]
) -> Iterator[tuple[tuple[int, int], Candidate]]:
    """A quote one source says another said: in "“We got wiped out …,” aides said Mr. Ryan
    told his colleagues" the quote is Ryan's (the saying verb under the cue, with a subject of
    its own and no clause of its own), nested in the aides' statement, which keeps all of it."""
    for candidate in candidates:
        if candidate.cue is None or candidate.inside_quote:
            continue
        cue = ctx.doc.char_span(*candidate.cue, alignment_mode="expand")
        verb = cue[0] if cue is not None else None
        quote = adjacent_quote(ctx, verb) if verb is not None else None
        if quote is None or quote.end > verb.idx:
            continue
        inner = next(
            (
                c
                for c in verb.children
                if c.dep_ == "ccomp"
                and c.i > verb.i
                and lemma(c) in lexicon.SPEECH_VERBS
                and not any(g.dep_ in ("ccomp", "xcomp") for g in c.children)
            ),
            None,
        )
        source = speaker_of(inner) if inner is not None else None
        if not source or ctx.inside_quote(source[0]) or not can_speak(source[0]):
            continue
        fragments = [f for f in (ctx.trim(*f) for f in quote.fragments) if f]
        relay = ctx.trim(*ctx.tokens_span(list(inner.subtree)))
        if fragments and relay is not None:
            if not any(s <= relay[0] < e for s, e in candidate.content):
                candidate.content = sorted([*candidate.content, relay])  # the outer keeps all
            at = (inner.idx, inner.idx + len(inner))
            yield at, Candidate(at, fragments, source)


def _quote_candidate(ctx: Context, quote: Quote) -> Candidate | None:
    """A quote no verb claimed: a dash or "from X:" source, or the previous speaker's."""
    text = ctx.text
    after = text[quote.end : quote.end + 80]
    match = _DASH_SOURCE.match(after)
    if match:
        start = quote.end + match.start(1)
        end = start + len(match.group(1).rstrip())
        return Candidate((quote.end, start), list(quote.fragments), None, (start, end))
    match = SAID_AFTER.match(text, quote.end, quote.end + 120)
    if match:
        # "“…,” Tulsa police Chief Chuck Jordan said Monday." where the parse went astray
        name = "who" if match.group("who") else "who2"
        verb = "verb" if match.group("verb") else "verb2"
        fragments = [f for f in (ctx.trim(*f) for f in quote.fragments) if f]
        return Candidate(match.span(verb), fragments, None, match.span(name))
    line_start = text.rfind("\n", 0, quote.start) + 1
    match = _FROM_SOURCE.search(text[max(0, line_start - 200) : quote.start])
    if match:
        base = max(0, line_start - 200)
        start, end = base + match.start(1), base + match.start(1) + len(match.group(1).rstrip())
        cue_start = base + match.start() + match.group(0).lower().index("from")
        return Candidate((cue_start, cue_start + 4), list(quote.fragments), None, (start, end))
    introduced = _introduced_by(ctx, quote) or _framed_by(ctx, quote)
    if introduced is not None:
        return introduced
    # A paragraph that is one quote continues the previous speaker's words, if any.
    paragraph_start = text.rfind("\n", 0, quote.start) + 1
    if text[paragraph_start : quote.start].strip():
        return None
    return Candidate(None, list(quote.fragments), None)


def _introduced_by(ctx: Context, quote: Quote) -> Candidate | None:
    """ "President Clinton released the following statement:" then the quote: the sentence
    that ends in the colon says who speaks, whatever its verb."""
    gap = ctx.text[max(0, quote.start - 3) : quote.start]
    if not gap.rstrip().endswith(":"):
        return None
    at = max(0, quote.start - 3) + len(gap.rstrip()) - 1
    colon = ctx.doc.char_span(at, at + 1, alignment_mode="expand")
    if colon is None:
        return None
    verb = _frame_head(colon[0], "?" in ctx.text[quote.inner_start : quote.inner_end])
    if verb is None or ctx.inside_quote(verb):
        return None
    if verb.pos_ in ("PROPN", "NOUN"):
        # "Mitt Romney, the 2012 Republican presidential nominee, tweeted in response: “…”":
        # the frame's verb parsed as a modifier of its subject, the subject hung on the quote
        subject, verb = verb, _verb_as_modifier(verb, colon[0])
        speaker = [subject] if verb is not None else None
    elif verb.pos_ in ("VERB", "AUX"):
        speaker = speaker_of(verb)
    else:
        return None
    if verb is None or speaker is None or not can_speak(speaker[-1]):
        return None
    return Candidate((verb.idx, verb.idx + len(verb)), list(quote.fragments), speaker)


def _frame_head(colon: Token, question: bool) -> Token | None:
    """The head of the clause that ends in the colon: the sentence's root, or, where the
    parser made the quote's own verb the root and hung the frame on it ("Biden was quick to
    retort: “With all due respect, that's just a bunch of malarkey.”": "was" a clause of
    "'s"; "Sanders delivered a snappy retort: “No one is tearing this up.”"), the one word
    of the frame whose head lies past the colon, where a word of the frame tells speech or
    the word is a clause of someone who can speak (`_a_speakers_clause`) and the quote asks
    no `question` (not "Obama's first five questioners ranged from skeptical to hostile:
    “Is it time …?”", a reporters' question the story gold leaves out)."""
    root = colon.sent.root
    if root.i < colon.i:
        return root
    frame = [t for t in colon.sent if t.i < colon.i and not t.is_punct]
    tops = [t for t in frame if t.head.i > colon.i]
    if len(tops) != 1:
        return None
    if not any(_tells_speech(t) for t in frame) and (question or not _a_speakers_clause(tops[0])):
        return None
    return tops[0]


def _a_speakers_clause(top: Token) -> bool:
    """ "In a Fox interview later that day, Trump went even further: “If he goes forward and
    loses, it's the end of his career.”", "The Clinton campaign, in a Q&A on the e-mail
    controversy, worded it even more carefully: “Clinton's practice was to email …”": a
    frame the parser hung on the quote's verb is read as the sentence's root is (whatever
    its verb, `_introduced_by`) where it is a clause with a subject of its own before its
    verb, and that subject can speak."""
    if top.pos_ not in ("VERB", "AUX") or top.dep_ not in ("ccomp", "parataxis"):
        return False
    subject = next((c for c in top.children if c.dep_ == "nsubj" and c.i < top.i), None)
    return subject is not None and can_speak(subject)


def _tells_speech(token: Token) -> bool:
    """A cue ("retort", "shot back", "tweeted") or a speech act's noun ("a snappy retort")."""
    word = lemma(token)
    return (
        word in CUE_LEMMAS
        or word in lexicon.SPEECH_ACT_NOUNS
        or cues.construction(token) is not None
    )


def _verb_as_modifier(subject: Token, colon: Token) -> Token | None:
    """A verb in the past the parser made a modifier of the noun before it ("Romney …,
    tweeted": acl, tagged as a participle or not), before the colon, with no agent of its own
    ("a letter signed by …")."""
    return next(
        (
            c
            for c in subject.children
            if c.dep_ == "acl"
            and c.tag_ in ("VBD", "VBN")
            and c.i < colon.i
            and not any(g.dep_ == "agent" for g in c.children)
        ),
        None,
    )


# -- a quote set off by a frame of someone and a verb -----------------------------------------

# What a subject's noun phrase is made of in a frame ("an angry Hollande", "Mr. Smith", "he").
_PHRASE = frozenset(("DET", "ADJ", "PROPN", "NOUN", "PRON", "NUM", "PART"))
_HEADS = frozenset(("PROPN", "NOUN", "PRON"))
_FINITE = frozenset(("VBD", "VBZ", "VBP"))


def _framed_by(ctx: Context, quote: Quote) -> Candidate | None:
    """ "Sanders shot back, “Secretary Clinton called them out. …”", "“France will always be
    France,” an angry Hollande retaliated.", "“It is still morning in America,” he posited,
    “…”": a quote set off by a frame that holds only someone and a finite verb (an adverb or
    particle with it: "shot back", "then boomed") tells the quote as that someone's words,
    whatever the verb: the frame has nothing else the verb could report. The parser hangs
    such a frame on a verb of the quote ("shot" a clause of "called"), so the frame is read
    from the words around the quotation marks."""
    frame = _frame_before(ctx, quote) or _frame_after(ctx, quote)
    if frame is None:
        return None
    verb, subject = frame
    if not can_speak(subject):
        return None
    fragments = [f for f in (ctx.trim(*f) for f in quote.fragments) if f]
    return Candidate((verb.idx, verb.idx + len(verb)), fragments, [subject])


def _frame_before(ctx: Context, quote: Quote) -> tuple[Token, Token] | None:
    """ "Mr. Smith shot back: “…”", "… and then boomed, “…”": the verb right before the
    comma or colon that opens the quote, its subject the noun phrase opening its clause (or,
    for a verb joined to another by "and", that verb's subject)."""
    doc, text = ctx.doc, ctx.text
    if not _ends_its_sentence(text, quote):
        return None  # "Workers gathered, “ready to strike …,” outside the plant": a phrase
    i = ctx.token_at(quote.start) - 1
    if i < 1 or doc[i + 1].idx != quote.start:
        return None
    if doc[i].text not in (",", ":") or "\n" in text[doc[i].idx : quote.start]:
        return None
    i -= 1
    while i >= 0 and (doc[i].tag_ == "RP" or doc[i].lower_ in _PARTICLES):
        i -= 1  # "shot back", "lashed out"
    if i < 0 or doc[i].pos_ != "VERB" or doc[i].tag_ not in _FINITE or ctx.inside_quote(doc[i]):
        return None
    verb = doc[i]
    i -= 1
    while i >= 0 and doc[i].pos_ == "ADV" and doc[i].sent == verb.sent:
        i -= 1  # "then boomed"
    if i >= 0 and doc[i].lower_ in ("and", "but") and verb.dep_ == "conj":
        # "she thanked her adopted home state and then boomed, “…”": the first verb's subject
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        return (verb, subject) if subject is not None and subject.i < verb.head.i else None
    phrase = []
    while i >= 0 and doc[i].pos_ in _PHRASE and doc[i].sent == verb.sent:
        phrase.append(doc[i])
        i -= 1
    if not phrase or phrase[0].pos_ not in _HEADS:
        return None
    if i >= 0 and doc[i].sent == verb.sent and doc[i].text != ",":
        return None  # the phrase must open the clause: the sentence's start, or after a comma
    return verb, phrase[0]


def _ends_its_sentence(text: str, quote: Quote) -> bool:
    """The quote's words end a sentence ("…, “That would be good.”") and nothing follows
    them in it: the quote is all the frame says."""
    inner = text[quote.inner_start : quote.inner_end].rstrip(CLOSERS + " ")
    after = text[quote.end : quote.end + 2]
    if after[:1] in (".", "!", "?", "\n", ""):
        return True  # "… shot back: “That would be good”."
    # "… boomed, “Today, you proved …”" then the next sentence, not "“… .” said X"
    return inner.endswith((".", "!", "?")) and not after.strip(" ")[:1].islower()


def _frame_after(ctx: Context, quote: Quote) -> tuple[Token, Token] | None:
    """ "“…,” an angry Hollande retaliated.", "“…,” he posited, “…”": a quote set off by its
    own comma (or "!", "?"), then a noun phrase and a finite verb ending the sentence or
    going on with another quote."""
    if not _set_off(ctx, quote):
        return None
    doc = ctx.doc
    i = next((t.i for t in doc[ctx.token_at(quote.end - 1) :] if t.idx >= quote.end), len(doc))
    phrase: list[Token] = []
    while i < len(doc) and doc[i].pos_ in _PHRASE and doc[i].text not in QUOTE_MARKS:
        phrase.append(doc[i])
        i += 1
    if not phrase or phrase[-1].pos_ not in _HEADS or i >= len(doc):
        return None
    verb = doc[i]
    if verb.pos_ != "VERB" or verb.tag_ not in _FINITE:
        return None
    i += 1
    while i < len(doc) and (doc[i].tag_ == "RP" or doc[i].lower_ in _PARTICLES):
        i += 1
    if i >= len(doc) or "\n" in ctx.text[quote.end : doc[i].idx]:
        return verb, phrase[-1]
    if doc[i].text in (".", "!", "?"):
        return verb, phrase[-1]
    if doc[i].text == "," and i + 1 < len(doc) and doc[i + 1].text in QUOTE_OPENERS:
        return verb, phrase[-1]  # "“…,” he posited, “…”"
    return None


# Adverbs and particles a verb of a frame may take: "shot back", "lashed out", "then".
_PARTICLES = frozenset("back out up off again".split())
