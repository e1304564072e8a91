"""Who said what: attributed statements with a speaker, a cue and content.

Reads the dependency parse. A statement is found from its cue:

- a reporting verb with a clausal complement: "Cancian believes that …", "he says they …";
- a reporting verb set off from its content: "…, Lankov adds.", "…, said Michael Madden, …";
- a reporting verb next to a quotation: "“…,” he adds.", "Madden said: “…”";
- "according to X, …";
- a verb whose object is the attributed thing: "estimates this at $2,000", "accused the North of
  …", "put at about 11,000 by the Pentagon";
- a cue noun with a clause: "X's claim that …";
- a quote with no verb at all: "“…” —Commissioner X", "And from Chairwoman Y: “…”", or a
  paragraph-long quote continuing the previous speaker's.

The speaker is resolved through the document's entity index: pronouns to the right earlier
person or group, surnames and titles to full names, capitals to their countries.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from .. import lexicon
from ..model import Document, Entity, Span, Speaker, Statement
from ..nlp import text_of
from . import certainty
from .entities import EntityIndex, name_tokens
from .quotes import Quote, quotes

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_EDGE = " ,;:—–-\n"
_OPENERS = "“\"‘'("
_CLOSERS = "”\"’')"
# Only quotes at least this long are statements on their own; shorter ones are scare quotes.
_MIN_QUOTE_WORDS = 4
# How far back a pronoun looks for the previous speaker, in characters (about 3 paragraphs).
_PRONOUN_WINDOW = 1500
_DASH_SOURCE = re.compile(r"^\s*[—–-]{1,2}\s*((?:[A-Z][\w.'’-]*\s?){1,5})")
_COLON_SPEAKER = re.compile(
    # "Name: words", after an optional capitalised headline and dash ("EXCLUSIVE – Name: …")
    r"(?:^|(?<=\n))(?:[A-Z0-9][A-Z0-9 ,.'’&]*[ \t][-–—][ \t]+)?"
    r"((?:[A-Z][\w.'’-]*)(?: (?:and|[A-Z][\w.'’-]*)){0,5})[ \t]*:[ \t]+([^\n]{12,})"
)
# Paragraph openers that look like "Name: text" but introduce no speaker.
_NOT_SPEAKERS = frozenset(
    """
