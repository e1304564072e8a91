"""Photo credits and captions that scrapers leave in article text.

A line is classified as one of:

- `credit`: a photo credit, alone or wrapped around alt text ("Getty Images KPA soldiers
  march … 2018Getty Images", "Image source, Reuters", "Photograph: Jane Doe/AFP"). Dropped.
- `caption`: caption text the reader sees under a photo ("Image caption, Kim and Putin …", or an
  unpunctuated line straight after a credit line). Kept, but marked so it is never read as
  article prose.
- `prose`: everything else.
"""

from __future__ import annotations

import re

# Photo agencies and picture desks whose names appear as credits.
_AGENCIES = (
    r"Getty\s?Images|Getty|AFP(?:\s?via\s?Getty\s?Images)?|Reuters|AP\s?Photo|Associated\s?Press"
    r"|EPA(?:-EFE)?|Shutterstock|Alamy(?:\s?Stock\s?Photo)?|PA\s?Media|PA\s?Wire|Anadolu(?:\s?Agency)?"
    r"|SOPA\s?Images|NurPhoto|Xinhua|TASS|Yonhap|KCNA|Corbis|Rex\s?Features|ZUMA\s?(?:Press|Wire)"
    r"|Sipa\s?USA|Bloomberg\s?via\s?Getty\s?Images|BBC|Pool|UPI|Imago|dpa|ANSA|Kyodo"
)
_CREDIT_NAME = rf"(?:{_AGENCIES})"
# "Image source, Getty Images", "Photo: Reuters", "Credit: John Doe/AFP", "Getty Images".
_CREDIT_ONLY = re.compile(
    r"^\(?(?:(?:Image|Photo|Picture|Photograph|Illustration|Video)s?\s*(?:source|credit|by)?\s*[:,]?\s*"
    r"|Credit\s*:\s*|Courtesy\s+(?:of\s+)?)?"
    rf"(?:[\w .'’-]{{0,60}}/\s*)?{_CREDIT_NAME}(?:\s*/\s*[\w .'’-]{{0,60}})?\)?\.?$",
    re.IGNORECASE,
)
# "Photograph: Jane Doe for the Guardian", "Photo by Jane Doe" (a short line that is only a credit).
_CREDIT_LABEL = re.compile(
    r"^\(?(?:Photograph|Photo|Picture|Image|Illustration)s?(?:\s+(?:by|credit|source))?\s*[:,]"
    r"|^\(?Photo by\s",
    re.IGNORECASE,
)
_CREDIT_AT_START = re.compile(rf"^{_CREDIT_NAME}\s+\S", re.IGNORECASE)
_CREDIT_AT_END = re.compile(rf"(?:\S|\s)(?:{_CREDIT_NAME})\)?$")
_CAPTION_LABEL = re.compile(r"^(?:Image|Photo|Video)?\s*caption\s*[:,]\s*", re.IGNORECASE)
# A caption or credit tail on a prose line: "… in Pyongyang. Photograph: KCNA/Reuters"
_CREDIT_TAIL = re.compile(
    rf"\s*(?:\((?:Photo|Image)[^)]*\)|(?:Photograph|Photo|Picture)\s*(?:by)?\s*:\s*[^.]{{0,80}}"
    rf"|\((?:[\w .'’-]{{0,60}}/)?{_CREDIT_NAME}\)"
    rf"|(?<=\S)(?:{_CREDIT_NAME}))\s*$",  # glued on: "… in New York.Reuters"
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_MAX_CAPTION_WORDS = 45
# How far from a line's end a trailing credit may start (the longest we saw is under 150).
_TAIL_WINDOW = 400


def is_credit(line: str) -> bool:
    """True for a line that is a photo credit, or alt text wrapped in one."""
    line = line.strip()
    if not line:
        return False
    if _CREDIT_ONLY.match(line):
        return True
    if _CREDIT_LABEL.match(line) and len(line) < 160:
        return True
    starts, ends = bool(_CREDIT_AT_START.match(line)), bool(_CREDIT_AT_END.search(line))
    if starts and ends:
        return True
    # A credit glued to one end of an unpunctuated line is alt text: "… 2018Getty Images".
    without_credit = line[: credit_tail_start(line)] if ends else line
    return (starts or ends) and not _SENTENCE_END.search(without_credit.rstrip())


def caption_label_length(line: str) -> int:
    """Length of an "Image caption, " style label at the start of the line, else 0."""
    match = _CAPTION_LABEL.match(line)
    return match.end() if match and match.end() < len(line) else 0


def credit_tail_start(line: str) -> int:
    """Where a trailing credit ("Photograph: KCNA/Reuters") starts, or len(line) if none.

    Only the line's last _TAIL_WINDOW characters are searched (a credit is short), with the
    spaces before it: the pattern's leading spaces made the search quadratic in a line of
    many spaces."""
    window = max(0, len(line) - _TAIL_WINDOW)
    match = _CREDIT_TAIL.search(line, window)
    if match is None:
        return len(line)
    start = len(line[: match.start()].rstrip()) if match.start() == window else match.start()
    return start if start > 0 else len(line)


def looks_like_caption(line: str) -> bool:
    """An unpunctuated short line: a caption when it follows a credit."""
    line = line.strip()
    if not line or _SENTENCE_END.search(line) or line.endswith("?") or line.endswith(":"):
        return False
    return len(line.split()) <= _MAX_CAPTION_WORDS
