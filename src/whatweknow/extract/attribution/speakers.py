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
from ...model import Entity, Span, Speaker, Statement
from ..entities import name_tokens
from .context import Candidate, Context
from .syntax import SUBJECTS, agent, clause_ids

# How far back a pronoun looks for the previous speaker, in characters (about 3 paragraphs).
PRONOUN_WINDOW = 1500
_QUANTIFIERS = frozenset("some many several other unnamed most few all two three senior".split())


# -- the source in the parse -----------------------------------------------------------------


def speaker_of(verb: Token) -> list[Token] | None:
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is not None and subject.lower_ in lexicon.RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return [subject, verb.head]  # "officials, who said …": mention "who", speaker officials
    if subject is None and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None and agent(verb) is not None:
        subject = agent(verb)
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
        if (verb.tag_ == "VBG" or (verb.dep_ == "conj" and verb.i not in clause_ids(head))) and (
            head.dep_ in ("ccomp", "advcl") and head.head.lemma_.lower() in lexicon.REPORTING_VERBS
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


def speaker_span(ctx: Context, head: Token) -> tuple[int, int]:
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
    span = ctx.trim(start, end)
    return span or (head.idx, head.idx + len(head))


def can_speak(token: Token) -> bool:
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


def a_person(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or token.lower_ in lexicon.PERSON_PRONOUNS


def evidence(token: Token) -> bool:
    return token.lemma_.lower() in lexicon.EVIDENCE_NOUNS or token.lower_ in lexicon.EVIDENCE_NOUNS


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


# -- naming and coreference ------------------------------------------------------------------


def speaker(ctx: Context, candidate: Candidate, earlier: list[Statement]) -> Speaker:
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
    if head.lower_ in lexicon.RELATIVE_PRONOUNS and len(candidate.speaker_tokens) > 1:
        antecedent = candidate.speaker_tokens[1]
        resolved = speaker(ctx, Candidate(candidate.cue, candidate.content, [antecedent]), earlier)
        return Speaker(
            resolved.name,
            resolved.kind,
            ctx.span(head.idx, head.idx + len(head)),
            resolved.entity,
            resolved.members,
        )
    appos = next((c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    if head.pos_ == "NOUN" and appos is not None:
        head = appos  # "His former partner, Lawrence B. Cummings, called …": Cummings
    mention = speaker_span(ctx, head)
    lower = head.lower_
    if head.text != "US" and (
        head.pos_ == "PRON" or lower in lexicon.PERSON_PRONOUNS | lexicon.GROUP_PRONOUNS
    ):
        return pronoun(ctx, head, mention, earlier)
    if head.pos_ == "PROPN" and not name_tokens(ctx.text[mention[0] : mention[1]]):
        mention = ctx.tokens_span(list(head.subtree))  # "Lt. Gen. (retd) Chun"
        mention = ctx.trim(*mention) or mention
    return named(ctx, mention, head)


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
        return Speaker(None, "unresolved", span)
    else:
        return Speaker(None, "unresolved", span)
    local = _subject_earlier_in_sentence(ctx, head, kinds)
    if local is not None:
        return Speaker(local.stands_for or local.name, entity_kind(local), span, local.id)
    previous = _previous_speaker(ctx, earlier, head.idx, kinds)
    if previous is not None:
        return Speaker(previous.name, previous.kind, span, previous.entity, previous.members)
    entity = _previous_entity(ctx, head.idx, kinds)
    if entity is not None:
        return Speaker(entity.stands_for or entity.name, entity_kind(entity), span, entity.id)
    return Speaker(None, "unresolved", span)


def _previous_speaker(
    ctx: Context,
    earlier: list[Statement],
    at: int,
    kinds: tuple[str, ...],
    window: int = PRONOUN_WINDOW,
) -> Speaker | None:
    last_entity = _previous_entity(ctx, at, kinds)
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
                if latest > cue_at and kinds == ("person",) and _is_subject_at(ctx, latest):
                    return None
            return statement.speaker
    return None


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
    if last.speaker.kind != "person" or not last.speaker.name or last.form == "indirect":
        return None
    return last.speaker


def _subject_earlier_in_sentence(
    ctx: Context, pronoun: Token, kinds: tuple[str, ...]
) -> Entity | None:
    """ "While South Korea has long accused …, it says": the subject before the pronoun."""
    for token in pronoun.sent:
        if token.i >= pronoun.i:
            break
        if token.dep_ in SUBJECTS and not ctx.inside_quote(token):
            entity = entity_for(ctx, token)
            if entity is not None and entity_kind(entity) in kinds:
                return entity
    return None


def _is_subject_at(ctx: Context, offset: int) -> bool:
    span = ctx.doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span is not None and span.root.dep_ in SUBJECTS


def _previous_entity(ctx: Context, at: int, kinds: tuple[str, ...]) -> Entity | None:
    best: tuple[int, Entity] | None = None
    for entity in ctx.index.entities:
        if entity_kind(entity) not in kinds:
            continue
        for mention in entity.mentions:
            later = best is None or mention.start > best[0]
            if mention.start < at and later and not ctx.quote_at(mention.start):
                best = (mention.start, entity)
    return best[1] if best else None


def named(ctx: Context, mention: tuple[int, int], head: Token | None) -> Speaker:
    span = ctx.span(*mention)
    conjuncts = [c for c in head.conjuncts] if head is not None else []
    together = sorted((head, *conjuncts), key=lambda t: t.i)
    members = [entity_for(ctx, t) for t in together] if conjuncts else []
    if len({id(e) for e in members}) == 1 and members[0] is not None:
        members = members[:1]  # "Vice President for news and talk Dave Gorab": one person
    if len(members) > 1:
        ids = tuple(e.id for e in members if e is not None)
        if all(e is not None and e.type == "person" for e in members):
            names = " and ".join(e.name for e in members if e)
            return Speaker(names, "person", span, None, ids)  # "Mr. Madden and Mr. Cancian"
        return Speaker(group_name(span.text), "group", span, None, ids)
    entity = entity_for(ctx, head) if head is not None else ctx.index.at(*mention)
    words = name_tokens(span.text)
    proper = head is not None and head.pos_ == "PROPN"
    if entity is None and words and (head is None or proper):
        entity = ctx.index.person(words)
    lemma = head.lemma_.lower() if head is not None else ""
    if entity is not None and (head is None or head.pos_ == "PROPN" or entity.type == "person"):
        return Speaker(entity.stands_for or entity.name, entity_kind(entity), span, entity.id)
    lowered = {w.lower() for w in span.text.split()}
    if (
        lowered & lexicon.ANONYMOUS_MARKERS - {"some", "several"}
        or (lemma in lexicon.ANONYMOUS_NOUNS and head is not None and _singular_indefinite(head))
        or (head is not None and head.lower_ in ("sources", "source"))
    ):
        return Speaker(group_name(span.text), "anonymous", span)
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
        return _role(ctx, head, span)
    if head is not None and head.pos_ == "PROPN":
        kind = "person" if _has_title(span.text) or _looks_like_a_name(head) else "organization"
        return Speaker(" ".join(words) if kind == "person" else group_name(span.text), kind, span)
    if lemma in lexicon.INSTITUTION_NOUNS or lemma in lexicon.ORGANIZATION_WORDS:
        return Speaker(
            group_name(span.text),
            "organization",
            span,
            entity.id if entity is not None else None,
        )
    if lemma in lexicon.GROUP_NOUNS or (head is not None and head.tag_ in ("NNS", "NNPS")):
        return Speaker(group_name(span.text), "group", span)
    if head is not None and head.pos_ == "NOUN":
        return Speaker(group_name(span.text), "anonymous", span)
    return Speaker(None, "unresolved", span)


def _role(ctx: Context, head: Token, span: Span) -> Speaker:
    """ "the minister said": the person last introduced with that role, if any."""
    role = head.lemma_.lower()
    best: tuple[int, Entity] | None = None
    for entity in ctx.index.entities:
        if entity.type != "person":
            continue
        described = any(role in d.text.lower().split() for d in entity.descriptors)
        for mention in entity.mentions:
            before = ctx.text[max(0, mention.start - 40) : mention.start].lower().split()[-3:]
            later = best is None or mention.start > best[0]
            if mention.start < head.idx and later and (described or role in before):
                best = (mention.start, entity)
    if best is not None:
        return Speaker(best[1].name, "person", span, best[1].id)
    return Speaker(group_name(span.text), "person", span)


def entity_for(ctx: Context, token: Token) -> Entity | None:
    entity = ctx.index.at(token.idx, token.idx + len(token))
    if entity is None and token.ent_iob_ == "I":
        # The head is inside a longer entity mention: find where that mention starts.
        start = token
        while start.i > 0 and start.ent_iob_ == "I":
            start = ctx.doc[start.i - 1]
        entity = ctx.index.at(start.idx, token.idx + len(token))
    if entity is None and token.pos_ == "PROPN":
        tokens = [t for t in token.subtree if t.dep_ in ("compound", "flat") or t is token]
        entity = ctx.index.person(name_tokens(" ".join(t.text for t in tokens)))
    return entity


def entity_kind(entity: Entity) -> str:
    if entity.type == "person":
        return "person"
    if entity.type in ("organization", "place"):
        return "organization"
    return "group"


def group_name(text: str) -> str:
    """ "Some experts" -> "some experts"; "the Pentagon" -> "Pentagon"."""
    text = re.sub(
        r"^(?:(?:only|just)\s+)?(?:(?:the|a|an)\s+)?", "", text.strip(), flags=re.IGNORECASE
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
    first = re.findall(r"[A-Za-z]+", text)[:1]
    return bool(first) and first[0].lower() in lexicon.TITLES and first[0].lower() != "the"


def _singular_indefinite(token: Token) -> bool:
    return token.tag_ == "NN" and any(
        c.lower_ in ("a", "an", "one", "another", "the") for c in token.children
    )