update updated note editor's note related watch read photo photos video advertisement
correction disclosure warning exclusive opinion analysis live latest the latest why what how
who when where q a breaking source sources credit caption image file see also more
""".split()
) | {"editor's note", "the latest", "read more", "see also"}
_CUE_LEMMAS = (
    lexicon.REPORTING_VERBS
    | lexicon.OBJECT_CUE_VERBS
    | lexicon.XCOMP_CUE_VERBS
    | frozenset(lexicon.PREP_CUES)
)
# What a poll, a study or records do with their findings: "A 2014 study found 31 incidents".
_EVIDENCE_VERBS = frozenset("show find reveal indicate suggest".split())
# A quote's speaker by the text alone, when the parse lost it: "”, X said" or "”, said X,".
_SAID_WORDS = r"(?:said|says|told|tells|added|adds|wrote|writes|asked|asks|explained|recalled)"
_NAME = (
    r"(?!(?:and|but|or|as|when|while|because|if|so|then|which|that|who)\b)"
    r"[\w.'’-]+(?:[ \t][\w.'’-]+){0,6}?"
)
_SAID_AFTER = re.compile(
    rf"[ \t]*,?[ \t]*(?:(?P<who>{_NAME})[ \t]+(?P<verb>{_SAID_WORDS})\b"
    rf"|(?P<verb2>{_SAID_WORDS})[ \t]+(?P<who2>[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){{0,5}}))"
)
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Z.'’-]+)*(?:,? [A-Z][a-z]+\.? \d{1,2})?"
    r"(?: \([A-Za-z .]+\))?[ \t]*(?:—|–|--| - )[ \t]*"
)
_SUBORDINATE = re.compile(r"\b(?:because|as|when|while|if|although|though|since|which|who)\b")
_CLOSING_AFTER = re.compile(r"[.!?]?[”\"]")
_FROM_SOURCE = re.compile(
    r"(?:^|\n|\s[-–—]\s|[.!?]\s)\s*(?:(?:And|More)\s+)?(?i:from)\s+((?:the\s+)?(?:[A-Z][\w.'’-]*\s?){1,5}"
    r"|the\s+(?:[a-z][\w’'-]*\s?){1,3})\s*:\s*$"
)


@dataclass
class _Candidate:
    cue: tuple[int, int] | None
    content: list[tuple[int, int]]
    speaker_tokens: list[Token] | None
    speaker_text: tuple[int, int] | None = None  # a speaker found by a text pattern


def statements(doc: Doc, document: Document, index: EntityIndex) -> tuple[Statement, ...]:
    return with_certainty(doc, _Finder(doc, document, index).run())


class _Finder:
    def __init__(self, doc: Doc, document: Document, index: EntityIndex):
        self.doc = doc
        self.text = text_of(doc)
        self.document = document
        self.index = index
        self.quotes = quotes(self.text)
        self.quote_starts = [q.start for q in self.quotes]

    # -- quotes ------------------------------------------------------------------------------

    def quote_at(self, offset: int) -> Quote | None:
        k = bisect_right(self.quote_starts, offset) - 1
        if k >= 0 and self.quotes[k].start <= offset < self.quotes[k].end:
            return self.quotes[k]
        return None

    def overlaps_quote(self, start: int, end: int) -> bool:
        """Some non-space character of text[start:end] lies in a quote (marks included)."""
        k = max(bisect_right(self.quote_starts, start) - 1, 0)
        for quote in self.quotes[k:]:
            if quote.start >= end:
                return False
            lo, hi = max(start, quote.start), min(end, quote.end)
            if lo < hi and self.text[lo:hi].strip():
                return True
        return False

    def inside_quote(self, token: Token) -> bool:
        quote = self.quote_at(token.idx)
        return quote is not None and quote.start < token.idx

    # -- the search --------------------------------------------------------------------------

    def run(self) -> tuple[Statement, ...]:
        candidates: dict[tuple[int, int] | None, _Candidate] = {}
        for token in self.doc:
            if self.document.in_caption(token.idx) or self.inside_quote(token):
                continue
            candidate = self.from_token(token)
            if candidate is not None:
                candidate.content = [
                    c for c in (self.trim(s, e) for s, e in candidate.content) if c
                ]
            if candidate is not None and candidate.content:
                candidates.setdefault(candidate.cue, candidate)
        for candidate in self.colon_speakers():
            candidates.setdefault(candidate.cue, candidate)
        self.continue_quotes(list(candidates.values()))
        covered = [c for cand in candidates.values() for c in cand.content]
        for quote in self.quotes:
            if _words(self.text, quote.inner_start, quote.inner_end) < _MIN_QUOTE_WORDS:
                continue
            if any(s < quote.inner_end and quote.inner_start < e for s, e in covered):
                continue
            if self.document.in_caption(quote.start):
                continue
            candidate = self.quote_candidate(quote)
            if candidate is not None:
                candidates.setdefault(candidate.cue or (quote.start, quote.start), candidate)
        ordered = sorted(candidates.values(), key=lambda c: min(s for s, _ in c.content))
        return self.resolve(ordered)

    def from_token(self, token: Token) -> _Candidate | None:
        lemma = _lemma(token)
        if token.lower_ == "according" and token.i + 1 < len(self.doc):
            return self.according_to(token)
        if lemma in lexicon.REPORTING_VERBS and (
            token.pos_ in ("VERB", "AUX") or _verb_tagged_noun(token)
        ):
            return self.verb(token, lemma)
        if token.pos_ == "VERB" and lemma in lexicon.GIVING_VERBS:
            given = self.giving_verb(token)
            if given is not None:
                return given
        if token.pos_ == "VERB" and (
            lemma in lexicon.OBJECT_CUE_VERBS
            or lemma in lexicon.XCOMP_CUE_VERBS
            or lemma in lexicon.PREP_CUES
        ):
            return self.object_verb(token, lemma)
        if token.pos_ == "VERB" and lemma in lexicon.AS_VERBS:
            return self.as_verb(token)

        if token.pos_ == "NOUN" and lemma in lexicon.CUE_NOUNS:
            found = self.cue_noun(token)
            if found is not None:
                return found
        if token.pos_ == "NOUN" and token.lower_ in lexicon.STANCE_NOUNS:
            return self.stance_noun(token)
        return None

    def stance_noun(self, noun: Token) -> _Candidate | None:
        """ "Trump's recent call to ban all Muslim immigrants", "her support for the deal": a
        stance with its owner and its object."""
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None or owner.lower_ in lexicon.THING_PRONOUNS:
            return None
        words = lexicon.STANCE_NOUNS[noun.lower_]
        target = next(
            (
                c
                for c in noun.children
                if c.i > noun.i
                and (
                    (c.dep_ == "prep" and c.lower_ in words)
                    or (c.dep_ == "acl" and any(a.lower_ == "to" for a in c.children))
                )
            ),
            None,
        )
        if target is None:
            return None
        tokens = list(target.subtree)
        if target.dep_ == "prep":
            tokens = [t for t in tokens if t is not target]  # "for" is part of the cue
        if not tokens:
            return None
        return _Candidate((noun.idx, noun.idx + len(noun)), [self.tokens_span(tokens)], [owner])

    def giving_verb(self, verb: Token) -> _Candidate | None:
        """ "Trump also offered his early assessment of Super Bowl 50": a speech act given."""
        obj = _object_after(verb)
        if obj is None or obj.lemma_.lower() not in lexicon.SPEECH_ACT_NOUNS:
            return None
        speaker = self.speaker_of(verb)
        if speaker is None or not _can_speak(speaker[-1]):
            return None
        return _Candidate(
            (verb.idx, verb.idx + len(verb)), [self.tokens_span(list(obj.subtree))], speaker
        )

    def as_verb(self, verb: Token) -> _Candidate | None:
        """ "Democratic voters see Clinton as the candidate with the better chance": a view."""
        obj = _object_after(verb)
        as_ = next(
            (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i),
            None,
        )
        speaker = self.speaker_of(verb)
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        if obj is None or as_ is None or speaker is None or passive:
            return None
        if not _can_speak(speaker[-1]):
            return None
        tokens = [*obj.subtree, *as_.subtree]
        return _Candidate((verb.idx, verb.idx + len(verb)), [self.tokens_span(tokens)], speaker)

    def verb(self, verb: Token, lemma: str) -> _Candidate | None:
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        if (passive or (verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod"))) and not _agent(verb):
            return None  # "men believed to be North Koreans", "it has been widely reported"
        cue = (verb.idx, verb.idx + len(verb))
        speaker = self.speaker_of(verb)
        complement = [c for c in verb.children if c.dep_ in ("ccomp",) and c.i != verb.i]
        if len(complement) > 1 and not _set_off(verb):
            # "“You should resign,” Warren told Stumpf, after he admitted he hadn’t …": the quote;
            # "… paying off: He said he’s raised …": the clause after the cue
            quoted = [c for c in complement if self.quote_at(c.left_edge.idx) is not None]
            complement = quoted or [c for c in complement if c.i > verb.i] or complement
        content: list[tuple[int, int]] = []
        estimate = lemma in ("estimate", "put", "calculate", "project", "forecast", "value")
        shown = lemma in _EVIDENCE_VERBS and speaker is not None and _evidence(speaker[-1])
        if shown and _object_after(verb) is not None:
            # "A 2014 study found 31 incidents … out of more than a billion ballots cast"
            content = self.after(verb)
        elif complement:
            content = [self.tokens_span(_clause(complement[0]))]
        elif _set_off(verb) and speaker is not None:
            # "…, Lankov adds." or "The talks, officials said, had collapsed."
            leading = {t.i for c in _leading_clauses(verb) for t in c.subtree}
            cue_clause = {t.i for t in verb.subtree} - leading
            head_tokens = [t for t in verb.head.subtree if t.i not in cue_clause]
            content = self.runs(head_tokens)
        elif speaker is not None and _parenthetical(verb, speaker[0]):
            # "Though the transition was seamless, he said, replacing Clinton would be …": the
            # parser made the cue the root; what it reports is the rest of the sentence
            subject = speaker[0]
            cue_clause = {verb.i, *(t.i for t in subject.subtree)}
            cue_clause |= {t.i for t in verb.children if t.dep_ in ("npadvmod", "advmod")}
            content = self.runs([t for t in verb.sent if t.i not in cue_clause])
        elif lemma in lexicon.SPEECH_VERBS and (that := _that_after(verb)) is not None:
            # A misparsed "adding that …" or "said in a statement that …": the clause runs
            # from "that" to the sentence end.
            if that.head.i > that.i and that.head.pos_ in ("VERB", "AUX"):
                words = [t for t in _clause(that.head) if t.i >= that.i and not t.is_punct]
            else:
                words = [t for t in verb.sent if t.i >= that.i and not t.is_punct]
            content = [(that.idx, words[-1].idx + len(words[-1]))] if words else []
        elif (
            lemma in lexicon.SPEECH_VERBS
            and lemma not in lexicon.XCOMP_CUE_VERBS
            and (clause := _loose_clause(verb)) is not None
        ):
            # "economists say taxing consumption encourages savings": a clause parsed as xcomp
            content = [self.tokens_span(list(clause.subtree))]
            complement = [clause]
        elif lemma == "say" and speaker is not None and (said := _said_object(verb)) is not None:
            # "… the candidate said no", "49 percent say the same of Trump", "said so"
            content = [self.tokens_span(list(said.subtree))]
        elif shown:
            # "A Fox News poll shows Sanders with 47 percent": all that follows the verb
            content = self.after(verb)
        elif estimate and (lemma != "put" or _agent(verb) is not None):
            content = self.object_content(verb, ("dobj", "prep", "oprd", "attr"), prep_only=True)
            if _agent(verb):
                speaker = [_agent(verb)]
                cue = (verb.idx, _agent_by(verb).idx + 2)
        elif (
            speaker is not None
            and _can_speak(speaker[-1])
            and (
                lemma in lexicon.OBJECT_CUE_VERBS
                or lemma in lexicon.XCOMP_CUE_VERBS
                or lemma in lexicon.PREP_CUES
            )
        ):
            content = self.complement_content(verb, lemma)
            complement = complement or content  # "hopes to win": the infinitive is what is said
        quote = self.adjacent_quote(verb)
        if (
            quote is not None
            and quote.end <= verb.idx
            and content
            and content[0][0] < quote.start
            and self.text[content[0][0] : quote.start].rstrip().endswith(":")
        ):
            # "McCaskill scolded him: “…,” she said": what she said is the quote
            content = []
        if (
            quote is not None
            and quote.end <= verb.idx
            and content
            and content[0][0] > verb.idx
            and (after := self.quote_at(content[0][0])) is not None
        ):
            # "“A,” Scott said, “B.”" parsed with B as the clause: both quotes are what he said
            return _Candidate(cue, [*quote.fragments, *after.fragments], speaker)
        if quote is not None:
            content = self.with_quote(content or [(quote.inner_start, quote.inner_end)], quote)
        content = [c for c in (self.trim(s, e) for s, e in content) if c]
        belief_only = lemma in lexicon.BELIEF_VERBS and lemma not in lexicon.SPEECH_VERBS
        if shown and content:
            belief_only = False
        if not content or (belief_only and not complement and quote is None):
            return None
        if lemma == "ask" and not complement and quote is None:
            return None
        return _Candidate(cue, content, speaker)

    def object_verb(self, verb: Token, lemma: str) -> _Candidate | None:
        if lemma in lexicon.RAISING_VERBS and any(
            c.dep_ == "xcomp" and _lemma(c) in lexicon.REPORTING_VERBS for c in verb.children
        ):
            return None  # "seemed to suggest that …": the statement is the suggestion's
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        speaker = self.speaker_of(verb)
        by = _agent(verb)
        patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if (
            passive
            and by is not None
            and patient is not None
            and by.pos_ in ("NOUN", "PROPN")
            and lemma in lexicon.OBJECT_CUE_VERBS
        ):
            # "Clinton has been endorsed by dozens of papers": the papers endorse Clinton
            cue = (verb.idx, _agent_by(verb).idx + 2)
            return _Candidate(cue, [self.speaker_span(patient)], [by])
        if speaker is None or passive or not _can_speak(speaker[-1]):
            return None  # "The pact promises help": a pact promises nothing
        if lemma in lexicon.RAISING_VERBS and not _a_person(speaker[-1]):
            return None  # "The army appears to have lost …" is the writer's hedge
        content = self.complement_content(verb, lemma)
        return _Candidate((verb.idx, verb.idx + len(verb)), content, speaker) if content else None

    def complement_content(self, verb: Token, lemma: str) -> list[tuple[int, int]]:
        """What a verb attributes through its object, infinitive or preposition."""
        after = [c for c in verb.children if c.i > verb.i]
        if any(c.dep_ == "ccomp" for c in after):
            parts = [c for c in after if c.dep_ in ("ccomp", "dobj", "dative")]
        elif lemma in lexicon.XCOMP_CUE_VERBS and any(c.dep_ == "xcomp" for c in after):
            parts = [c for c in after if c.dep_ in ("xcomp", "dobj")]
        elif lemma in lexicon.PREP_CUES:
            words = lexicon.PREP_CUES[lemma]
            prep = [c for c in after if c.dep_ in ("prep", "prt") and c.lower_ in words]
            # "calling for the United States to take …": "for" marking a clause
            prep += [
                c
                for c in after
                if c.dep_ == "advcl"
                and any(m.dep_ == "mark" and m.lower_ in words for m in c.children)
            ]
            parts = [
                c for c in after if c.dep_ in ("dobj", "oprd") and lemma in lexicon.OBJECT_CUE_VERBS
            ]
            if prep:
                # "called on fellow Muslims to “stand up …”", "called for the secretary to
                # release …": the infinitive belongs with it
                parts += [
                    *prep,
                    *(c for c in after if c.dep_ in ("xcomp", "oprd") or _infinitive(c)),
                    # "referred to Rubio as “a bright, charismatic leader”"
                    *(c for c in after if c.dep_ == "prep" and c.lower_ == "as"),
                ]
            elif parts:
                # "calling him “the most ignorant president”": object and predicate together
                parts += [c for c in after if c.dep_ == "xcomp"]
        elif lemma in lexicon.OBJECT_CUE_VERBS and any(c.dep_ in ("dobj", "xcomp") for c in after):
            parts = [
                c
                for c in after
                if c.dep_ in ("dobj", "oprd", "xcomp", "ccomp")
                or (c.dep_ == "prep" and c.lower_ in ("of", "for", "as", "about", "over"))
            ]
        else:
            parts = []
        if not parts:
            return []
        tokens = [t for p in parts for t in p.subtree]
        if lemma in lexicon.PREP_CUES and parts[0].dep_ in ("prep", "prt") and len(tokens) > 1:
            # "complained about his mic", "pointed to the 1994 crime bill": the preposition
            # belongs to the cue
            tokens = [t for t in tokens if t is not parts[0]]
        span = self.trim(*self.unquoted(*self.tokens_span(tokens)))
        return [span] if span else []

    def object_content(
        self, verb: Token, deps: tuple[str, ...], prep_only: bool = False
    ) -> list[tuple[int, int]]:
        parts = [c for c in verb.children if c.dep_ in deps and c.i > verb.i]
        if not parts or not (prep_only or any(p.dep_ != "prep" for p in parts)):
            return []
        tokens = [t for p in parts for t in p.subtree]
        return [self.tokens_span(tokens)]

    def according_to(self, according: Token) -> _Candidate | None:
        to = self.doc[according.i + 1]
        if to.lower_ != "to":
            return None
        source = next((c for c in to.children if c.dep_ == "pobj"), None)
        if source is None:
            return None
        cue = (according.idx, to.idx + len(to))
        sentence = according.sent
        name_end = self.speaker_span(source)[1]
        before = self.text[sentence.start_char : according.idx].strip(_EDGE + '“"')
        if not before or before.lower() in ("and", "but", "so", "yet"):
            # "According to X, CONTENT."
            return _Candidate(cue, [(name_end, sentence.end_char)], [source])
        after = self.text[name_end : sentence.end_char].strip(_EDGE + '.”"')
        if not after:
            # "CONTENT, according to X."
            return _Candidate(cue, [(sentence.start_char, according.idx)], [source])
        phrase = {t.i for t in according.subtree} | {t.i for t in to.subtree}
        attached = according.head
        tokens = [t for t in attached.subtree if t.i not in phrase and t.sent == sentence]
        return _Candidate(cue, [self.tokens_span(tokens)], [source]) if tokens else None

    def cue_noun(self, noun: Token) -> _Candidate | None:
        clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp")), None)
        if clause is None or not any(
            t.lower_ == "that" and t.dep_ == "mark" for t in clause.children
        ):
            return None
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None:
            return None
        return _Candidate(
            (noun.idx, noun.idx + len(noun)), [self.tokens_span(list(clause.subtree))], [owner]
        )

    def set_off(self, quote: Quote) -> bool:
        """A short quote punctuated as speech ("“Really,” she added"), not a scare quote."""
        inner = self.text[quote.inner_start : quote.inner_end].rstrip()
        return inner.endswith((",", "!", "?"))

    def adjacent_quote(self, verb: Token) -> Quote | None:
        """A quote closing just before the cue's clause, or opening just after the cue."""
        sentence = verb.sent
        edge = _left_edge(verb)
        before = self.text[sentence.start_char : edge.idx]
        for quote in self.quotes:
            if _words(
                self.text, quote.inner_start, quote.inner_end
            ) < _MIN_QUOTE_WORDS and not self.set_off(quote):
                continue
            if "\n" in self.text[quote.end : edge.idx] or "\n" in self.text[verb.idx : quote.start]:
                continue
            if quote.end <= edge.idx and quote.end >= sentence.start_char - 2:
                gap = self.text[quote.end : edge.idx]
                if len(gap.split()) <= 1 and not before.strip(_EDGE + _CLOSERS + _OPENERS).replace(
                    self.text[quote.start : quote.end], ""
                ).strip(_EDGE):
                    return quote
                if len(gap.strip(_EDGE)) == 0:
                    return quote
            if quote.start >= verb.idx + len(verb):
                gap = self.text[verb.idx + len(verb) : quote.start]
                if (
                    len(gap) <= 40
                    and "." not in gap
                    and (":" in gap or "," in gap or not gap.strip())
                    and not _SUBORDINATE.search(gap)  # "ask you, because as “The Journal” …"
                ):
                    return quote
                break
        return None

    def with_quote(self, content: list[tuple[int, int]], quote: Quote) -> list[tuple[int, int]]:
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

    def colon_speakers(self) -> list[_Candidate]:
        """ "WALLACE: Let's start …" and "Pat Caddell: Voters Worried …": a name, a colon, words."""
        found = []
        for match in _COLON_SPEAKER.finditer(self.text):
            name = match.group(1)
            label = name.lower().replace("’", "'")
            if (
                label in _NOT_SPEAKERS
                or label.split()[-1] in _NOT_SPEAKERS  # "Delegate Update: …"
                or self.document.in_caption(match.start())
            ):
                continue
            start, end = match.start(1), match.end(1)
            tokens = self.doc.char_span(start, end, alignment_mode="expand")
            if tokens is None:
                continue
            content = self.trim(*self.unquoted(match.start(2), match.end(2)))
            if content:
                colon = self.text.index(":", end)
                found.append(_Candidate((colon, colon + 1), [content], None, (start, end)))
        return found

    def unquoted(self, start: int, end: int) -> tuple[int, int]:
        """The inside of a span that is exactly one quote ("Name: “…”"), else the span."""
        while start < end and self.text[start].isspace():
            start += 1
        quote = self.quote_at(start)
        if quote is not None and quote.start == start and self.text[quote.end : end].strip() == "":
            return quote.inner_start, quote.inner_end
        return start, end

    def continue_quotes(self, candidates: list[_Candidate]) -> None:
        """ "“A,” he said. “B.”": B continues the quote that the cue introduced, unless
        another cue claims B ("“A,” he said. “B,” she said.")."""
        claimed = [span for c in candidates for span in c.content]
        for candidate in candidates:
            if candidate.cue is None:
                continue
            last = candidate.content[-1]
            if last[1] > candidate.cue[0] or self.quote_at(last[0]) is None:
                continue
            cue_sentence = self.doc.char_span(*candidate.cue, alignment_mode="expand")
            if cue_sentence is None:
                continue
            end = cue_sentence.sent.end_char
            for quote in self.quotes:
                if quote.start < candidate.cue[1]:
                    continue
                if any(s < quote.inner_end and quote.inner_start < e for s, e in claimed):
                    break
                between = self.text[candidate.cue[1] : quote.start]
                if quote.start < end and between.count(",") == 1 and len(between.split()) <= 4:
                    candidate.content.extend(quote.fragments)  # "“A,” the governor said, “B.”"
                    break
                if quote.start < end:
                    continue
                if (
                    self.text[end : quote.start].strip() == ""
                    and "\n" not in self.text[end : quote.start]
                ):
                    candidate.content.extend(quote.fragments)
                break

    def quote_candidate(self, quote: Quote) -> _Candidate | None:
        """A quote no verb claimed: a dash or "from X:" source, or the previous speaker's."""
        after = self.text[quote.end : quote.end + 80]
        match = _DASH_SOURCE.match(after)
        if match:
            start = quote.end + match.start(1)
            end = start + len(match.group(1).rstrip())
            return _Candidate((quote.end, start), list(quote.fragments), None, (start, end))
        match = _SAID_AFTER.match(self.text, quote.end, quote.end + 120)
        if match:
            # "“…,” Tulsa police Chief Chuck Jordan said Monday." where the parse went astray
            name = "who" if match.group("who") else "who2"
            verb = "verb" if match.group("verb") else "verb2"
            fragments = [f for f in (self.trim(*f) for f in quote.fragments) if f]
            return _Candidate(match.span(verb), fragments, None, match.span(name))
        line_start = self.text.rfind("\n", 0, quote.start) + 1
        match = _FROM_SOURCE.search(self.text[max(0, line_start - 200) : quote.start])
        if match:
            base = max(0, line_start - 200)
            start, end = base + match.start(1), base + match.start(1) + len(match.group(1).rstrip())
            cue_start = base + match.start() + match.group(0).lower().index("from")
            return _Candidate((cue_start, cue_start + 4), list(quote.fragments), None, (start, end))
        introduced = self.introduced_by(quote)
        if introduced is not None:
            return introduced
        # A paragraph that is one quote continues the previous speaker's words, if any.
        paragraph_start = self.text.rfind("\n", 0, quote.start) + 1
        if self.text[paragraph_start : quote.start].strip():
            return None
        return _Candidate(None, list(quote.fragments), None)

    def introduced_by(self, quote: Quote) -> _Candidate | None:
        """ "President Clinton released the following statement:" then the quote: the sentence
        that ends in the colon says who speaks, whatever its verb."""
        gap = self.text[max(0, quote.start - 3) : quote.start]
        if not gap.rstrip().endswith(":"):
            return None
        at = max(0, quote.start - 3) + len(gap.rstrip()) - 1
        colon = self.doc.char_span(at, at + 1, alignment_mode="expand")
        if colon is None:
            return None
        verb = colon.sent.root
        if verb.pos_ not in ("VERB", "AUX") or self.inside_quote(verb):
            return None
        speaker = self.speaker_of(verb)
        if speaker is None or not _can_speak(speaker[-1]):
            return None
        return _Candidate((verb.idx, verb.idx + len(verb)), list(quote.fragments), speaker)

    # -- speakers ----------------------------------------------------------------------------

    def speaker_of(self, verb: Token) -> list[Token] | None:
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if (
            subject is not None
            and subject.lower_ in lexicon.RELATIVE_PRONOUNS
            and verb.dep_ == "relcl"
        ):
            return [subject, verb.head]  # "officials, who said …": mention "who", speaker officials
        if subject is None and verb.dep_ == "relcl":
            subject = verb.head
        if subject is None and _agent(verb) is not None:
            subject = _agent(verb)
        if (
            subject is None
            and verb.tag_ == "VBN"
            and verb.dep_ == "advcl"
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        ):
            return None  # "Asked whether she would run, Lopez said no": Lopez did not ask
        hops = 0
        head = verb
        while subject is None and head.dep_ in ("advcl", "xcomp", "conj", "pcomp") and hops < 3:
            if head.dep_ == "pcomp":
                # "… by saying he would …", "aside from saying he wants …": up to the verb
                for _ in range(3):
                    if head.head.pos_ in ("VERB", "AUX") or head.head is head:
                        break
                    head = head.head
            head = head.head
            if (
                verb.tag_ == "VBG" or (verb.dep_ == "conj" and verb.i not in _clause_ids(head))
            ) and (
                head.dep_ in ("ccomp", "advcl")
                and head.head.lemma_.lower() in lexicon.REPORTING_VERBS
            ):
                # "X believe Y would …, suggesting …": X suggests; "Trump tweeted that Machado
                # was “a con” and encouraged …": Trump encouraged
                head = head.head
            subject = next((c for c in head.children if c.dep_ in ("nsubj",)), None)
            hops += 1
        if subject is not None and _dateline(subject):
            # "WASHINGTON -- President Obama … said": the place line is not who speaks
            subject = next((c for c in subject.children if c.dep_ == "appos"), None)
        if subject is None or subject.pos_ == "VERB":
            return None
        if subject.lower_ == "it" and subject.dep_ == "nsubjpass":
            return None  # "it is said that …": no speaker
        return [subject]

    def speaker_span(self, head: Token) -> tuple[int, int]:
        keep = [head]
        for token in head.subtree:
            if token is head:
                continue
            path = [token, *token.ancestors]
            chain = path[: path.index(head)]
            if any(t.dep_ in ("appos", "relcl", "acl", "punct", "advcl", "ccomp") for t in chain):
                continue
            if any(t.dep_ == "prep" for t in chain) and head.pos_ == "PROPN":
                continue  # "Mark Cancian, of the CSIS": a descriptor, not the name
            keep.append(token)
        keep.sort(key=lambda t: t.i)
        start, end = keep[0].idx, keep[-1].idx + len(keep[-1])
        span = self.trim(start, end)
        return span or (head.idx, head.idx + len(head))

    def resolve(self, candidates: list[_Candidate]) -> tuple[Statement, ...]:
        results: list[Statement] = []
        speech: set[str] = set()
        for candidate in candidates:
            speaker = self.speaker(candidate, results)
            if candidate.cue is None and speaker.kind == "unresolved":
                continue  # a quote nobody in the text is said to have said: not a statement
            if speaker.mention is not None and speaker.mention.text.lower() in ("you", "your"):
                continue  # "you want to believe that …": a generic "you" is nobody's claim
            number = len(results) + 1
            fragments = tuple(self.span(s, e) for s, e in candidate.content)
            content = self.span(fragments[0].start, fragments[-1].end)
            results.append(
                Statement(
                    id=f"s{number}",
                    speaker=speaker,
                    cue=self.span(*candidate.cue) if candidate.cue else None,
                    content=content,
                    fragments=fragments if len(fragments) > 1 else (),
                    form=self.form(fragments),
                )
            )
            if self.speech_cue(candidate.cue):
                speech.add(results[-1].id)
        return _nest(results, speech)

    def speech_cue(self, cue: tuple[int, int] | None) -> bool:
        """A cue that reports speech ("said", "saying", ":"), not a stance ("wants")."""
        if cue is None:
            return True
        span = self.doc.char_span(*cue, alignment_mode="expand")
        if span is None or not span.text.strip(" :"):
            return True
        return _lemma(span.root) in lexicon.SPEECH_VERBS

    def speaker(self, candidate: _Candidate, earlier: list[Statement]) -> Speaker:
        if candidate.speaker_text is not None:
            named = self.doc.char_span(*candidate.speaker_text, alignment_mode="expand")
            if named is None:
                return self.named(candidate.speaker_text, None)
            # "Tulsa police Chief Chuck Jordan": the name ends the phrase, whatever the parse
            last = named[-1]
            head = last if last.pos_ == "PROPN" and last.ent_type_ == "PERSON" else named.root
            return self.named(candidate.speaker_text, head)
        if not candidate.speaker_tokens:
            at = candidate.content[0][0]
            if candidate.cue is None:  # a quote continuing the previous person's
                previous = self.quoting_just_before(earlier, at)
                if previous is not None:
                    return Speaker(previous.name, previous.kind, None, previous.entity)
            return Speaker(None, "unresolved", None)
        head = candidate.speaker_tokens[0]
        if head.lower_ in lexicon.RELATIVE_PRONOUNS and len(candidate.speaker_tokens) > 1:
            antecedent = candidate.speaker_tokens[1]
            resolved = self.speaker(
                _Candidate(candidate.cue, candidate.content, [antecedent]), earlier
            )
            return Speaker(
                resolved.name,
                resolved.kind,
                self.span(head.idx, head.idx + len(head)),
                resolved.entity,
                resolved.members,
            )
        named = next(
            (c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None
        )
        if head.pos_ == "NOUN" and named is not None:
            head = named  # "His former partner, Lawrence B. Cummings, called …": Cummings
        mention = self.speaker_span(head)
        lower = head.lower_
        if head.text != "US" and (
            head.pos_ == "PRON" or lower in lexicon.PERSON_PRONOUNS | lexicon.GROUP_PRONOUNS
        ):
            return self.pronoun(head, mention, earlier)
        if head.pos_ == "PROPN" and not name_tokens(self.text[mention[0] : mention[1]]):
            mention = self.tokens_span(list(head.subtree))  # "Lt. Gen. (retd) Chun"
            mention = self.trim(*mention) or mention
        return self.named(mention, head)

    def pronoun(self, head: Token, mention: tuple[int, int], earlier: list[Statement]) -> Speaker:
        span = self.span(*mention)
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
                speaker = around.speaker
                return Speaker(speaker.name, speaker.kind, span, speaker.entity, speaker.members)
            return Speaker(None, "unresolved", span)
        else:
            return Speaker(None, "unresolved", span)
        local = self.subject_earlier_in_sentence(head, kinds)
        if local is not None:
            return Speaker(local.stands_for or local.name, _entity_kind(local), span, local.id)
        previous = self.previous_speaker(earlier, head.idx, kinds)
        if previous is not None:
            return Speaker(previous.name, previous.kind, span, previous.entity, previous.members)
        entity = self.previous_entity(head.idx, kinds)
        if entity is not None:
            return Speaker(entity.stands_for or entity.name, _entity_kind(entity), span, entity.id)
        return Speaker(None, "unresolved", span)

    def previous_speaker(
        self,
        earlier: list[Statement],
        at: int,
        kinds: tuple[str, ...],
        window: int = _PRONOUN_WINDOW,
    ) -> Speaker | None:
        last_entity = self.previous_entity(at, kinds)
        for statement in reversed(earlier):
            cue_at = statement.cue.start if statement.cue else statement.content.start
            if cue_at >= at:
                continue
            if at - cue_at > window:
                break
            if statement.speaker.kind in kinds and statement.speaker.name:
                # A person named since then, outside any quote, is a likelier antecedent.
                if last_entity is not None and last_entity.id != statement.speaker.entity:
                    latest = max(m.start for m in last_entity.mentions if m.start < at)
                    if latest > cue_at and kinds == ("person",) and self.is_subject_at(latest):
                        return None
                return statement.speaker
        return None

    def quoting_just_before(self, earlier: list[Statement], at: int) -> Speaker | None:
        """The person quoted in the paragraph just before `at`, if that paragraph's last
        statement quotes them: a quote paragraph after it goes on with their words."""
        paragraph = self.text.rfind("\n", 0, at)
        previous = self.text.rfind("\n", 0, paragraph) if paragraph > 0 else -1
        while paragraph > 0 and not self.text[previous + 1 : paragraph].strip():
            paragraph = previous  # skip blank lines between the paragraphs
            previous = self.text.rfind("\n", 0, paragraph) if paragraph > 0 else -1
        before = [s for s in earlier if previous < s.content.start < paragraph]
        if not before:
            return None
        last = before[-1]
        if last.speaker.kind != "person" or not last.speaker.name or last.form == "indirect":
            return None
        return last.speaker

    def subject_earlier_in_sentence(self, pronoun: Token, kinds: tuple[str, ...]) -> Entity | None:
        """ "While South Korea has long accused …, it says": the subject before the pronoun."""
        for token in pronoun.sent:
            if token.i >= pronoun.i:
                break
            if token.dep_ in _SUBJECTS and not self.inside_quote(token):
                entity = self.entity_for(token)
                if entity is not None and _entity_kind(entity) in kinds:
                    return entity
        return None

    def is_subject_at(self, offset: int) -> bool:
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        return span is not None and span.root.dep_ in _SUBJECTS

    def previous_entity(self, at: int, kinds: tuple[str, ...]) -> Entity | None:
        best: tuple[int, Entity] | None = None
        for entity in self.index.entities:
            if _entity_kind(entity) not in kinds:
                continue
            for mention in entity.mentions:
                later = best is None or mention.start > best[0]
                if mention.start < at and later and not self.quote_at(mention.start):
                    best = (mention.start, entity)
        return best[1] if best else None

    def named(self, mention: tuple[int, int], head: Token | None) -> Speaker:
        span = self.span(*mention)
        conjuncts = [c for c in head.conjuncts] if head is not None else []
        together = sorted((head, *conjuncts), key=lambda t: t.i)
        members = [self.entity_for(t) for t in together] if conjuncts else []
        if len({id(e) for e in members}) == 1 and members[0] is not None:
            members = members[:1]  # "Vice President for news and talk Dave Gorab": one person
        if len(members) > 1:
            ids = tuple(e.id for e in members if e is not None)
            if all(e is not None and e.type == "person" for e in members):
                names = " and ".join(e.name for e in members if e)
                return Speaker(names, "person", span, None, ids)  # "Mr. Madden and Mr. Cancian"
            return Speaker(_group_name(span.text), "group", span, None, ids)
        entity = self.entity_for(head) if head is not None else self.index.at(*mention)
        words = name_tokens(span.text)
        proper = head is not None and head.pos_ == "PROPN"
        if entity is None and words and (head is None or proper):
            entity = self.index.person(words)
        lemma = head.lemma_.lower() if head is not None else ""
        if entity is not None and (head is None or head.pos_ == "PROPN" or entity.type == "person"):
            return Speaker(entity.stands_for or entity.name, _entity_kind(entity), span, entity.id)
        lowered = {w.lower() for w in span.text.split()}
        if (
            lowered & lexicon.ANONYMOUS_MARKERS - {"some", "several"}
            or (
                lemma in lexicon.ANONYMOUS_NOUNS and head is not None and _singular_indefinite(head)
            )
            or (head is not None and head.lower_ in ("sources", "source"))
        ):
            return Speaker(_group_name(span.text), "anonymous", span)
        if head is not None and head.pos_ == "PROPN" and head.lower_ in lexicon.DEMONYMS:
            return Speaker(lexicon.DEMONYMS[head.lower_], "organization", span)
        if head is not None and span.text.lower() in lexicon.CAPITALS:
            return Speaker(lexicon.CAPITALS[span.text.lower()], "organization", span)
        if (
            head is not None
            and lemma in lexicon.ROLE_NOUNS
            and head.tag_ in ("NN", "NNP")
            and (head.text.islower())
        ):
            return self.role(head, span)
        if head is not None and head.pos_ == "PROPN":
            kind = "person" if _has_title(span.text) or _looks_like_a_name(head) else "organization"
            return Speaker(
                " ".join(words) if kind == "person" else _group_name(span.text), kind, span
            )
        if lemma in lexicon.INSTITUTION_NOUNS or lemma in lexicon.ORGANIZATION_WORDS:
            return Speaker(
                _group_name(span.text),
                "organization",
                span,
                entity.id if entity is not None else None,
            )
        if lemma in lexicon.GROUP_NOUNS or (head is not None and head.tag_ in ("NNS", "NNPS")):
            return Speaker(_group_name(span.text), "group", span)
        if head is not None and head.pos_ == "NOUN":
            return Speaker(_group_name(span.text), "anonymous", span)
        return Speaker(None, "unresolved", span)

    def role(self, head: Token, span: Span) -> Speaker:
        """ "the minister said": the person last introduced with that role, if any."""
        role = head.lemma_.lower()
        best: tuple[int, Entity] | None = None
        for entity in self.index.entities:
            if entity.type != "person":
                continue
            described = any(role in d.text.lower().split() for d in entity.descriptors)
            for mention in entity.mentions:
                before = self.text[max(0, mention.start - 40) : mention.start].lower().split()[-3:]
                later = best is None or mention.start > best[0]
                if mention.start < head.idx and later and (described or role in before):
                    best = (mention.start, entity)
        if best is not None:
            return Speaker(best[1].name, "person", span, best[1].id)
        return Speaker(_group_name(span.text), "person", span)

    def entity_for(self, token: Token) -> Entity | None:
        entity = self.index.at(token.idx, token.idx + len(token))
        if entity is None and token.ent_iob_ == "I":
            # The head is inside a longer entity mention: find where that mention starts.
            start = token
            while start.i > 0 and start.ent_iob_ == "I":
                start = self.doc[start.i - 1]
            entity = self.index.at(start.idx, token.idx + len(token))
        if entity is None and token.pos_ == "PROPN":
            tokens = [t for t in token.subtree if t.dep_ in ("compound", "flat") or t is token]
            entity = self.index.person(name_tokens(" ".join(t.text for t in tokens)))
        return entity

    # -- spans -------------------------------------------------------------------------------

    def after(self, verb: Token) -> list[tuple[int, int]]:
        """The verb's phrase after it, without the closing punctuation."""
        tokens = [t for t in verb.subtree if t.i > verb.i and not (t.head == verb and t.is_punct)]
        return self.runs(tokens)[:1] if tokens else []

    def runs(self, tokens: list[Token]) -> list[tuple[int, int]]:
        """Spans of the contiguous runs in `tokens` (content split around a cue)."""
        runs: list[list[Token]] = []
        for token in sorted(tokens, key=lambda t: t.i):
            if runs and token.i == runs[-1][-1].i + 1:
                runs[-1].append(token)
            else:
                runs.append([token])
        return [self.tokens_span(run) for run in runs if not all(t.is_punct for t in run)]

    def tokens_span(self, tokens: list[Token]) -> tuple[int, int]:
        tokens = sorted(tokens, key=lambda t: t.i)
        return tokens[0].idx, tokens[-1].idx + len(tokens[-1])

    def trim(self, start: int, end: int) -> tuple[int, int] | None:
        text = self.text
        dateline = _DATELINE.match(text, start, end)
        if dateline:
            start = dateline.end()  # "WASHINGTON (AP) — Trump has invested …": not said
        while start < end and text[start] in _EDGE:
            start += 1
        while end > start and text[end - 1] in _EDGE:
            end -= 1
        closing = _CLOSING_AFTER.match(text, end)
        if (
            closing
            and text[start : start + 1] not in _OPENERS
            and (
                text.count("“", start, end) > text.count("”", start, end)
                or text.count('"', start, end) % 2 == 1
            )
        ):
            end = closing.end()  # "calling him “the most ignorant president”": close the quote
        elif text[start : start + 1] not in _OPENERS:
            # "Trump said that “ethanol people” “do a fantastic job. And it’s so important.”":
            # a quote opened inside the span runs on past the clause, to its own end
            opened = self.quote_at(end - 1)
            if (
                opened is not None
                and start < opened.start
                and text[end : opened.inner_end].strip(_EDGE + ".!?")
            ):
                end = opened.end
        # Keep quote marks only when they pair up inside the span.
        while start < end and text[start] in _OPENERS and not _pairs(text[start:end]):
            start += 1
            while start < end and text[start] in _EDGE:
                start += 1
        while end > start and text[end - 1] in _CLOSERS and not _pairs(text[start:end]):
            end -= 1
            while end > start and text[end - 1] in _EDGE:
                end -= 1
        return (start, end) if end > start else None

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def form(self, fragments: tuple[Span, ...]) -> str:
        """direct: every word inside quotation marks; mixed: some; indirect: none."""
        quoted = any(self.overlaps_quote(f.start, f.end) for f in fragments)
        if not quoted:
            return "indirect"
        outside_words = _words_outside_quotes(self, fragments)
        return "direct" if outside_words == 0 else "mixed"


def _words_outside_quotes(finder: _Finder, fragments: tuple[Span, ...]) -> int:
    words = 0
    for fragment in fragments:
        for match in re.finditer(r"\w+", fragment.text):
            if finder.quote_at(fragment.start + match.start()) is None:
                words += 1
    return words


def with_certainty(doc: Doc, found: tuple[Statement, ...]) -> tuple[Statement, ...]:
    return tuple(replace(s, certainty=certainty.for_statement(doc, s)) for s in found)


def _nest(results: list[Statement], speech: set[str] | None = None) -> tuple[Statement, ...]:
    """A statement whose cue lies in another's longer content is reported by it. Nesting only
    into a strictly longer content keeps the chain acyclic.

    A speaker's own stance inside their own words is part of what they said, not a second
    statement: in "Trump said he wants to build a wall" only the saying is kept."""
    speech = speech or set()
    kept = [
        s
        for s in results
        if not s.speaker.name
        or (outer := _outer(s, results)) is None
        or s.speaker.name != outer.speaker.name
        # what they said inside what they refused or wanted is still said: "refused to
        # discuss appointees, aside from saying he wants a diverse delegation"
        or (s.id in speech and outer.id not in speech)
    ]
    ids = {s.id: f"s{number}" for number, s in enumerate(kept, 1)}
    nested = []
    for statement in kept:
        outer = _outer(statement, kept)
        nested.append(
            replace(
                statement,
                id=ids[statement.id],
                nested_in=ids[outer.id] if outer is not None else None,
            )
        )
    return tuple(nested)


def _outer(statement: Statement, results: list[Statement]) -> Statement | None:
    """The shortest statement whose content holds this one's cue."""
    if statement.cue is None:
        return None
    own = statement.content.end - statement.content.start
    outer = None
    for other in results:
        length = other.content.end - other.content.start
        if other is statement or length <= own:
            continue
        if other.content.start <= statement.cue.start < other.content.end and (
            outer is None or length < outer.content.end - outer.content.start
        ):
            outer = other
    return outer


def _entity_kind(entity: Entity) -> str:
    if entity.type == "person":
        return "person"
    if entity.type in ("organization", "place"):
        return "organization"
    return "group"


def _group_name(text: str) -> str:
    """ "Some experts" -> "some experts"; "the Pentagon" -> "Pentagon"."""
    text = re.sub(
        r"^(?:(?:only|just)\s+)?(?:(?:the|a|an)\s+)?", "", text.strip(), flags=re.IGNORECASE
    )
    first, _, rest = text.partition(" ")
    if first.lower() in _QUANTIFIERS:
        return f"{first.lower()} {rest}".strip()
    return text


_QUANTIFIERS = frozenset("some many several other unnamed most few all two three senior".split())


def _lemma(token: Token) -> str:
    """The token's lemma, with the sm model's slips on cue verbs put right ("hopes" -> "hop")."""
    lemma = token.lemma_.lower()
    return lexicon.LEMMA_FIXES.get((lemma, token.lower_[: len(lemma) + 1]), lemma)


def _enclosing(statements: list[Statement], at: int) -> Statement | None:
    """The innermost statement with a resolved speaker whose content holds offset `at`."""
    holding = [
        s
        for s in statements
        if s.speaker.name and any(f.start <= at < f.end for f in (s.fragments or (s.content,)))
    ]
    return min(holding, key=lambda s: s.content.end - s.content.start, default=None)


def _dateline(token: Token) -> bool:
    """A dateline's place: capitals opening a paragraph, then a dash ("WASHINGTON --")."""
    doc = token.doc
    first = token.i == 0 or doc[token.i - 1].is_space or "\n" in doc[token.i - 1].whitespace_
    following = doc[token.i + 1 : token.i + 4]
    return (
        first
        and token.is_upper
        and len(token) > 1
        and any(t.text in ("--", "—", "–", "-") for t in following)
    )


def _a_person(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or token.lower_ in lexicon.PERSON_PRONOUNS


def _can_speak(token: Token) -> bool:
    """Who can promise, deny or call for something: people, groups, institutions, names."""
    if token.pos_ in ("PROPN", "PRON") or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return token.lower_ not in lexicon.THING_PRONOUNS or token.pos_ == "PROPN"
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in token.children):
        return True  # "His former partner, Lawrence B. Cummings, called him …"
    lemma = token.lemma_.lower()
    if token.tag_ == "NNS" and re.search(
        r"(?:ers|ors|ists|ians|ants|ents|ives|ics)$", token.lower_
    ):
        return True  # "protesters", "critics", "residents": plural nouns for people
    return (
        lemma in lexicon.GROUP_NOUNS
        or lemma in lexicon.ROLE_NOUNS
        or (lemma in lexicon.INSTITUTION_NOUNS or lemma in lexicon.ANONYMOUS_NOUNS)
    )


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
    first = re.findall(r"[A-Za-z]+", text)[:1]
    return bool(first) and first[0].lower() in lexicon.TITLES and first[0].lower() != "the"


def _singular_indefinite(token: Token) -> bool:
    return token.tag_ == "NN" and any(
        c.lower_ in ("a", "an", "one", "another", "the") for c in token.children
    )


def _agent(verb: Token) -> Token | None:
    by = _agent_by(verb)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def _agent_by(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "agent"), None)


