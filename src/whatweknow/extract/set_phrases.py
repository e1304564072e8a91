"""Numbers that are words of a set phrase or of a label, not amounts.

    in_a_set_phrase(text, 1034, 1037)  # "the lesser of two evils": the "two" counts nothing

A number written inside an idiom ("speaking to her with one voice", "a five-alarm fire",
"Ground zero is Florida"), or inside a label ("@1031ent", "Inside the Beltway, #2", a live blog's
stamp "11: 06 a.m.") measures nothing the story reports: the phrase means what it means whatever
the number says. The story gold lists each such number as a not-figure (idiom, description,
name with digits, clock time) and none as a figure.

Each row of `SET_PHRASES` is one construction and the rule for it: a pattern whose group `n` is
the number the phrase holds, with the sentence it comes from. A number is in a set phrase when
some row matches around it with `n` on the number's first character. The rows name the whole
phrase, so a number merely beside one of its words stays a figure ("a four-page memo" is not
"a four-lane highway", "one vote" is not "one voice", "from one percent to three percent" is
not "from one contest to the next").
"""

from __future__ import annotations

import re

_NUMBER_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)"

# A compound adjective of a number and a noun that names a kind of thing, not how many of the
# noun it has: the number is part of the word ("a five-alarm fire" is a very big one, "a
# four-lane highway" a kind of road, "a two-front war", "a two-tier wage system").
_KINDS = "alarm|lane|dimensional|and-dime|pronged|front|horse|tier|tiered|eyed|step"

SET_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE | re.MULTILINE), example)
    for pattern, example in (
        # compound adjectives of a kind
        (
            rf"\b(?P<n>{_NUMBER_WORD})-(?:{_KINDS})\b",
            "“but a muted one rather than a five-alarm fire.” (PolNeAR politico 2016); "
            "“Slowly but surely, a four-lane highway is beginning to take shape” (Wash. Post); "
            "“Sanders has to do the 'Carolina two-step'”; “a more flattering and "
            "three-dimensional view”; “the pharmacy and the five-and-dime used to be”",
        ),
        # idioms of "one", "two" and "zero"
        (
            r"\blesser\s+of\s+(?:the\s+)?(?P<n>two)\s+evils\b",
            "“I've spent my whole life voting for the lesser of two evils” (politico 2016)",
        ),
        (
            r"\b(?P<n>two)\s+sides\s+of\s+(?:the\s+same|a|one)\s+coin\b",
            "“racial justice and economic justice are really just two sides of the same coin”",
        ),
        (
            r"\bwith\s+(?P<n>one)\s+voice\b",
            "“Mr. Sanders and Mr. Trump are speaking to her with one voice.” (NYT 2016)",
        ),
        (
            r"\bjob\s+(?P<n>one)\b(?=\s*[,.;:!?”\"')—–]|\s*$)",
            "“Bashing Trump may be job one, but the spotlight …” (politico 2016)",
        ),
        (
            r"\bground\s+(?P<n>zero)\b",
            "“Ground zero is Florida, where home-state Sen. Marco Rubio …” (Wash. Post 2016)",
        ),
        (
            r"\b(?P<n>one)\s+and\s+only\b",
            "“Trump’s one and only policy guy is the magnificent Stephen Miller” (Breitbart)",
        ),
        (
            r"\bfrom\s+(?P<n>one)\s+[a-z]+(?:\s+[a-z]+)?\s+to\s+(?:the\s+next|another)\b",
            "“her campaign lurched from one contest to the next.” (Wash. Post 2016)",
        ),
        (
            r"\b(?P<n>one)\s+[a-z]+\s+after\s+another\b",
            "“practicing one iteration after another of a move called the boneless” (NYT)",
        ),
        (
            r"\bany\s+(?P<n>one)\b(?!\s+of\b)",
            "“more with Blair Effron than with any one bank,” said Indra Nooyi (NYT)",
        ),
        # an ordinal idiom: another chance, a further look, a place felt as home, a rank
        (
            r"\b(?:a|an)\s+(?P<n>second|third|fourth|fifth)\s+"
            r"(?:chance|look|glance|home|opinion|thoughts?|wind|nature|fiddle|tier|world)\b",
            "“Team Trump sees the Republican National Convention as a second chance for Donald "
            "Trump” (USA Today 2016); “polls in the state he calls a second home” (politico); "
            "“Rubio and Jeb Bush occupied a third tier.” (NYT); “voters will give Sanders a "
            "second look” (Wash. Post)",
        ),
        # labels: a handle, an issue number, a live blog's stamp
        (
            r"(?<![\w@])@[A-Za-z_]*(?P<n>\d+)",
            "“@1031ent.” (a reader's handle, USA Today 2016)",
        ),
        (
            r"(?<![\w#])#(?P<n>\d+)\b",
            "“The Ninth Circle: The Hellish View from Inside the Beltway, #2.” (Breitbart)",
        ),
        (
            r"^[ \t]*(?P<n>\d{1,2})(?::[ \t]|[L;])\d\d[ \t]*[ap]\.m\.",
            "“___. 11: 06 a.m. The Jeb Bush campaign is releasing …”, “9L15 p.m.” (AP live "
            "blogs in Breitbart 2016: a stamp whose colon was mistyped)",
        ),
    )
)

_REACH = 60  # characters on either side of a number that a phrase of the table may span


def in_a_set_phrase(text: str, start: int, end: int) -> bool:
    """Whether the number written at text[start:end] is a word of one of `SET_PHRASES`."""
    lo, hi = max(0, start - _REACH), min(len(text), end + _REACH)
    return any(
        match.start("n") <= start < match.end("n")
        for pattern, _ in SET_PHRASES
        for match in pattern.finditer(text, lo, hi)
    )
