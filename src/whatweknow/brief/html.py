"""The brief as one self-contained HTML file: inline CSS, charts drawn in HTML and CSS, no
CDN, no script.

Every line links to its source sentence: the documents the brief cites are included at the
end, each cited passage an element with the id the brief links to (`#d-<document>-<start>-
<end>`), highlighted when it is the link's target. The web app renders the same sections from
the same templates. Article text is untrusted: the templates escape everything they print.
"""

from __future__ import annotations

import math
import re
from functools import cache
from typing import Any
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from .. import __version__
from ..lexicon import WITHHOLDING_VERBS
from ..merge.figures import CREDIBILITY, RELIABILITY
from ..names import state_named
from .context import ellipses
from .numbers import (
    QUALIFIERS,
    compact,
    describe_value,
    interval_text,
    number,
    range_text,
    sources_label,
    sources_named,
    stated,
    ticks,
    who_gives,
)
from .passages import Passage, anchor_id, continued_style, paragraphs
from .timeline import chart, grouped, when


@cache
def environment() -> Environment:
    """The package's Jinja2 templates (the standalone brief at the top, the web app's pages
    under web/), autoescaped, with the brief's filters and charts."""
    env = Environment(
        loader=PackageLoader("whatweknow", "data/templates"),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        {
            "describe": describe_value,
            "stated": stated,
            "who_gives": who_gives,
            "interval": interval_text,
            "number": number,
            "anchor": anchor,
            "range_text": range_text,
            "sources_named": sources_named,
            "sources_label": sources_label,
            "in_sentence": in_sentence,
            "outer_quotes": outer_quotes,
            "marked": marked,
            "cited_words": cited_words,
            "plural": plural,
            "unplaced_note": unplaced_note,
            "described": described,
            "headed": headed,
            "unnamed": unnamed,
            "dated": dated,
            "when": when,
            "answered_by": answered_by,
            "some_values": some_values,
            "link": safe_url,
            "words": words,
            "cue_label": cue_label,
            "negation": negation,
            "segment": path_segment,
        }
    )
    env.globals.update(
        {
            "figure_chart": figure_chart,
            "timeline_chart": timeline_chart,
            "version": __version__,
            "QUALIFIERS": QUALIFIERS,
            "CREDIBILITY": CREDIBILITY,
            "RELIABILITY": RELIABILITY,
            "continued_style": continued_style,
            "timeline_groups": grouped,
        }
    )
    return env


def safe_url(url: str | None) -> str | None:
    """`url` when it is http(s), else None. A document's URL comes from a feed or a dump: a
    `javascript:` or `data:` URL must never become a link (escaping does not stop those)."""
    if not url:
        return None
    bare = "".join(c for c in url if c > " " and c != "\x7f")  # browsers skip these too
    return url.strip() if bare[:8].lower().startswith(("http://", "https://")) else None


def path_segment(name: str) -> str:
    """`name` quoted as one segment of a URL path: its slashes too ("NBC/WSJ poll"), which
    Jinja's `urlencode` keeps and a router would read as two segments."""
    return quote(str(name), safe="")


def anchor(source: dict[str, Any]) -> str:
    return anchor_id(source["document"], source["start"], source["end"])