def _set_off(verb: Token) -> bool:
    """A short cue clause set off from its content: "…, Lankov adds." or "X, officials said, Y"."""
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return _as_clause(verb)  # "As Menendez pointed out, …", "…, as the Post reported."
    if verb.dep_ not in ("parataxis", "ccomp", "conj", "advcl") or verb.tag_ == "VBG":
        return False
    if verb.head.pos_ not in ("VERB", "AUX"):
        return False
    leading = set(_leading_clauses(verb))
    if any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "advcl", "attr", "acomp")
        for c in verb.children
        if c not in leading
    ):
        return False
    edge = _left_edge(verb)
    after_comma = edge.i > 0 and edge.nbor(-1).text in (",", "”", '"', "—", "–", ":")
    if verb.i > verb.head.i:
        return after_comma
    right = max(t.i for t in verb.subtree if not t.is_punct)
    return after_comma and right + 1 < len(verb.doc) and verb.doc[right + 1].text in (",", "—", "–")


def _clause(head: Token) -> list[Token]:
    """The reported clause without a second clause the parser joined to it: in "Rubio said the
    extremist is Clinton, and he railed against …" or "she didn’t want to … and predicted
    that …" the railing and the predicting are the speaker's own acts, not what was said."""
    cut: set[int] = set()
    for conj in (c for c in head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")):
        subject = next((c for c in conj.children if c.dep_ in _SUBJECTS), None)
        words = [t for t in head.doc[head.i : conj.i] if t.head == head or t.head == conj]
        comma = any(t.text in (",", ";") for t in words)
        but = any(t.dep_ == "cc" and t.lower_ in ("but", "yet") for t in words)
        own_act = subject is None and _lemma(conj) in _CUE_LEMMAS
        speaker_again = (
            comma
            and subject is not None
            and subject.lower_ in lexicon.PERSON_PRONOUNS | lexicon.GROUP_PRONOUNS
        )
        if own_act or (comma and but) or speaker_again:
            start = conj.left_edge.i
            while start - 1 > head.i and head.doc[start - 1].dep_ in ("cc", "punct"):
                start -= 1  # the ", and" or "but" that joins it
            cut |= set(range(start, conj.right_edge.i + 1))
    return [t for t in head.subtree if t.i not in cut]


def _loose_clause(verb: Token) -> Token | None:
    """A clause after a speech verb that the parser hung on it as an xcomp: "say taxing
    consumption encourages savings", "He said legalizing it could put thousands to work"."""
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ == "xcomp" and child.tag_ in ("VBG", "VBZ", "VBD"):
            return child
        if (
            child.dep_ == "advcl"
            and any(c.dep_ == "nsubj" for c in child.children)
            and not any(c.dep_ == "mark" for c in child.children)
            and not any(  # "said when she resigned": a time, not what was said
                c.dep_ == "advmod" and c.tag_ == "WRB" for c in child.children
            )
        ):
            return child  # "Trump said after the convention he would not accept …"
    return None


def _verb_tagged_noun(token: Token) -> bool:
    """ "But Trump claims that he …": a verb the tagger took for a plural noun, still heading a
    subject and a clause."""
    return (
        token.pos_ == "NOUN"
        and any(c.dep_ == "nsubj" for c in token.children)
        and any(c.dep_ == "ccomp" for c in token.children)
    )


def _object_after(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)


def _infinitive(token: Token) -> bool:
    """A "to" clause hung on the verb as an adverbial ("called for X to release …")."""
    return token.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    )


