"""The brief as Markdown. Every line ends with where it came from: outlet, date, and the
document id with the character offsets of the sentence (`6a297aca@1510-1522`)."""

from __future__ import annotations

from typing import Any

from .context import ellipses
from .html import (
    answered_by,
    cue_label,
    headed,
    marked,
    negation,
    outer_quotes,
    plural,
    safe_url,
    unnamed,
    unplaced_note,
    words,
)
from .html import described as describe
from .numbers import describe_value, range_text, sources_label, sources_named, who_gives
from .timeline import grouped, when


def cite(source: dict[str, Any]) -> str:
    outlet = source.get("outlet") or "unknown outlet"
    date = (source.get("published") or "")[:10] or "undated"
    return f"[{outlet}, {date}, `{source['document'][:8]}@{source['start']}-{source['end']}`]"


def brief_markdown(brief: dict[str, Any]) -> str:
    coverage = brief["coverage"]
    lines = [f"# {brief['title']}", ""]
    span = f"{coverage['from']} to {coverage['to']}" if coverage["from"] else "undated"
    if coverage["from"] and coverage["from"] == coverage["to"]:
        span = f"on {coverage['from']}"  # not "2018-01-02 to 2018-01-02"
    lines.append(
        f"_{plural(coverage['articles'], 'article')} from "
        f"{plural(len(coverage['outlets']), 'outlet')}, {span}; "
        f"{plural(coverage['copies_folded'], 'syndicated copy', 'syndicated copies')} folded "
        "into their originals._"
    )
    lines.append("")
    lines += _figures(brief)
    lines += _disputed(brief)
    lines += _speakers(brief)
    lines += _timeline(brief)
    lines += _questions(brief)
    lines += _sources(brief)
    # Titles and quotes are article text: a "<" would open raw HTML in a Markdown viewer.
    return "\n".join(lines).rstrip().replace("<", "\\<") + "\n"


def _beside(cluster: dict[str, Any]) -> list[str]:
    """The sentence shown beside a heading that is only the counted noun or unit ("Times"),
    or that names who is counted without what they did ("Russian soldiers" of "… killed or
    wounded"): it says what the figure counts."""
    shown = cluster.get("heading_sentence")
    if not shown:
        return []
    opening, closing = outer_quotes(shown["context"]["text"])
    before, after = ellipses(shown["context"])
    text = before + shown["context"]["text"] + after
    return [f"_In the text: {opening}{text}{closing}_ {cite(shown['source'])}", ""]


def _figures(brief: dict[str, Any]) -> list[str]:
    clusters = brief["figures"]
    lines = ["## Key figures", ""]
    if not clusters:
        return [*lines, "_No figures in these articles._", ""]
    for cluster in clusters:
        sources = plural(cluster["independent_sources"], "independent source")
        lines.append(
            f"### {_heading(cluster)}: {range_text(cluster)} ({cluster['status']}; {sources}; "
            f"credibility {cluster['credibility']}, {cluster['credibility_label']})"
        )
        lines.append("")
        lines += _beside(cluster)
        if len(cluster["values"]) > 1:
            named = "; ".join(sources_named(cluster))
            lines += [f"_{sources_label(cluster)}: {named}._", ""]
        for value in cluster["values"]:
            lines.append(f"- {describe_value(value, cluster['values'])} {cite(value['location'])}")
        lines.append("")
    return lines + _more(brief, "figures", "figure clusters")


def _heading(cluster: dict[str, Any]) -> str:
    """What the cluster measures, in the articles' words (see brief.headings)."""
    return cluster.get("heading") or cluster["measure"] or "figure"


def _disputed(brief: dict[str, Any]) -> list[str]:
    lines = ["## Disputed", ""]
    if not brief["disputed"]:
        return [*lines, "_No figures are disputed._", ""]
    for cluster in brief["disputed"]:
        lines += [f"### {_heading(cluster)}", ""]
        lines += [f"_Why: {why}._" for why in cluster.get("why", [])] + [""]
        for value in cluster["values"]:
            lines.append(f"- {who_gives(value)}: “{value['text']}” {cite(value['location'])}")
        lines.append("")
    return lines


def _more(brief: dict[str, Any], part: str, what: str) -> list[str]:
    left = brief.get("more", {}).get(part)
    return [f"_… and {left:,} more {what} (`wwk brief --all` lists them)._", ""] if left else []


def _speakers(brief: dict[str, Any]) -> list[str]:
    lines = ["## Who says what", ""]
    if not brief["speakers"]:
        return [*lines, "_No attributed statements._", ""]
    for speaker in brief["speakers"]:
        described = describe(speaker)
        note = unnamed(speaker)
        heading = headed(speaker) + (f" _({note})_" if note else "")
        lines.append(f"### {heading}" + (f", {described}" if described else ""))
        lines.append("")
        for statement in speaker["statements"]:
            hedge = " _(hedged)_" if statement["hedged"] else ""
            also = "".join(f"{_also(a, statement)} {cite(a)}" for a in statement["also_in"])
            label = cue_label(statement)
            cue = f"{label}: " if label else ""
            if negation(statement):
                cue = f"**not** {cue}"  # "did not say that …": never the source asserting it
            elif statement.get("negated") and label:
                cue = f"**{label}**: "  # "declined: to comment", the cue holds the words back
            # "… on the battlefield _(via Chun In-bum)_": set apart, never read as the claim's
            via = f" _(via {statement['via']})_" if statement.get("via") else ""
            if statement.get("with"):  # on a member's page: said jointly with others
                via += f" _(jointly: {statement['with']})_"
            lines.append(f"- {cue}{words(statement)}{via}{hedge} {cite(statement['source'])}{also}")
        lines.append("")
    return lines + _more(brief, "speakers", "speakers")