def dated(items: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    """Items in the order of their citation's publication date (`key`: "source" or "location"),
    undated last."""
    return sorted(items, key=lambda item: (item[key].get("published") or "9999")[:10])


def some_values(cluster: dict[str, Any], count: int | None) -> list[dict[str, Any]]:
    """At most `count` of a cluster's values (all: None), in their order: those in dispute
    first, then the latest."""
    values = cluster["values"]
    if count is None or len(values) <= count:
        return values
    disputed = {ref for pair in cluster.get("disputes") or () for ref in pair}
    ranked = sorted(range(len(values)), key=lambda i: (values[i]["id"] not in disputed, -i))
    return [values[i] for i in sorted(ranked[:count])]


def described(speaker: dict[str, Any]) -> str:
    """How a speaker is described, everywhere the same (the brief's entry, the speaker's page,
    Markdown): their first two descriptors that say something new, not one whose words an
    earlier one holds ("of the Center for Strategic and International Studies (CSIS)" and then
    "of CSIS"), and no party or state tag that another says in words ("R-Va." beside
    "Republican of Virginia", "Ill." beside "of Illinois"); none that says when or how much
    rather than who ("James Comey, at the time", "Mitt Romney, 49 percent to 44 percent, in
    Florida", "Donald Trump, 24 hours from his self-imposed deadline": the parse hung a time or
    a poll's share on the name); none that opens with "his", "her", "its" or "their", whose
    owner the sentence it came from named and the heading does not ("Hillary Clinton, his
    former Democratic opponent", "Lauren Greene, his former communications director": BASIL
    5ad07f6e, bc2023bc, 692af8c6, e0c74f30, dae34cbe); nor one whose words a later one holds
    with more ("John Boehner, of Ohio; R-Ohio" is "R-Ohio", "Dick Durbin, of Illinois; Democrat
    of Illinois" is "Democrat of Illinois"). A party's letter alone, as a bracket after the
    name gives it ("Gov. Chris Christie (R)"), is its word: "Chris Christie, Republican", not
    "Chris Christie, R"; a state alone, as a bracket gives a senator's, is no description:
    "Mitch McConnell (Ky.)" is "Mitch McConnell", not "Mitch McConnell, Ky."."""
    descriptors = speaker.get("descriptors", [])
    meanings = [_meaning(d) for d in descriptors]
    in_words = [m for d, m in zip(descriptors, meanings, strict=True) if not _tag(d)]
    who = [m for d, m in zip(descriptors, meanings, strict=True) if not _NOT_WHO.match(d)]
    shown: list[str] = []
    seen: set[str] = set()
    for n, descriptor in enumerate(descriptors):
        words = meanings[n]
        if words <= seen or _NOT_WHO.match(descriptor) or any(words < other for other in who):
            continue
        if _first_word(descriptor.casefold()) in _POSSESSIVES:
            continue
        if _state_alone(descriptor):
            continue
        if _tag(descriptor) and any(words <= other for other in in_words):
            continue
        shown.append(_PARTY_IN_WORDS.get(descriptor.strip(), descriptor))
        seen |= words
        if len(shown) == DESCRIPTORS:
            break
    return "; ".join(shown)


def headed(speaker: dict[str, Any]) -> str:
    """A speaker's name as a heading shows it: a description the text gives for a name starts
    with a capital ("analysts" is "Analysts", "aide" is "Aide"), as every heading does; the
    link and the filter keep the name as it is."""
    name = speaker["name"]
    return name[:1].upper() + name[1:] if name[:1].islower() else name


def unnamed(speaker: dict[str, Any]) -> str:
    """What a heading says beside a speaker the text does not name: "unnamed" for an
    anonymous source or people told only by what they are ("aide", "analysts", "some",
    "a spokeswoman for Brevard College"), "document" for a thing that speaks ("report",
    "tweet", "letter"); "" for a name. A bare lowercase "aide" or "tweet" read as a slip."""
    kind = speaker.get("kind")
    if _first_word(speaker["name"].casefold()) in ("unnamed", "anonymous"):
        return ""  # "Unnamed reports" says so: "Unnamed reports (unnamed)" said it twice
    if kind == "anonymous":
        return "unnamed"
    if not speaker["name"][:1].islower():
        return ""
    return {"group": "unnamed", "person": "unnamed", "document": "document"}.get(kind, "")


def _meaning(descriptor: str) -> set[str]:
    """A descriptor's words, folded to what they say: a party-state tag as its party and
    state ("R-Texas" as Republican and Texas, "R" as Republican), a state as its name, and no
    article or "of" (BASIL a28a0329, b7021938, 58ed2376: "Bob Goodlatte, R-Va.; Republican of
    Virginia", "Jan Brewer, a Republican; R")."""
    tag = _tag(descriptor)
    if tag is not None:
        return tag
    words: set[str] = set()
    for word in re.findall(r"\w+", descriptor):
        place = state_named(word) if word[:1].isupper() else None
        folded = word.casefold()
        if place:
            words |= set(place.casefold().split())
        elif folded not in _EMPTY_WORDS:
            words.add(_PARTY_WORDS.get(folded, folded))
    return words


def _tag(descriptor: str) -> set[str] | None:
    """What a party or state tag says ("R-Va.": Republican, Virginia; "Ill.": Illinois), or
    None for a descriptor in words."""
    text = descriptor.strip()
    tag = _PARTY_TAG.fullmatch(text)
    if tag is not None:
        party, state = tag.groups()
        place = state_named(state) if state else None
        if not state or place:
            return {_PARTY[party], *(place or "").casefold().split()}
    place = state_named(text) if text[:1].isupper() else None
    return set(place.casefold().split()) if place else None


def _state_alone(descriptor: str) -> bool:
    """A state with no party ("Ky.", "Texas"), not "R-Ky." nor "of Kentucky"."""
    text = descriptor.strip()
    return _PARTY_TAG.fullmatch(text) is None and _tag(text) is not None


# A descriptor that says when or how much: a number and what it measures ("49 percent to 44
# percent", "24 hours from …"; an age alone, "31", is who), or "at the time".
_NOT_WHO = re.compile(r"\d[\d,.]*\s+\w|at the time\b", re.IGNORECASE)
# "R", "D-Calif.", "R-N.Y.": a party tag, with a state or not.
_PARTY_TAG = re.compile(r"([DRI])(?:\s*[-–]\s*([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?))?")
_PARTY = {"D": "democrat", "R": "republican", "I": "independent"}
_PARTY_IN_WORDS = {"D": "Democrat", "R": "Republican", "I": "independent"}
_PARTY_WORDS = {"democratic": "democrat", "democrats": "democrat", "republicans": "republican"}
_EMPTY_WORDS = frozenset("a an the of".split())
# Possessive pronouns: a descriptor they open names its owner only in its own sentence.
_POSSESSIVES = frozenset("his her its their".split())


# How many of a speaker's descriptors a brief and a speaker's page show.
DESCRIPTORS = 2


def cue_label(statement: dict[str, Any]) -> str:
    """The cue a brief shows before a statement's words, or "" for one that is no verb
    ("According to: $1.1 million is the estimated cost …", "reportedly: Abedin reportedly
    forwarded …" read as verbs; the words stand alone under their source), nor one that is
    a mark ("Carly Fiorina: 'Bill Clinton's fair game.'", "WALLACE: Let's start": a colon
    between a name and words read as ":: Let's start")."""
    cue = statement.get("cue") or ""
    return "" if cue.casefold() in _NO_VERB_CUES or not is_word(cue) else cue


def is_word(cue: str) -> bool:
    """The cue has a letter: a verb or a phrase, not a colon or a dash that marks the words."""
    return any(c.isalpha() for c in cue)


def negation(statement: dict[str, Any]) -> str:
    """The word a brief puts before a negated statement's cue: "not" ("not say: whether …"),
    or "" where the cue holds the words back itself ("declined: to comment", "refused to say:
    whether …") or says "not" itself ("decided not to recommend": `context.catenative`),
    which "not" would turn into their opposite or double; such a cue is shown strong
    instead. "" for a statement that is not negated."""
    if not statement.get("negated"):
        return ""
    cue = statement.get("cue") or ""
    cue = cue.get("text") or "" if isinstance(cue, dict) else cue
    words = cue.casefold().split()
    if any(
        w.startswith(_WITHHOLDING_STEMS) or w in ("not", "never") or w.endswith(("n't", "n’t"))
        for w in words
    ):
        return ""
    return "not"


# What the forms of a withholding verb start with: "declin" for "declined", "declines".
_WITHHOLDING_STEMS = tuple(sorted(v.removesuffix("e") for v in WITHHOLDING_VERBS))

# Cues that are no verb: a line shows no label for them (`cue_label`). "In" opens a poll's
# finding ("In an ABC News/Washington Post Poll released Sunday, three of four Americans
# disapproved …") and "To" how a thing looks to someone ("To the Republican leader, it was a
# way to …"): "In: three of four Americans …" read as a verb.
_NO_VERB_CUES = frozenset({"according to", "reportedly", "per", "in", "to"})


def words(statement: dict[str, Any]) -> str:
    """A statement's words as a brief shows them, its fragments joined by an ellipsis. Only a
    direct quote is put in quotation marks (“We will win” … “It is ours.”): the reporter's
    paraphrase ('Observers say Moscow needs manpower') in marks would read as the speaker's own
    words. A fragment with quotation marks of its own ("the ad as “dishonest and
    hypocritical,”") is shown as it is, so marks are never doubled."""
    fragments = statement.get("fragments") or [statement["text"]]
    sentence = statement.get("context")
    if (
        not cue_label(statement)
        and _first_word(fragments[0]) in _MID_SENTENCE
        and sentence
        and not sentence["cut"]
        and fragments[0] != sentence["text"]
    ):
        # words under no verb that open in the middle of their sentence, with no subject,
        # read as a slip ("reportedly quit earlier this month …", "that reportedly call for a
        # path …", "though it would reportedly push …"): their sentence, as the reporter
        # wrote it; "the sailor had hoped …" stays
        return sentence["text"]
    return marked(statement)


def marked(statement: dict[str, Any]) -> str:
    """The words of a statement, or of another outlet's copy of it (one of its `also_in`), with
    only a direct quote in quotation marks, each piece in its own (“We will not back down” …
    “because the budget is fair.”), never one pair around an ellipsis no one wrote."""
    fragments = statement.get("fragments") or [statement["text"]]
    return " … ".join(quoted(f, statement.get("form")) for f in fragments)


def quoted(words: str, form: str | None) -> str:
    """Words of a statement as a brief shows them: a direct quote in quotation marks, unless
    they hold marks of their own (“the ad as “dishonest and hypocritical,””); the reporter's
    paraphrase, or a mixed quote (that “too many voices are being destroyed”), as written."""
    if form != "direct" or any(q in words for q in '“”"'):
        return words
    return f"“{words}”"


# Words that open a statement's words in the middle of a sentence: a conjunction, a relative
# pronoun, an auxiliary or the adverb before a verb whose subject is left out (`words`).
_MID_SENTENCE = frozenset(
    "that which who whom though although while because and but or as reportedly allegedly "
    "has have had is was were are will would".split()
)


def _first_word(text: str) -> str:
    """The first word of `text`, "" for none."""
    return next(iter(text.split()), "")


def plural(count: int, word: str, many: str | None = None) -> str:
    """ "1 article", "2 articles", "3 copies" (with `many`)."""
    return f"{count:,} {word if count == 1 else many or word + 's'}"


def unplaced_note(count: int) -> str:
    """The time expressions left off the timeline, in plain words: "1 time expression in these
    articles gives no day, month or year, so it is not on the timeline." (was "1 date in these
    articles could not be placed on a date.")."""
    if count == 1:
        return (
            "1 time expression in these articles gives no day, month or year, so it is not on "
            "the timeline."
        )
    return (
        f"{count:,} time expressions in these articles give no day, month or year, so they are "
        "not on the timeline."
    )


def cited_words(context: dict[str, Any], source: dict[str, Any]) -> str:
    """The words of a source sentence that a citation opens (the passage `source` spans), so
    its label quotes what the reader lands on, not the whole sentence."""
    left = max(0, source["start"] - context["start"])
    right = min(len(context["text"]), source["end"] - context["start"])
    return context["text"][left:right] if left < right else context["text"]


def outer_quotes(text: str) -> tuple[str, str]:
    """The marks that quote a sentence shown as the article's words: none where it opens with
    a quotation mark of its own, which quotes it already (“““Forty guys get together …””” and
    “"This is about …” were shown doubled, BASIL 58f414e5, 70c75d68, 2058ec60); only the
    opening one where it opens inside a quote whose closing mark it holds (“I haven't spoken
    to her in way over a year.”” was shown, BASIL 3ae35b16; the round-63 reader)."""
    if text[:1] in "“\"‘'":
        return ("", "")
    if text.count("”") > text.count("“") or text.count('"') % 2:  # straight marks, as clean keeps
        return ("“", "")
    return ("“", "”")


def in_sentence(context: dict[str, Any], source: dict[str, Any]) -> Markup:
    """A source sentence with the cited passage in it marked."""
    text, offset = context["text"], context["start"]
    left = max(0, source["start"] - offset)
    right = min(len(text), source["end"] - offset)
    before, after = ellipses(context)
    if left >= right:
        return escape(f"{before}{text}{after}")
    return Markup("{}{}<mark>{}</mark>{}{}").format(
        before, text[:left], text[left:right], text[right:], after
    )


def brief_html(brief: dict[str, Any], store: Any) -> str:
    cited = _cited(brief)
    texts = store.texts(list(cited))
    documents = []
    split: list[str] = []
    for document in brief["documents"]:
        if document["id"] not in cited:
            continue
        marks = [
            Passage(start, end, anchor=anchor_id(document["id"], start, end), classes="cited")
            for start, end in cited[document["id"]]
        ]
        body, pieces = paragraphs(texts.get(document["id"], ""), marks)
        split += pieces
        documents.append({**document, "paragraphs": body})
    return (
        environment()
        .get_template("brief.html.j2")
        .render(
            brief=brief,
            documents=documents,
            split=split,
            web=False,
            value_rows=None,
            statement_rows=None,
        )
    )


def _cited(brief: dict[str, Any]) -> dict[str, list[tuple[int, int]]]:
    spans: dict[str, list[tuple[int, int]]] = {}

    def add(source: dict[str, Any]) -> None:
        spans.setdefault(source["document"], []).append((source["start"], source["end"]))

    for cluster in brief["figures"]:
        for value in cluster["values"]:
            add(value["location"])
    for speaker in brief["speakers"]:
        for statement in speaker["statements"]:
            add(statement["source"])
            for other in statement["also_in"]:
                add(other)
    for event in [*brief["timeline"], *brief.get("background", [])]:
        for source in (event["source"], *event.get("also_in", [])):
            add(source)
    for question in brief["questions"]:
        add(question["source"])
    return spans


def figure_chart(cluster: dict[str, Any], values: list[dict[str, Any]] | None = None) -> Markup:
    """A cluster's values by source, drawn in HTML and CSS so the text keeps its size on any
    screen: each value's interval as a bar (an open end runs to the edge), its value as a dot
    (a vague amount, "hundreds", has only its bar), on an axis with round ticks. A log scale
    when the values span more than two orders of magnitude. The list beside it says the
    same in words, so the chart is hidden from screen readers. `values`: only these."""
    rows = []
    for value in cluster["values"] if values is None else values:
        low, high = _bounds(value)
        if math.isinf(low) and math.isinf(high):
            continue
        dot = None if value["qualifier"] == "vague" else value["value"]
        rows.append((value, max(low, 0.0), high, dot))
    if not rows:
        return Markup("")
    finite = [x for _, low, high, dot in rows for x in (low, high, dot) if x and not math.isinf(x)]
    top = max(finite, default=1.0)
    positive = [x for x in finite if x > 0]
    log = bool(positive) and top / min(positive) > 100
    if log:
        floor = 10 ** math.floor(math.log10(min(positive)))
        ceiling = 10 ** math.ceil(math.log10(top))
        marks = [10**k for k in range(round(math.log10(floor)), round(math.log10(ceiling)) + 1)]

        def at(x: float) -> float:
            x = min(max(x, floor), ceiling)
            return 100 * math.log10(x / floor) / math.log10(ceiling / floor)
    else:
        marks = ticks(0.0, top)
        ceiling = marks[-1] or 1.0

        def at(x: float) -> float:
            return 100 * min(max(x, 0.0), ceiling) / ceiling

    currency = next((v.get("currency") for v, *_ in rows if v.get("currency")), None)
    parts = [
        Markup(
            '<figure class="range-chart" aria-hidden="true"><figcaption>{}{}</figcaption>'
        ).format("Each source's value", " (log scale)" if log else "")
    ]
    for value, low, high, dot in rows:
        left = at(low)
        right = 100.0 if math.isinf(high) else at(high)
        who = who_gives(value)
        where = value["location"]["outlet"] or ""
        if where == who:
            where = ""  # the outlet's own figure: "usa-today" once, not over "usa-today"
        parts.append(
            Markup(
                '<div class="rc-row"><div class="rc-who">{}<span class="rc-where">{}</span></div>'
                '<div class="rc-track"><span class="rc-bar{}" style="left:{:.1f}%;width:{:.1f}%">'
                "</span>"
            ).format(who, where, " open" if math.isinf(high) else "", left, max(right - left, 0.6))
        )
        label_at = at(dot) if dot is not None else (left + right) / 2
        if dot is not None:
            parts.append(
                Markup('<span class="rc-dot" style="left:{:.1f}%"></span>').format(at(dot))
            )
        side = f"right:{100 - label_at:.1f}%" if label_at > 60 else f"left:{label_at:.1f}%"
        parts.append(
            Markup('<span class="rc-val" style="{}">{}</span></div></div>').format(
                side, value["text"]
            )
        )
    parts.append(
        Markup('<div class="rc-row rc-axis"><div class="rc-who"></div><div class="rc-track">')
    )
    for mark in marks:
        parts.append(
            Markup('<span class="rc-tick" style="left:{:.1f}%">{}</span>').format(
                at(mark), compact(mark, currency)
            )
        )
    parts.append(Markup("</div></div></figure>"))
    return Markup("").join(parts)


def _bounds(value: dict[str, Any]) -> tuple[float, float]:
    from ..merge.figures import interval

    return interval(value)


def answered_by(question: dict[str, Any]) -> str:
    """ "answered by Mark Cancian, Michael Madden and 2 more (the text under it opens “hard to
    say”)", "the article's own question, answered by its sections"."""
    if question.get("framing"):
        return "the article’s own question, answered by its sections"
    names = question["answered_by"]
    by = ", ".join(names[:4]) + (f" and {len(names) - 4} more" if len(names) > 4 else "")
    said = question["cannot_say"]
    opens = f" (the text under it opens “{said}”)" if said else ""
    return f"answered{' by ' + by if by else ''}{opens}"


def timeline_chart(events: list[dict[str, Any]], documents: str = "") -> Markup:
    """An SVG timeline on a date axis with ticks (`brief.timeline.chart`); each event links to
    its passage (`documents`: the path of the document pages, "" for this file)."""

    def href(source: dict[str, Any]) -> str:
        page = f"{documents}/{source['document']}" if documents else ""
        return f"{page}#{anchor(source)}"

    return chart(events, href)
