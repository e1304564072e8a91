"""Numbers that are words of a set phrase or of a label, not amounts.

    in_a_set_phrase(text, 1034, 1037)  # "the lesser of two evils": the "two" counts nothing

A number written inside an idiom ("speaking to her with one voice", "a five-alarm fire",
"Ground zero is Florida"), or inside a label ("@1031ent", "Inside the Beltway, #2", a live blog's
stamp "11: 06 a.m.") measures nothing the story reports: the phrase means what it means whatever
the number says. The story gold lists each such number as a not-figure (idiom, description,
name with digits, clock time) and none as a figure.

Each row of `SET_PHRASES` is one construction and the rule for it: a pattern whose group `n` is
the number the phrase holds, with the sentence it comes from. A number is in a set phrase when
some row matches around it with `n` overlapping the number's span ("almost a second home": the
span "almost a second" holds the phrase's "second"). The rows name the whole phrase, so a
number merely beside one of its words stays a figure ("a four-page memo" is not "a four-lane
highway", "one vote" is not "one voice", "from one percent to three percent" is not "from one
contest to the next", "a 10-step plan" is not "the 'Carolina two-step'").
"""

from __future__ import annotations

import re

_SPELLED = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_NUMBER_WORD = rf"(?:{_SPELLED}|\d+)"

# A compound adjective of a number and a noun that names a kind of thing, not how many of the
# noun it has: the number is part of the word ("a five-alarm fire" is a very big one, "a
# four-lane highway" a kind of road, "a two-front war", "a two-tier wage system"). "Step" and
# "lane" also count ("a 10-step plan", "a three-step process", "a 10-lane highway at a cost of
# $4 billion" are counts like "a four-page memo"), so each has a narrower row below.
_KINDS = "alarm|dimensional|and-dime|pronged|front|horse|tier|tiered|eyed"

# Words that may follow the dance "two-step" (no noun: "the 'Carolina two-step' in South
# Carolina"); "a three-step process" counts steps.
_NOT_A_NOUN = r"(?:and|or|but|in|on|at|with|to|for|of|as|that|is|was|again)\b"

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
        (
            rf"\b(?P<n>{_SPELLED})-lane\b",
            "“Slowly but surely, a four-lane highway is beginning to take shape” (Wash. Post); "
            "written in digits it counts: “a 10-lane highway at a cost of $4 billion”",
        ),
        (
            rf"\b(?P<n>{_NUMBER_WORD})-step\b(?!-)(?!\s+(?!{_NOT_A_NOUN})[a-z])",
            "“Sanders has to do the 'Carolina two-step'” (USA Today 2016); before a noun it "
            "counts: “a 10-step plan”, “a three-step process”",
        ),
        (
            r"\b(?P<n>12|twelve)-step\s+(?:program|programme|recovery|group|meeting)s?\b",
            "“the Fox News host urged the GOP to embark on a 12-step program of recovery” "
            "(BASIL 2010, HuffPost): the addicts' program by name",
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
            r"\bwith\s+(?P<n>one)\s+voice\b(?!\s+votes?\b)",
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
            r"\bany\s+(?P<n>one)\b(?!-)(?!\s+of\b)",
            "“more with Blair Effron than with any one bank,” said Indra Nooyi (NYT)",
        ),
        # an ordinal idiom: another chance, a further look, a rank ("a second world war" and
        # "bought a second home" count)
        (
            r"\b(?:a|an)\s+(?P<n>second|third|fourth|fifth)\s+"
            r"(?:chance|look|glance|opinion|thoughts?|wind|nature|fiddle|tier|"
            r"world(?!\s+wars?\b))\b",
            "“Team Trump sees the Republican National Convention as a second chance for Donald "
            "Trump” (USA Today 2016); “Rubio and Jeb Bush occupied a third tier.” (NYT); "
            "“voters will give Sanders a second look” (Wash. Post)",
        ),
        # a place felt as home (a house bought is a second one: "bought a second home")
        (
            r"\b(?:calls?|called|like|as|become|becomes|almost)\s+a\s+(?P<n>second)\s+home\b",
            "“polls in the state he calls a second home” (politico 2016); “has recently become "
            "almost a second home for the Vermont senator” (USA Today 2016)",
        ),
        # labels: a handle, an issue number, a live blog's stamp
        (
            r"(?<![\w@])@(?=\w*[A-Za-z])[A-Za-z_]*(?P<n>\d+)",
            "“@1031ent.” (a reader's handle, USA Today 2016; one with a letter: “500 shares @45 "
            "each” is a price)",
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
        match.start("n") < end and start < match.end("n")
        for pattern, _ in SET_PHRASES
        for match in pattern.finditer(text, lo, hi)
    )