def _clause_ids(head: Token) -> set[int]:
    return {t.i for t in _clause(head)}


def _evidence(token: Token) -> bool:
    return token.lemma_.lower() in lexicon.EVIDENCE_NOUNS or token.lower_ in lexicon.EVIDENCE_NOUNS


def _said_object(verb: Token) -> Token | None:
    """What "say" takes as a plain object: "said no", "say the same of Trump", "said so"."""
    for child in verb.children:
        if child.i < verb.i:
            continue
        if (child.dep_ == "dobj" and child.pos_ != "PRON") or child.dep_ == "intj":
            return child
        if child.dep_ == "advmod" and child.lower_ == "so":
            return child
    return None


def _that_after(verb: Token) -> Token | None:
    """ "that" after the verb, past its adverbs and prepositional phrases ("says in a statement
    that …", "said following a vote in 2001 that …"), when the parser left the clause loose."""
    skip = {
        t.i
        for c in verb.children
        if c.i > verb.i and c.dep_ in ("prep", "npadvmod", "advmod", "dative", "dobj")
        for t in c.subtree
    }
    for token in verb.doc[verb.i + 1 : verb.sent.end]:
        if token.lower_ == "that" and token.dep_ in ("mark", "advmod"):
            return token
        if token.i not in skip and token.text != ",":
            return None
    return None


