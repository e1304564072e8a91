"""A speaker's name cut at the marks no name has inside it: page markup, a quotation mark
left open, a parenthesis cut in half.

The name the resolver builds from a mention's words can run over a boundary the parse
missed: tweet markup ('datetime="2016-06-29"', '2016">.@BernieSanders'), a quotation glued
to the next word ('paranoia,”Clinton'), a title's opening mark ('account called "Hypo-Cruz',
'“Bridge of Spies'), half a parenthesis ('Vox Populi (Voice of the People', 'People)
column'). The name is the words on the speaker's side of the boundary when they are a name
(capitalised words: "Vox Populi", "Clinton", "@BernieSanders"), else there is none. A
parenthesis closed within the name ("Sen. Ted Cruz (R-Texas)"), a nickname in quotes
(William "Mo" Cowan) and an apostrophe (O'Rourke) are no boundary.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...model import Speaker
from .context import Context

# an attribute of page markup: 'datetime="2016-06-29"', 'href="…">'
_MARKUP = re.compile(r"\w=[\"“”]|[<>]")
# what markup leaves before the words it shows: '2016">.' before '@BernieSanders'
_MARKUP_BEFORE = re.compile(r"^.*[<>]\W*?(?=[@#\w])")
_QUOTES = '“”"'
# the small words a name may hold between its capitalised ones: "Department of Transportation"
_NAME_LINKS = frozenset("of the for and de da do dos du del la le van von al bin".split())


def without_marks(ctx: Context, speaker: Speaker) -> Speaker:
    """`speaker` with its name cut at a mark no name holds, or with no name where what the
    cut leaves is no name."""
    name = speaker.name
    if not name:
        return speaker
    cut = _cut(name, speaker.mention.text if speaker.mention is not None else "")
    if cut == name:
        return speaker
    if cut is None:
        return Speaker(None, "unresolved", speaker.mention)
    person = ctx.index.person((cut,)) if " " not in cut else None
    if person is not None and person.type == "person":
        # "paranoia,”Clinton": the person the article names in full
        return Speaker(person.name, "person", speaker.mention, person.id)
    return replace(speaker, name=cut)  # the entity and members it was linked to kept


def _cut(name: str, mention: str) -> str | None:
    """The words of `name` on the speaker's side of a mark no name holds: after markup, after
    a quotation mark glued between two words, before one that opens and is not closed (the
    title after it where the words before are no name; the title the mention quotes where
    the name opens with it), before a parenthesis not closed,
    after one closed but not opened. `name` itself where it has no such mark; None where the
    words left are no name."""
    if _MARKUP.search(name):
        shown = _MARKUP_BEFORE.sub("", name)
        return shown if shown != name and _a_name(shown) else None
    cut = name
    opened = cut.count("(") - cut.count(")")
    if opened > 0:
        cut = cut[: cut.rfind("(")]
    elif opened < 0:
        cut = cut[cut.find(")") + 1 :]
    marks = list(re.finditer(f"[{_QUOTES}]", cut))
    glued = next((m for m in marks if _glued(cut, m.start())), None)
    if glued is not None and cut[glued.start()] == "“":
        cut = cut[: glued.start()]  # "Ryan said,“Look": a quotation opens after the words
    elif glued is not None:
        cut = cut[glued.end() :]  # "paranoia,”Clinton": the quotation closes before the name
    elif len(marks) % 2 == 1 and marks[0].start() == 0:
        # '"Smithsonian Museum' of 'the "Smithsonian Museum"': the title the mention quotes
        title = re.search(f"[{_QUOTES}]([^{_QUOTES}]+)[{_QUOTES}]", mention)
        words = title.group(1).strip() if title else ""
        return words if words.startswith(cut[1:].strip()) and words[:1].isupper() else None
    elif len(marks) % 2 == 1 and not _closes(cut, marks[-1].start()):
        # before a title left open; 'news organization called “The Local', 'account called
        # "Hypo-Cruz': the title a thing is called by, where the words before it are no name
        before, after = cut[: marks[-1].start()], cut[marks[-1].end() :]
        cut = before if _a_name(before.strip(" ,;:-—–")) or not _a_name(after) else after
    if cut == name:
        return name
    cut = cut.strip(" ,;:-—–")
    return cut if _a_name(cut) else None


def _glued(text: str, at: int) -> bool:
    """A quotation mark between a word (or the comma that ends a quotation) and the next
    word, with no space: "paranoia,”Clinton"; not the apostrophe of "O'Rourke"."""
    return 0 < at < len(text) - 1 and not text[at - 1].isspace() and text[at + 1].isalpha()


def _closes(text: str, at: int) -> bool:
    """The quotation mark at `at` closes a quotation: a closing curly mark, or a straight
    one right after a word or a mark."""
    mark = text[at]
    return mark == "”" or (mark == '"' and at > 0 and not text[at - 1].isspace())


def _a_name(text: str) -> bool:
    """Capitalised words (or a handle), with only a name's small linking words between them:
    "Vox Populi", "Clinton", "@BernieSanders"; not "account called", "column", "dueling"."""
    words = text.split()
    if not words:
        return False
    # a capital anywhere ("diGenova", "al-Baghdadi"), a handle or a number ("Group of 20", "3M")
    capital = [any(c.isupper() for c in w) or w[:1] in "@#" or w[:1].isdigit() for w in words]
    return (
        capital[0]
        and capital[-1]
        and all(c or w.lower() in _NAME_LINKS for c, w in zip(capital, words, strict=True))
    )