def _also(source: dict[str, Any], statement: dict[str, Any]) -> str:
    """What another outlet that gives the statement prints, where its words differ from those
    shown (as the HTML brief does): its citation stands for its own words, never for words it
    does not print (Fox News gives two of the three sentences of Suthers's quote HuffPost
    prints); and who relays it there, where the line names no one or another (`merge._add`)."""
    text = source.get("text")
    said = ""
    if text and text != statement["text"]:
        said = f"; in other words, {marked(source)}"
    return said + (f"; via {source['via']}" if source.get("via") else "")


def _timeline(brief: dict[str, Any]) -> list[str]:
    """Events grouped under their dates, who did what, the outlets that report each; then the
    background the coverage recalls, apart."""
    lines = ["## Timeline", ""]
    if not brief["timeline"]:
        lines += ["_No dated events._", ""]
    for day, items in grouped(brief["timeline"]):
        lines += [f"### {day}", "", *(f"- {_event(item)}" for item in items), ""]
    lines += _more(brief, "timeline", "events")
    unplaced = brief.get("more", {}).get("unplaced")
    if unplaced:
        lines += [f"_{unplaced_note(unplaced)}_", ""]
    if brief.get("background"):
        lines += ["### Background", ""]
        lines += [f"- **{when(item)}**: {_event(item)}" for item in brief["background"]]
        lines += ["", *_more(brief, "background", "background dates")]
    return lines


def _event(item: dict[str, Any]) -> str:
    """Who did what, whose words it is in, and each source once (an outlet that tells it in
    other words with its own label)."""
    notes = " _(photo caption)_" if item["caption"] else ""
    if item.get("quoted"):
        notes += " _(in a quote)_"
    elif item.get("said_by"):
        notes += f" _(reported by {item['said_by']})_"
    line = f"{item['label']}{notes} — {cite(item['source'])}"
    for source in item["also_in"]:
        other = source.get("label")
        also = f"; also “{other}”" if other and other != item["label"] else ""
        line += f"{also} {cite(source)}"
    return line


def _questions(brief: dict[str, Any]) -> list[str]:
    """The questions the articles leave open; then, apart, those they answer and who answers
    each (a framing question by the sections below it)."""
    lines = ["## Open questions", ""]
    if not brief["questions"]:
        return [*lines, "_The articles ask no questions._", ""]
    open_ = [q for q in brief["questions"] if not q["answered"]]
    answered = [q for q in brief["questions"] if q["answered"]]
    for question in open_:
        said = f" (“{question['cannot_say']}”)" if question["cannot_say"] else ""
        lines.append(f"- {question['question']} — unanswered{said} {cite(question['source'])}")
    if not open_:
        lines.append("_None: the articles answer every question they ask._")
    if answered:
        lines += ["", "### Answered in the articles", ""]
        lines += [f"- {q['question']} — {answered_by(q)} {cite(q['source'])}" for q in answered]
    return [*lines, "", *_more(brief, "questions", "questions")]


def _sources(brief: dict[str, Any]) -> list[str]:
    lines = ["## Sources", ""]
    documents = brief["documents"]
    if brief.get("more"):  # a shortened brief lists the articles it cites
        cited = _cited(brief)
        documents = [d for d in documents if d["id"] in cited]
    for document in documents:
        copy = brief["copies"].get(document["id"])
        note = f" (copy of `{copy[:8]}`)" if copy else ""
        title = document.get("title") or document.get("origin")
        url = f" {safe_url(document['url'])}" if safe_url(document.get("url")) else ""
        lines.append(
            f"- `{document['id'][:8]}` {title} — {document.get('outlet') or 'unknown outlet'}, "
            f"{(document.get('published') or 'undated')[:10]}{note}{url}"
        )
    left = len(brief["documents"]) - len(documents)
    if left:
        lines += ["", f"_… and {left:,} more articles merged above but not cited._"]
    return [*lines, ""]


def _cited(brief: dict[str, Any]) -> set[str]:
    sources = [v["location"] for c in brief["figures"] for v in c["values"]]
    for speaker in brief["speakers"]:
        for statement in speaker["statements"]:
            sources += [statement["source"], *statement["also_in"]]
    sources += [item["source"] for part in ("timeline", "questions") for item in brief[part]]
    for item in [*brief["timeline"], *brief.get("background", [])]:
        sources += [item["source"], *item.get("also_in", [])]
    return {source["document"] for source in sources}