def _leading_clauses(verb: Token) -> list[Token]:
    """Clauses before the cue's subject that the parser hung on the cue ("Though the transition
    was seamless, he said, …"): part of what is reported, not of the cue."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.i < verb.i), None)
    if subject is None:
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and c.right_edge.i < subject.left_edge.i
        and verb.doc[subject.left_edge.i - 1].text == ","
    ]


def _parenthetical(verb: Token, subject: Token) -> bool:
    """ "A, he said, B": a speech verb the parser made the root, commas either side of its
    subject and itself, words on both sides, no object of its own."""
    if verb.dep_ != "ROOT" or subject.i > verb.i or subject.dep_ not in _SUBJECTS:
        return False
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in verb.children):
        return False
    doc = verb.doc
    left = subject.left_edge.i
    right = max(
        [verb.i, *(c.right_edge.i for c in verb.children if c.dep_ in ("npadvmod", "advmod"))]
    )
    return (
        left > verb.sent.start + 1
        and doc[left - 1].text == ","
        and right + 2 < verb.sent.end
        and doc[right + 1].text == ","
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


def _left_edge(token: Token) -> Token:
    """Where the cue's own clause begins: its subject, or the verb itself when inverted.

    A quote before the subject that the parser hung on it ("“That’s a concern,” Sarandon told
    MSNBC": "’s" as a clause of "Sarandon") is not part of the subject."""
    subject = next((c for c in token.children if c.dep_ in _SUBJECTS and c.i < token.i), None)
    if subject is None:
        return token
    stray = {
        t.i
        for c in subject.children
        if c.i < subject.i and c.dep_ in ("ccomp", "parataxis", "punct")
        for t in c.subtree
    }
    return min((t for t in subject.subtree if t.i not in stray), key=lambda t: t.i)


def _pairs(text: str) -> bool:
    return text.count("“") == text.count("”") and text.count('"') % 2 == 0


def _words(text: str, start: int, end: int) -> int:
    return len(text[start:end].split())
