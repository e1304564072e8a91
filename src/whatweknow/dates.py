"""Date expressions resolved against the article's own day, in the direction its clause gives.

    resolve("Thursday", date(2014, 12, 18), tense="past")     # 2014-12-18, day: that very day
    resolve("in November", date(2018, 1, 22), tense="future") # 2018-11, month: the coming one
    resolve("last week", date(2018, 12, 20))                  # 2018-W50, week
    resolve("a day earlier", date(2017, 6, 15), anchor=date(2017, 6, 15))  # 2017-06-14

The parse decides the direction (`events.py` reads the tense of the verb the date hangs on): a bare
weekday or month is the most recent one, the article's own day included, for the past, and the
coming one, that day included, for the future, schedules and plain present ("Tuesday is the
deadline"; a month told in the present is the past one where that is more than twice as near: "That
number follows 292,000 in June", in August); `nearest` (a date that ends a span: "until Feb. 15")
takes the closer of the two. `last` and `next` always step away from the article's day. An explicit
year is kept as written. Words that count from another moment of the story ("a day earlier", "the
next day", "by nightfall", "10 p.m.", "later in the day") count from `anchor`, the day the
narrative is at; told in the past, they never land after the article's day (unresolved instead: the
moment they count from is not the one the text means).

`dateparser` reads the words of months and full dates ("Sept. 11", "9 September 2018"); the
`holidays` package names holidays ("New Year's Day 2014", "Thanksgiving", "Election Day": the
federal election of every even year, "Election Day earlier this month": the one in that month), the
last one for the past, the coming one for the future; `NAMED_DAYS` gives the days named by their
date in digits ("9/11"); weekdays, weeks, weekends, seasons and counted distances ("two years ago")
are date arithmetic here ("in 21 days": that far on; "eight years ago this month": that month
then). The result never says more than the text: "in 2019" is a year, "this
week" an ISO week (`2018-W51`), "this summer" a span of months with precision `season`, "the
last three months of 2015" or "the third quarter of the year" a range of months, "at the end
of the year" its last month (December), "by the end of the day" the day the story is at; what
cannot be placed is `resolved: false` with a note.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

Result = dict[str, Any]

# Month words to their numbers ("sept" and "september" -> 9): the one list, which figures
# read too.
MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        ]
    )
    for m in names.split()
}
WEEKDAYS = {
    name: i
    for i, names in enumerate(
        "mon monday|tue tues tuesday|wed wednesday|thu thur thurs thursday|"
        "fri friday|sat saturday|sun sunday".split("|")
    )
    for name in names.split()
}
_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "a couple of": 2,
    "a couple": 2,
}
_SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
# Days the news names by their date in digits alone, leaving out the year every reader knows:
# "since 9/11", "the 9/11 terrorist attacks" (the attacks of Sept. 11, 2001).
NAMED_DAYS = {"9/11": date(2001, 9, 11)}
# The days of the US presidential primaries the press names, by campaign: "Super Tuesday", the
# day most states vote (the second Tuesday in March until 1996, the first since 2000, but Feb. 5
# in 2008). No calendar package knows it; campaigns past the table take the usual rule
# (`_election_days_in`); without a year it is the one of the campaign the article is in.
ELECTION_DAYS = {
    "super tuesday": (
        date(1984, 3, 13),
        date(1988, 3, 8),
        date(1992, 3, 10),
        date(1996, 3, 12),
        date(2000, 3, 7),
        date(2004, 3, 2),
        date(2008, 2, 5),
        date(2012, 3, 6),
        date(2016, 3, 1),
        date(2020, 3, 3),
        date(2024, 3, 5),
    ),
}
_ELECTION_DAY = re.compile(
    r"^(?P<name>" + "|".join(ELECTION_DAYS) + r")(?:,?\s+(?P<year>1[5-9]\d\d|20\d\d))?$"
)
_UNITS = ("day", "week", "month", "year", "decade")
_UNIT_PRECISION = {
    "hour": "day",
    "day": "day",
    "morning": "day",
    "afternoon": "day",
    "evening": "day",
    "night": "day",
    "week": "week",
    "month": "month",
    "year": "year",
    "decade": "year",
}
_GRAIN = {"day": 0, "week": 1, "month": 2, "season": 3, "year": 4, "decade": 4, "range": 5}

# The month names, longest first, as one alternation ("september" before "sept").
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
MONTH = re.compile(r"\b(?:" + _MONTH_NAMES + r")\b\.?")
WEEKDAY = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b")
YEAR = re.compile(r"(?<![\d$£€])(1[5-9]\d\d|20\d\d)(?![\d%])")
_DAY_OF_MONTH = re.compile(r"\b([0-3]?\d)(?:st|nd|rd|th)?\b")
_YEAR_SPAN = re.compile(
    r"^(?:(1[5-9]\d\d|20\d\d)\s*(?:-|–|to|and|through|until)\s*(1[5-9]\d\d|20\d\d|\d\d)"
    r"|(?:the\s+)?(?P<decade>(?:1[5-9]|20)\d0)'?s(?:-era)?)$"
)
# Words that say where in a unit, or how near, and leave the unit itself: stripped in front.
_LEADING = re.compile(
    r"^(?:on|in|at|since|by|from|until|till|through|during|over|as of|before|after|around|between|"
    r"about|the(?!\s+(?:next|following|previous|prior|same|day|night|week|month|year)\b)|"
    r"as early as|a little|shortly|just|only|nearly|almost|roughly|some|more than|less than|"
    r"early|late|later|earlier|mid|the end of|the beginning of|the start of|the middle of|"
    r"end of|beginning of|start of|middle of|the first half of|the second half of|"
    r"the rest of|the fall of|the spring of|"
    # the article of a day that says which thing ("a June 10, 2009 email", "a March 19 memo"):
    # dateparser reads "a" as the first of the month (2016-06-01)
    r"an?(?=\s+(?:" + _MONTH_NAMES + r")\.?\s+\d))(?:\s+|-)"
)
_TRAILING = re.compile(r"(?:'s|,|\.(?<!\b[ap]\.m\.)|\s+(?:forward|onward))$")
# "later in the day", "earlier in the week": the day or week the story is at ("that day")
_WITHIN = re.compile(
    r"^(?:later|earlier) in the (day|morning|afternoon|evening|night|week|month|year)$"
)
# "by the end of the day": the day the story is at ("that day")
_END_OF_DAY = re.compile(r"^(?:(?:by|at|until|before|toward|towards)\s+)?the end of the day$")
# "at the end of the year", "by the end of 2014": its last month (the tax cuts "expire at the
# end of the year": December)
_END_OF_YEAR = re.compile(r"^(?:(?:by|at|until|before|toward|towards)\s+)?(?:the\s+)?end of\s+")
_PART_OF_DAY = r"(?:morning|afternoon|evening|night|overnight|noon|midday|midnight)"
# A time of day that names no day: "2 p.m.", "5 p.m. Eastern time", "noon".
CLOCK = re.compile(
    r"^(?:\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|o'clock)(?:\s+(?:eastern|central|"
    r"mountain|pacific|local|et|est|edt|ct|cst|cdt|pt|pst|pdt|gmt|utc)(?:\s+time)?)?"
    r"|noon|midnight|midday)$"
)
_TIME_OF_DAY = re.compile(
    r"^(?:" + _PART_OF_DAY + r"|nightfall|dawn|daybreak|dusk|sunrise|sunset|"
    r"\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|o'clock)(?:\s+\w+)?)$"
)
# How many units a distance counts: a number, a number word, or a vague count.
_COUNT = (
    r"(?P<n>\d+|a couple of|a couple|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|a few|several|many)"
)
_VAGUE_COUNTS = ("a few", "several", "many")
_COUNTED = re.compile(
    rf"^{_COUNT}\s+(?P<unit>day|week|month|year|decade)s?\s+"
    r"(?P<way>ago|earlier|later|before|after|from now|hence|prior)"
    r"(?:\s+this\s+(?P<within>week|month))?$"
)
# "in two weeks", "in 21 days": that distance on from the article's day (events.py takes the
# words as a date only in a clause told now or ahead: "finished in two weeks" is a duration)
_IN_A_COUNT = re.compile(rf"^in\s+{_COUNT}\s+(?P<unit>day|week|month|year)s?$")
# "a day after (the Senate failed)", "two days ahead of (the hearing)", "a few hours before
# (her remarks)": a distance to another event the text names right after it
_COUNTED_TO = re.compile(
    rf"^{_COUNT}\s+(?P<unit>hour|day|week|month|year|decade)s?\s+"
    r"(?P<way>after|before|ahead of|prior to)$"
)
# "the day after (the primary)", "the morning after (Calderón made the comments)", "the week
# before (the vote)": one unit from an event the text names right after it
_ONE_UNIT_TO = re.compile(
    r"^(?:the\s+)?(?P<unit>day|morning|afternoon|evening|night|week|month|year)\s+"
    r"(?P<way>after|before)$"
)
# "(later) the same day (that Trump called on Russians)": no distance from an event
_SAME_UNIT = re.compile(
    r"^(?:the|that)\s+same\s+(?P<unit>day|morning|afternoon|evening|night|week|month|year)$"
)
# "a year ago", "a year from now": one year from the article's day, told with no word that
# rounds it ("nearly", "more than"): the same month that year, as "a month ago" is a month
_A_YEAR_AWAY = re.compile(r"^(?:just\s+|only\s+)?(?:a|one)\s+year\s+(?P<way>ago|from now|hence)$")
_ANAPHORIC = re.compile(
    r"^(?:(?P<step>the next|the following|the previous|the prior|the same|that same|that)\s+"
    r"(?P<unit>day|week|month|year|morning|afternoon|evening|night)"
    r"|the (?P<unit2>day|night|week|month|year) (?P<way>before|after|earlier|later))$"
)
# "that May", "the same month of May": a month in the year the story is at, not the article's
_THAT_MONTH = re.compile(r"^(?:that|the same)\s+(?P<month>" + _MONTH_NAMES + r")\.?$")
# "last September", "this November", "next March": a month counted from the article's
_MONTH_WITH = re.compile(
    r"^(?P<which>last|past|this past|this|this coming|coming|next)\s+(?P<month>"
    + _MONTH_NAMES
    + r")\.?$"
)
# "February of last year", "January next year", "March of this year": a month of the year
# the words count from the article's
_MONTH_OF_A_YEAR = re.compile(
    r"^(?P<month>" + _MONTH_NAMES + r")\.?,?\s+(?:of\s+)?(?P<which>last|this|next)\s+year$"
)
_DEICTIC = {
    "today": 0,
    "this day": 0,  # "from this day forward"
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "yesterday": -1,
    "last night": -1,
    "yesterday morning": -1,
    "yesterday afternoon": -1,
    "yesterday evening": -1,
    "tomorrow": 1,
    "tomorrow morning": 1,
    "tomorrow night": 1,
    "tomorrow evening": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}
_UNIT_WITH = re.compile(
    r"^(?P<which>this past|this|last|next|past|coming|previous|current|the|that)\s+"
    r"(?:fiscal\s+)?(?P<unit>week|weekend|month|year)$"
)
# "all week", "throughout the week": the whole unit the narrative is at
_WHOLE = re.compile(r"^(?:all|throughout the)\s+(?P<unit>week|month|year)$")
_SEASON = re.compile(
    r"^(?:(?P<which>this|last|next|this past|this coming|the)\s+)?"
    r"(?P<season>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?P<year>1[5-9]\d\d|20\d\d))?$"
)
_RANGE = re.compile(r"\s*(?:-|–|—|\bto\b|\bthrough\b|\bthru\b|\buntil\b)\s*")
_WEEKEND = re.compile(r"^(?:(?P<which>this|last|next|this past|this coming)\s+)?weekend$")
# "the last three months of 2015", "the second quarter of 2016", "the third quarter of the
# year", "the first quarter": a part of a year counted in its months or quarters
_PART_OF_A_YEAR = re.compile(
    r"^(?:(?P<end>first|last|final)\s+(?P<count>\d{1,2}|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven)\s+months|(?P<nth>first|second|third|fourth|last|final)[\s-]quarter)"
    r"(?:\s+of\s+(?P<year>1[5-9]\d\d|20\d\d|this year|last year|next year|the year))?$"
)
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4, "final": 4}


def resolve(
    expression: str, base: date | datetime | None, future: bool = False, **how: Any
) -> Result:
    """An ISO date with its precision; `resolved: false` with a note when nothing places it
    (`_resolve` gives the arguments). The end of a year is its last month (the tax cuts
    "expire at the end of the year": December; "by the end of 2014")."""
    result = _resolve(expression, base, future, **how)
    end = _END_OF_YEAR.match(normalized_case(expression))
    if (
        end is not None
        and result["precision"] == "year"
        and re.fullmatch(r"\d{4}", result["iso"] or "")
    ):
        return _resolved(f"{result['iso']}-12", "month")
    return result


def normalized_case(expression: str) -> str:
    """Lower case, plain apostrophes and one space, all words kept."""
    text = expression.replace("’", "'").replace("‘", "'").casefold()
    return re.sub(r"\s+", " ", text).strip(" ,;:")


def _resolve(
    expression: str,
    base: date | datetime | None,
    future: bool = False,
    *,
    tense: str | None = None,
    anchor: date | None = None,
    grain: str = "day",
    firm: bool = False,
    to_event: bool = False,
    election: bool = False,
    rounded: bool = False,
) -> Result:
    """An ISO date with its precision; `resolved: false` with a note when nothing places it.

    `base` is the article's day, `tense` the direction of the clause (`past`, `present`,
    `future` or `nearest`; `future=True` is the same as `tense="future"`), `anchor` the day the
    narrative is at (default: `base`), `grain` how precisely `base` is known ("year" when a
    quote's own time is given only as a year), `firm` whether the tense is that of the finite
    verb the date is the time of ("President Trump on Saturday announced", "The election is
    Thursday"), which a much nearer other reading does not overrule, `to_event` whether a
    distance ends with the preposition of an event the text names after it ("a day after the
    Senate failed", "a day ahead of the hearing"; see `_counted_to`), `election` whether the
    date is the time of an election the text names ("the November election"; see
    `_of_the_election`), `rounded` whether a qualifier before it says its count is only near
    ("nearly a year ago", which NER may leave out; see `_a_year_away`)."""
    if isinstance(base, datetime):
        base = base.date()
    tense = tense or ("future" if future else "past")
    ahead = _IN_A_COUNT.match(normalized_case(expression))
    if ahead is not None:  # "in 21 days, if no deal is done": on from the article's day
        count = _count(ahead)
        if base is None or count is None:
            reason = "no publication date to resolve it against" if count else "a vague distance"
            return _unresolved(_UNIT_PRECISION[ahead.group("unit")], reason)
        return _shift(base, ahead.group("unit"), count)
    text = normalized(expression)
    if not text:
        return _unresolved("day", "no date in the expression")
    if text in NAMED_DAYS:
        return _day(NAMED_DAYS[text])
    span = _YEAR_SPAN.match(text)
    if span:  # "the 1990s", "2014-2017", "between 2014 and 2017"
        decade = span.group("decade")
        first, last = (decade, decade[:3] + "9") if decade else (span.group(1), span.group(2))
        if len(last) == 2:
            last = first[:2] + last
        return _resolved(f"{first}/{last}", "range")
    parts = _RANGE.split(text)
    if len(parts) == 2 and MONTH.search(parts[0]) and not WEEKDAY.search(text):
        return _day_range(parts, base, tense)
    need = _needed_grain(text)
    if need is not None and base is None:
        return _unresolved(_precision_of(text), "no publication date to resolve it against")
    if need is not None and _GRAIN[need] < _GRAIN[grain]:
        return _unresolved(
            _precision_of(text),
            f"counted from when it was said, which the text gives only to the {grain}",
        )
    part = _part_of_a_year(expression, base, tense)
    if part is not None:
        return part
    one_unit = _ONE_UNIT_TO.match(text) if to_event else None
    if one_unit is not None:  # "the day after the primary": `counted_from` its date, if given
        return _unresolved(
            _UNIT_PRECISION[one_unit.group("unit")],
            f"counted from an event the text does not date ({text!r})",
        )
    counted_to = _counted_to(text, base, tense, anchor or base, to_event)
    if counted_to is not None:
        return counted_to
    a_year_away = None if rounded else _a_year_away(expression, base, grain)
    if a_year_away is not None:
        return a_year_away
    readers = (
        _whole,
        _counted,
        _deictic,
        _anaphoric,
        _that_month,
        _month_with,
        _month_of_a_year,
        _time_of_day,
        _unit_with,
        _weekend,
    )
    for reader in (*readers, _season):
        result = reader(text, base, tense, anchor or base)
        if result is not None:
            return result
    holiday = _election_day(text, base) or _holiday(text, base, tense)
    if holiday is not None:
        return holiday
    if WEEKDAY.search(text) and not MONTH.search(text):
        return _weekday(text, base, tense, firm)
    of_the_election = _of_the_election(text, base) if election else None
    return of_the_election or _calendar(text, base, tense, firm)


def _of_the_election(text: str, base: date | None) -> Result | None:
    """ "the November election", "November's general election", "the Nov. 8 election": a month
    (or its day) with no year, the time of an election, is that of the federal election nearest
    the article (`holidays`' Election Day, every even year), whatever the tense: the press names
    the one at hand, told before it ("if the November election does not break their way", in
    March) or after it ("lost his re-election bid in November"), never the month a year back
    with no federal election in it. A month or day that is not Election Day's is left to the
    tense."""
    if base is None or YEAR.search(text):
        return None
    parsed = _parse(text)
    days = [d for y in range(base.year - 1, base.year + 2) if (d := _holiday_in(ELECTION, y))]
    nearest = min(days, key=lambda d: abs((d - base).days), default=None)
    if parsed is None or nearest is None or parsed.month != nearest.month:
        return None
    if _precision_of(text) == "day" and parsed.day != nearest.day:
        return None
    return _calendar(f"{text} {nearest.year}", base, "past")


def counted_from(expression: str, iso: str | None, precision: str | None) -> Result | None:
    """A distance to an event the text names after it ("five days after the attack", "the
    day after the primary", "the morning after Calderón made the comments"), placed from that
    event's own date where the text gives it (`iso`, `precision`): the count of units on from
    its first day (back from its last, for "before"), never more precise than the event's
    date ("the day after the primary", a primary won "In September": 2017-09). None when the
    expression is no such distance or the event's date is not placed."""
    text = normalized(expression)
    match = _COUNTED_TO.match(text) or _ONE_UNIT_TO.match(text) or _SAME_UNIT.match(text)
    bounds = interval(iso, precision)
    if match is None or bounds is None or precision_grain(precision) > _GRAIN["year"]:
        return None
    unit = match.group("unit")
    if "way" not in match.groupdict():  # the same day: the event's own
        return _at(bounds[0], max(_UNIT_PRECISION[unit], precision or "day", key=precision_grain))
    later = match.group("way") == "after"
    start = bounds[0] if later else bounds[1]
    if unit == "hour":  # "a few hours after the attack": its day
        return _at(start, max("day", precision or "day", key=precision_grain))
    count = _count(match) if "n" in match.groupdict() else 1
    if count is None:
        return _vague_distance(unit, text)
    if unit in ("morning", "afternoon", "evening", "night"):
        unit = "day"
    moved = _shift(start, unit, count if later else -count)
    day = interval(moved["iso"], moved["precision"])[0 if later else 1]  # type: ignore[index]
    coarser = max(_UNIT_PRECISION[unit], precision or "day", key=precision_grain)
    return _at(day, coarser)


def counted_to(expression: str, iso: str | None, precision: str | None) -> Result | None:
    """The event a distance counts to, placed from the distance's own date where the text gives
    it beside it ("on Saturday, one day before Barr released": the day after that Saturday;
    "Late Wednesday night, two days after the Times reported": two days before that
    Wednesday; "in March, the month after Justice Scalia died": February): `counted_from` the
    other way. None when the expression is no such distance or the date is not placed."""
    text = normalized(expression)
    way = re.search(r"\b(?:after|before|ahead of|prior to)$", text)
    if way is None:
        return counted_from(text, iso, precision) if _SAME_UNIT.match(text) else None
    turned = "before" if way.group(0) == "after" else "after"
    return counted_from(f"{text[: way.start()]}{turned}", iso, precision)


def _at(day: date, precision: str) -> Result:
    """The day at a precision: itself, its ISO week, month or year (a season or decade: its
    year)."""
    return _shift(day, precision, 0)


def counted_in(expression: str) -> str:
    """The unit an expression counts in from the story's own moment ("the following month":
    month; "a day earlier", "by nightfall": day; "that May": the story's year)."""
    text = normalized(expression)
    if _THAT_MONTH.match(text):
        return "year"
    for pattern in (_COUNTED, _COUNTED_TO, _ANAPHORIC, _UNIT_WITH):
        match = pattern.match(text)
        if match:
            unit = match.groupdict().get("unit") or match.groupdict().get("unit2") or "day"
            return (
                {"decade": "year", "weekend": "week"}.get(unit, unit)
                if unit
                in (
                    "week",
                    "month",
                    "year",
                    "decade",
                )
                else "day"
            )
    return "day"


def looks_ahead_from_its_day(expression: str) -> bool:
    """Whether the expression counts forward from the day it is said ("today", "tonight",
    "tomorrow morning"), not back ("yesterday", "last night")."""
    return _DEICTIC.get(normalized(expression), -1) >= 0


def names_the_speakers_day(expression: str) -> bool:
    """Whether the expression is the speaker's own day ("today", "tonight", "this morning"),
    which says they speak on the day of what they tell; "yesterday" and "last night" say
    they speak after it."""
    return _DEICTIC.get(normalized(expression)) == 0


def placeable(expression: str) -> bool:
    """Whether the expression names a point in time this module can place (or say why not)."""
    if in_a_count(expression):
        return True
    text = normalized(expression)
    if not text:
        return False
    if YEAR.search(text) or MONTH.search(text) or WEEKDAY.search(text) or text in _DEICTIC:
        return True
    if text in NAMED_DAYS:
        return True
    patterns = (
        _YEAR_SPAN,
        _COUNTED,
        _COUNTED_TO,
        _ONE_UNIT_TO,
        _ANAPHORIC,
        _TIME_OF_DAY,
        CLOCK,
        _UNIT_WITH,
        _WEEKEND,
        _WHOLE,
    )
    if any(p.match(text) for p in (*patterns, _SEASON)):
        return True
    return names_a_day(text) or names_a_part_of_a_year(expression)


def names_a_day(expression: str) -> bool:
    """A holiday by its name: "New Year's Day 2014", "Christmas Eve", "Election Day"."""
    name = YEAR.sub("", normalized(expression)).replace("'", "").strip(" ,")
    return bool(re.search(r"[a-z]", name)) and _holiday_and_period(name)[0] is not None


def normalized(expression: str) -> str:
    """Lower case, plain apostrophes, one space, and without the words around the date itself:
    "later on Friday" -> "friday", "the end of July" -> "july", "This year's" -> "this year"."""
    text = _WITHIN.sub(r"that \1", normalized_case(expression))
    text = _END_OF_DAY.sub("that day", text)
    while True:
        shorter = _TRAILING.sub("", _LEADING.sub("", text)).strip()
        if shorter == text:
            return text
        text = shorter


def precision_grain(precision: str | None) -> int:
    return _GRAIN.get(precision or "", 6)


def interval(iso: str | None, precision: str | None) -> tuple[date, date] | None:
    """The first and last day an ISO date of this precision covers (for sorting and axes)."""
    if not iso:
        return None
    try:
        if "/" in iso:
            first, last = iso.split("/", 1)
            return interval(first, "day")[0], interval(last, "day")[1]  # type: ignore[index]
        if "-W" in iso:
            year, week = iso.split("-W")
            monday = date.fromisocalendar(int(year), int(week), 1)
            return monday, monday + timedelta(days=6)
        parts = [int(p) for p in iso.split("-")]
        if len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
        if len(parts) == 2:
            return date(parts[0], parts[1], 1), _month_end(parts[0], parts[1])
        day = date(*parts)
        return day, day
    except (ValueError, TypeError, IndexError):
        return None


# --- readers: each returns None when the expression is not its kind --------------------------


def _a_year_away(expression: str, base: date | None, grain: str) -> Result | None:
    """ "the man who a year ago embodied" (on 2016-02-22: 2015-02), "what will things be like
    a year from now" (on 2015-11-11: 2016-11): a single year from the article's day, told
    exactly, is the same month that year, where the article's day is known to the month; a
    rounded distance ("nearly a year ago", "more than a year ago") keeps its year."""
    match = _A_YEAR_AWAY.match(normalized_case(expression))
    if match is None or base is None or _GRAIN[grain] > _GRAIN["month"]:
        return None
    return _at(_shift_day(base, "year", 1 if match.group("way") != "ago" else -1), "month")


def counts_a_year_away(expression: str) -> bool:
    """Whether the expression counts one year from the article's day ("a year ago", "nearly a
    year from now"), whatever qualifies the count."""
    return _A_YEAR_AWAY.match(normalized(expression)) is not None


def _part_of_a_year(expression: str, base: date | None, tense: str) -> Result | None:
    """ "the last three months of 2015" (2015-10/2015-12), "the second quarter of 2016"
    (2016-04/2016-06): the months of a part of a year no longer than a quarter, a range; a
    longer part is its year ("the first four months of this year", as "the first half of
    2015").
    With "of the year" it is the latest such part begun by the article's day ("the third
    quarter of the year" told on 2016-01-04: 2015-07/2015-09), the coming one told ahead;
    "the last quarter" alone is the last whole quarter before it."""
    named = _months_named(normalized(expression))
    if named is None:
        return None
    year_words, first, last = named
    if year_words is not None and year_words[0].isdigit():
        year = int(year_words)
    elif base is None:
        return _unresolved("range", "no publication date to resolve it against")
    elif year_words in ("this year", "last year", "next year"):
        year = base.year + {"this": 0, "last": -1, "next": 1}[year_words.split()[0]]
    elif year_words is None:  # "the last quarter": the last whole quarter
        this_quarter = date(base.year, 3 * ((base.month - 1) // 3) + 1, 1)
        start = _shift_day(this_quarter, "month", -3)
        year, first, last = start.year, start.month, start.month + 2
    else:
        year = base.year if date(base.year, first, 1) <= base else base.year - 1
        if tense == "future" and _month_end(year, last) < base:
            year += 1
    if last - first + 1 > 3:
        return _resolved(f"{year:04d}", "year")
    return _resolved(f"{year:04d}-{first:02d}/{year:04d}-{last:02d}", "range")


def _months_named(text: str) -> tuple[str | None, int, int] | None:
    """The words of its year and the first and last month a part of a year names ("the last
    three months of 2015": "2015", 10, 12); None where the text names none. A count of months
    needs its year ("the first three months" of a term, of a war), and so does any quarter but
    "the last quarter": "the fourth quarter on Sunday", "the first quarter of the game" are a
    game's, "fourth-quarter earnings" a kind of report (the round-63 code review)."""
    match = _PART_OF_A_YEAR.match(text)
    if match is None:
        return None
    year_words, nth, count = match.group("year"), match.group("nth"), match.group("count")
    if count:
        months = int(count) if count.isdigit() else _NUMBERS[count]
        if year_words is None or not 1 <= months <= 11:
            return None
        first, last = (1, months) if match.group("end") == "first" else (13 - months, 12)
        return year_words, first, last
    if year_words is None and nth != "last":
        return None
    first = 3 * _QUARTERS[nth] - 2
    return year_words, first, first + 2


def names_a_part_of_a_year(expression: str) -> bool:
    """Whether the expression is a part of a year counted in months or quarters ("the last
    three months of 2015", "the third quarter of the year"), which a count of months before
    it ("last three months") does not make a duration."""
    return _months_named(normalized(expression)) is not None


def _counted(text: str, base: date, tense: str, anchor: date) -> Result | None:
    """ "two years ago", "nearly a month ago", "a day earlier", "three weeks later"."""
    match = _COUNTED.match(text)
    if match is None:
        return None
    unit = match.group("unit")
    count = _count(match)
    if count is None:
        return _vague_distance(unit, text)
    way = match.group("way")
    sign = 1 if way in ("later", "after", "from now", "hence") else -1
    within = match.group("within")
    if within is not None and way == "ago":  # "eight years ago this month": that month then
        return _at(_shift_day(base, unit, -count), within)
    if way in ("ago", "from now", "hence"):
        return _shift(base, unit, sign * count)
    return _told_before(_shift(anchor, unit, sign * count), base, tense, text)


def _counted_to(text: str, base: date, tense: str, anchor: date, to_event: bool) -> Result | None:
    """ "comes a day after the Senate failed", "signed it on Thursday, one day after refusing
    to", "said in an interview a day ahead of the hearing": the distance dates the earlier of
    the two events, N units before the later. After "after", the later is the main clause,
    at the moment the story is at (`anchor`: "on Thursday, one day after"); after "before" it
    is the event named, which the article reports: its own day (`base`: "a day ahead of the
    hearing", the hearing the article is about). Hours keep that day; a vague count of days
    or more is not placed."""
    match = _COUNTED_TO.match(text)
    if match is None:
        return None
    way = match.group("way")
    if not (to_event or way in ("ahead of", "prior to")):
        return None
    later = anchor if way == "after" else base
    unit = match.group("unit")
    if unit == "hour":
        return _day(later)
    count = _count(match)
    if count is None:
        return _vague_distance(unit, text)
    return _told_before(_shift(later, unit, -count), base, tense, text)


def _count(match: re.Match[str]) -> int | None:
    """How many units a counted distance says (`_COUNT`); None for a vague count."""
    n = match.group("n")
    if n in _VAGUE_COUNTS:
        return None
    return int(n) if n.isdigit() else _NUMBERS[n]


def _vague_distance(unit: str, text: str) -> Result:
    return _unresolved(unit if unit != "decade" else "year", f"a vague distance ({text!r})")


def _deictic(text: str, base: date, tense: str, anchor: date) -> Result | None:
    if text in _DEICTIC:
        return _day(base + timedelta(days=_DEICTIC[text]))
    return None


def _anaphoric(text: str, base: date, tense: str, anchor: date) -> Result | None:
    """ "the next day", "that night", "the previous week", "the day before"."""
    match = _ANAPHORIC.match(text)
    if match is None:
        return None
    unit = match.group("unit") or match.group("unit2")
    step = match.group("step") or ""
    way = match.group("way") or ""
    sign = 0
    if step in ("the next", "the following") or way in ("after", "later"):
        sign = 1
    elif step in ("the previous", "the prior") or way in ("before", "earlier"):
        sign = -1
    if unit in ("morning", "afternoon", "evening", "night"):
        unit = "day"
    return _told_before(_shift(anchor, unit, sign), base, tense, text)


def _told_before(result: Result, base: date | None, tense: str, text: str) -> Result:
    """A moment counted from the story's own, told in the past, is not after the article's
    day: when it would be, the story's moment it counts from is not the one the text means
    ("A year later" with no year before it), and it is left unresolved."""
    bounds = interval(result["iso"], result["precision"])
    if tense == "past" and base is not None and bounds is not None and bounds[0] > base:
        return _unresolved(
            result["precision"],
            f"counted from a moment the text does not give ({text!r}, told in the past, "
            "would fall after the article's day)",
        )
    return result


def _that_month(text: str, base: date, tense: str, anchor: date) -> Result | None:
    """ "in 2013 … in Stockholm that May": the month in the year the story is at."""
    match = _THAT_MONTH.match(text)
    if match is None:
        return None
    month = _resolved(f"{anchor.year:04d}-{MONTHS[match.group('month')]:02d}", "month")
    return _told_before(month, base, tense, text)


def _month_with(text: str, base: date, tense: str, anchor: date) -> Result | None:
    """ "last September" (in May 2013: 2012-09), "this November", "next March": the latest
    such month before the article's, the one of its year, the first after it."""
    match = _MONTH_WITH.match(text)
    if match is None:
        return None
    which, month = match.group("which"), MONTHS[match.group("month")]
    year = base.year
    if which in ("last", "past", "this past") and month >= base.month:
        year -= 1
    elif which in ("next", "coming", "this coming") and month <= base.month:
        year += 1
    return _resolved(f"{year:04d}-{month:02d}", "month")


def _month_of_a_year(text: str, base: date, tense: str, anchor: date) -> Result | None:
    """ "as recently as February of last year" (in March 2016: 2015-02), "in Paris in January
    of last year", "March of this year", "January next year": that month of the year before,
    the article's own or the one after, whatever the tense ("February of that year" is the
    story's year: not this)."""
    match = _MONTH_OF_A_YEAR.match(text)
    if match is None:
        return None
    year = base.year + {"last": -1, "this": 0, "next": 1}[match.group("which")]
    return _resolved(f"{year:04d}-{MONTHS[match.group('month')]:02d}", "month")


def _time_of_day(text: str, base: date, tense: str, anchor: date) -> Result | None:
    """ "by nightfall", "a little before 10 p.m.": on the day the narrative is at."""
    if _TIME_OF_DAY.match(text) or CLOCK.match(text):
        return _day(anchor)
    return None


def _unit_with(text: str, base: date, tense: str, anchor: date) -> Result | None:
    """ "this week", "last month", "next year", "that year"."""
    match = _UNIT_WITH.match(text)
    if match is None or match.group("unit") == "weekend":
        return None
    which, unit = match.group("which"), match.group("unit")
    if which in ("that", "the"):
        return _shift(anchor, unit, 0)
    weekend = _from_a_weekend(which, unit, base, tense)
    if weekend is not None:
        return weekend
    if unit == "week" and which in ("past", "this past"):
        # the seven days up to the article's day, placed by the middle one: mostly its own
        # week ("hearings held this past week" on a Saturday: that Monday's week)
        return _week(base - timedelta(days=3))
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(which, 0)
    return _shift(base, unit, step)


def _from_a_weekend(which: str, unit: str, base: date, tense: str) -> Result | None:
    """A week named in a weekend article, where the weekend closes the working week: "last
    week" on a Sunday is the week that ends that day ("an embarrassing loss to Donald Trump
    last week", on Sunday 2016-03-20: the primaries of Tuesday the 15th), and "this week"
    told ahead on a Saturday or Sunday is the coming one ("plan to unveil their own broad
    template … this week", on Saturday 2014-01-25: the week of Monday the 27th). "Last week"
    on a Saturday is the one before the week that ends that day, as on any other day; None
    for the rest."""
    if unit != "week" or base.weekday() < 5:
        return None
    if which in ("last", "previous") and base.weekday() == 6:
        return _week(base)
    if which == "this" and tense == "future":
        return _week(base + timedelta(days=7))
    return None


def _whole(text: str, base: date, tense: str, anchor: date) -> Result | None:
    """ "All week, Mr. Trump has slowly escalated", "Throughout the week": the unit the
    narrative is at."""
    match = _WHOLE.match(text)
    return None if match is None else _shift(anchor, match.group("unit"), 0)


def _weekend(text: str, base: date, tense: str, anchor: date) -> Result | None:
    """ "over the weekend": the ISO week of the weekend the words and the tense point at. A
    weekend the words do not step ("this weekend", "over the weekend") is, like a bare
    weekday, the one the tense points at unless the other is much nearer (`_by_tense`):
    "agreed to ... engage in negotiations ... this weekend" on a Friday is the next day's, not
    six days back; a schedule told in the past ("planned to work over the weekend", on a
    Friday) the nearer one. "over the weekend" in the present names no side ("features a
    New York Times report from over the weekend", on a Monday): the nearer one too."""
    match = _WEEKEND.match(text)
    if match is None:
        return None
    which = match.group("which") or ""
    saturday = base - timedelta(days=(base.weekday() - 5) % 7)  # the latest Saturday <= base
    if base.weekday() >= 5:  # in the weekend: "last" and "next" step, the rest is this one
        step = {"last": -7, "next": 7}.get(which, 0)
        return _week(saturday + timedelta(days=step))
    if which in ("next", "this coming"):
        return _week(saturday + timedelta(days=7))
    if which in ("last", "this past"):
        return _week(saturday)
    if tense == "present" and which != "this":
        tense = "nearest"
    back = (base - saturday).days
    coming = _by_tense(back, 7 - back, tense) == "coming"
    return _week(saturday + timedelta(days=7 if coming else 0))


def _season(text: str, base: date, tense: str, anchor: date) -> Result | None:
    """ "this summer", "last fall", "winter 2018": a span of months, precision season."""
    match = _SEASON.match(text)
    if match is None:
        return None
    first = _SEASONS[match.group("season")]
    which = match.group("which") or ""
    if match.group("year"):
        year = int(match.group("year"))
    else:
        begun = max(
            date(y, first, 1)
            for y in range(base.year - 2, base.year + 1)
            if date(y, first, 1) <= base
        )  # the latest of these seasons that has begun
        running = begun == _season_start(base)
        year = begun.year
        if which == "this" and first != 12 and year < base.year:
            # "this" spring, summer or fall is never one of a year before: "raised the
            # prospect of … a ruling by the court this summer", told in March 2011 (the parse
            # hangs the date on "raised"), is 2011's summer, not 2010's
            year = base.year
        elif which in ("last", "this past") and running:
            year -= 1
        elif which in ("next", "this coming") or (
            tense in ("future", "present") and not running and which != "last"
        ):
            year += 1
    end_year, end_month = (year + 1, 2) if first == 12 else (year, first + 2)
    return _resolved(f"{year}-{first:02d}/{end_year}-{end_month:02d}", "season")


def _holiday(text: str, base: date | None, tense: str) -> Result | None:
    """ "New Year's Day 2014", "on Christmas Eve", "Thanksgiving", "Election Day earlier this
    month" (the one inside the period the words after the name give)."""
    written = YEAR.search(text)
    name = YEAR.sub("", text).replace("'", "").strip(" ,")
    if not re.search(r"[a-z]", name) or MONTH.search(name) or WEEKDAY.search(name):
        return None
    if written:
        day = _holiday_in(name, int(written.group(1)))
        return _day(day) if day else None
    name, period = _holiday_and_period(name)
    if name is None or base is None:
        return None
    days = [d for y in range(base.year - 2, base.year + 3) if (d := _holiday_in(name, y))]
    if period:  # the one inside the period, if the period is the holiday's at all
        within = resolve(period, base, tense=tense)
        bounds = interval(within["iso"], within["precision"])
        inside = [d for d in days if bounds and bounds[0] <= d <= bounds[1]]
        if len(inside) == 1:
            return _day(inside[0])
    past = [d for d in days if d <= base]
    coming = [d for d in days if d >= base]
    if tense == "nearest" and past and coming:
        return _day(past[-1] if base - past[-1] <= coming[0] - base else coming[0])
    if tense in ("future", "present"):
        return _day(coming[0]) if coming else None
    return _day(past[-1]) if past else None


def _election_day(text: str, base: date | None) -> Result | None:
    """ "Super Tuesday", "Super Tuesday 2008": the day of the campaign the year names, else of
    the campaign the article is in ("just before Super Tuesday", "Rubio's poor showings on
    Super Tuesday", a month before and ten days after 2016-03-01), not the weekday.

    A written year with no such day (not a presidential year, or one before the press named
    it) is left unresolved rather than given a wrong date. A bare name more than a year from
    every campaign (an article of 2022) names none of them: it is left to the weekday reading,
    the Tuesday around the article, since in a year without presidential primaries the press
    calls a Tuesday of many primaries or votes near its day "super Tuesday"."""
    match = _ELECTION_DAY.match(text)
    if match is None:
        return None
    name = match.group("name")
    if match.group("year"):
        year = int(match.group("year"))
        days = _election_days_in(name, year, year)
        return _day(days[0]) if days else _unresolved("day", f"no {name} in {year}")
    if base is None:
        return None
    days = _election_days_in(name, base.year - 1, base.year + 1)
    nearest = min(days, key=lambda d: abs((d - base).days), default=None)
    if nearest is None or abs((nearest - base).days) > _A_CAMPAIGN_AWAY:
        return None
    return _day(nearest)


_A_CAMPAIGN_AWAY = 366  # days: a bare "Super Tuesday" names a campaign at most a year away


def _election_days_in(name: str, first: int, last: int) -> list[date]:
    """The days `name` fell or falls on in the years `first` to `last`: the table's, and past
    its last campaign the usual rule, the first Tuesday of March of each presidential year
    (divisible by 4). Years before the table have none: the rule does not hold back then."""
    days = [d for d in ELECTION_DAYS[name] if first <= d.year <= last]
    after = ELECTION_DAYS[name][-1].year
    for year in range(max(first, after + 1), last + 1):
        if year % 4 == 0:
            march = date(year, 3, 1)
            days.append(march + timedelta(days=(1 - march.weekday()) % 7))
    return days


def names_an_election_day(expression: str) -> bool:
    """ "Super Tuesday": a day of the primaries the press names (`ELECTION_DAYS`)."""
    return _ELECTION_DAY.match(normalized(expression)) is not None


def _holiday_and_period(text: str) -> tuple[str | None, str]:
    """A holiday's name and the words after it that say which one ("election day", "earlier
    this month"); (None, "") when the text does not begin with a holiday's name."""
    words = text.split()
    for cut in range(len(words), 0, -1):
        name, period = " ".join(words[:cut]), " ".join(words[cut:])
        if _holiday_in(name, _A_YEAR_WITH_EVERY_HOLIDAY) is not None and (
            not period or placeable(period)
        ):
            return name, period
    return None, ""


def _weekday(text: str, base: date, tense: str, firm: bool = False) -> Result:
    """ "Thursday", "last Friday", "next Tuesday", "later Wednesday", "Sunday morning"."""
    names = WEEKDAY.findall(text)
    wanted = WEEKDAYS[names[0] + "day"]
    back = (base.weekday() - wanted) % 7  # days back to the latest such day, base included
    if re.search(r"\blast\b", text):
        return _day(base - timedelta(days=back or 7))
    if re.search(r"\bnext\b", text):
        return _day(base + timedelta(days=(wanted - base.weekday()) % 7 or 7))
    if back == 0:
        return _day(base)
    ahead = (wanted - base.weekday()) % 7
    if _by_tense(back, ahead, tense, firm) == "past":
        return _day(base - timedelta(days=back))
    return _day(base + timedelta(days=ahead))


_MUCH_NEARER = 4


def _by_tense(back: int, ahead: int, tense: str, firm: bool = False) -> str:
    """Which of a date's two readings without its week or year the text means: "past" (`back`
    days before the article's day) or "coming" (`ahead` days after). The tense decides,
    unless the other reading is at least four times nearer: news names by bare weekday or
    month and day the days around its own ("Trump has invited Tea Party leaders to his office
    on Friday morning", a day after a Thursday article, not six days before; "reach a deal on
    DACA by February 8" in January), and the parse of a clause's tense is the weaker
    evidence (in the gold, a bare weekday six days back 1 time, a day ahead 17)."""
    if tense == "nearest":
        return "past" if back <= ahead else "coming"
    if tense == "past":
        return "coming" if ahead * _MUCH_NEARER <= back and not firm else "past"
    return "past" if back * _MUCH_NEARER <= ahead and not firm else "coming"


def _calendar(text: str, base: date | None, tense: str, firm: bool = False) -> Result:
    """Months, days of the month and years, read by dateparser; without a written year, the
    year is the one the tense points at."""
    precision = _precision_of(text)
    written = YEAR.search(text)
    if written and precision == "year":
        return _resolved(written.group(1), "year")
    parsed = _parse(text)
    if parsed is None:
        return _unresolved(precision, UNREADABLE)
    if written is None:
        if base is None:
            return _unresolved(precision, "no publication date to resolve it against")
        parsed = _year_by_tense(parsed, base, tense, precision, firm)
        if parsed is None:
            return _unresolved(precision, "not a day of that month")
    if precision == "month":
        return _resolved(parsed.strftime("%Y-%m"), "month")
    if precision == "year":
        return _resolved(parsed.strftime("%Y"), "year")
    return _day(parsed)


def _day_range(parts: list[str], base: date | None, tense: str) -> Result:
    """ "March 31-April 4", "Dec. 3-5", "June to August 2019": both ends, precision range."""
    first, last = parts
    if last.isdigit() and int(last) <= 31:  # "Dec. 3-5": the month of the first end
        last = f"{MONTH.search(first).group(0).rstrip('.')} {last}"  # type: ignore[union-attr]
    written = YEAR.search(last)
    if written and not YEAR.search(first):
        first = f"{first} {written.group(1)}"
    ends = [_calendar(p.strip(" ,"), base, tense) for p in (first, last)]
    if not all(e["resolved"] for e in ends):
        return _unresolved("range", "a span whose ends cannot both be read")
    return _resolved(f"{ends[0]['iso']}/{ends[1]['iso']}", "range")


# --- helpers -----------------------------------------------------------------------------------


def _needed_grain(text: str) -> str | None:
    """How precisely the article's day must be known to place the expression (None: it places
    itself, like "March 2023")."""
    if _YEAR_SPAN.match(text) or YEAR.search(text):
        return None
    for pattern in (_COUNTED, _COUNTED_TO, _UNIT_WITH, _ANAPHORIC):
        match = pattern.match(text)
        if match:
            unit = match.groupdict().get("unit") or match.groupdict().get("unit2")
            unit = {"decade": "year", "weekend": "week"}.get(unit, unit)
            return unit if unit in _GRAIN else "day"
    if _WEEKEND.match(text):
        return "week"
    if (MONTH.search(text) or _SEASON.match(text)) and not WEEKDAY.search(text):
        return "month"
    return "day"


def precision_of(expression: str) -> str:
    """The precision an expression names: day, month, week, season or year."""
    return _precision_of(normalized(expression))


def _precision_of(text: str) -> str:
    if WEEKDAY.search(text) or text in _DEICTIC:
        return "day"
    if MONTH.search(text):
        return "day" if _DAY_OF_MONTH.search(YEAR.sub("", MONTH.sub("", text))) else "month"
    for unit in ("week", "month", "season", "year"):
        if re.search(rf"\b{unit}", text):
            return unit
    return "year" if YEAR.search(text) else "day"


@cache
def _parse(text: str) -> date | None:
    import dateparser  # slow to import: only when an article has a calendar date

    settings = {
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "RELATIVE_BASE": datetime(2000, 6, 15),  # a leap year: "Feb. 29" reads
        "REQUIRE_PARTS": [],
    }
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


# How much nearer a bare month's past reading must be for a clause told in the plain present
# to mean it (`_year_by_tense`).
_MUCH_NEARER_MONTHS = 2


def _year_by_tense(
    parsed: date, base: date, tense: str, precision: str, firm: bool = False
) -> date | None:
    """The month (and day) of `parsed` in the year that puts it where the tense says. A bare
    month told in the plain present, which names no side ("That number follows 292,000 in
    June", "A CNN/ORC poll in January shows", "Republicans have an advantage in November"),
    is the coming one, unless the past one is more than twice as near in months: June told in
    August, January in February, but November in March the coming one."""

    def on(year: int) -> date | None:
        try:
            return parsed.replace(year=year)
        except ValueError:  # Feb. 29 in a common year
            return None

    if precision == "month":
        this = on(base.year)
        if this is None:
            return None
        past = this if parsed.month <= base.month else on(base.year - 1)
        coming = this if parsed.month >= base.month else on(base.year + 1)
    else:
        this = on(base.year)
        last, next_ = on(base.year - 1), on(base.year + 1)
        past = this if this is not None and this <= base else last
        coming = this if this is not None and this >= base else next_
    if past is None or coming is None:
        return past or coming
    if precision == "month":  # "in January": a half year either way, the tense decides
        if tense == "nearest":
            return past if (base - past) <= (coming - base) else coming
        if tense == "present":  # the coming one, unless the past one is much nearer
            back, ahead = (base.month - parsed.month) % 12, (parsed.month - base.month) % 12
            return past if back * _MUCH_NEARER_MONTHS < ahead else coming
        return past if tense == "past" else coming
    reading = _by_tense((base - past).days, (coming - base).days, tense, firm)
    return past if reading == "past" else coming


def election_day(year: int) -> date | None:
    """The federal general election of the year (every even year), or None."""
    return _holiday_in(ELECTION, year)


def _holiday_in(name: str, year: int) -> date | None:
    table = _holidays(year)
    if name == ELECTION:  # the federal one, in every even year, not only presidential
        table = _holidays(year, _FEDERAL_ELECTIONS)
    for day, holiday in table.items():
        plain = holiday.casefold().replace("'", "").replace("’", "")
        if name in (plain, re.sub(r" (?:day|sunday)$", "", plain)):
            return day
    return None


ELECTION = "election day"  # the federal general election, by its name in `holidays`
# A US state whose calendar (in `holidays`) has Election Day in every even year: the federal
# general election, the Tuesday after the first Monday in November. The national calendar
# lists it only in presidential years.
_FEDERAL_ELECTIONS = "DE"
# A year in which every holiday `holidays` names for the US falls (Election Day among them).
_A_YEAR_WITH_EVERY_HOLIDAY = 2016


@cache
def _holidays(year: int, subdivision: str | None = None) -> dict[date, str]:
    import holidays

    if subdivision is not None:
        return dict(holidays.country_holidays("US", subdiv=subdivision, years=year).items())
    table = holidays.country_holidays("US", years=year, categories=("public", "unofficial"))
    return dict(table.items())


def _season_start(day: date) -> date:
    if day.month == 12:
        return date(day.year, 12, 1)
    if day.month < 3:
        return date(day.year - 1, 12, 1)
    return date(day.year, 3 * (day.month // 3), 1)


def _shift_day(day: date, unit: str, n: int) -> date:
    """The same day n units on (back, for n < 0); the last of its month where the month is
    shorter ("Feb. 29" a year on is Feb. 28)."""
    if unit in ("day", "week"):
        return day + timedelta(days=n * (7 if unit == "week" else 1))
    months = n * {"month": 1, "year": 12, "decade": 120}[unit]
    month = day.year * 12 + day.month - 1 + months
    year, month = month // 12, month % 12 + 1
    return date(year, month, min(day.day, _month_end(year, month).day))


def in_a_count(expression: str) -> bool:
    """ "in two weeks", "in 21 days": a distance on from the article's day (`_IN_A_COUNT`)."""
    return _IN_A_COUNT.match(normalized_case(expression)) is not None


def _shift(day: date, unit: str, n: int) -> Result:
    """n units on from `day` (back, for n < 0), told at that unit's precision."""
    moved = _shift_day(day, unit, n)
    if unit == "day":
        return _day(moved)
    if unit == "week":
        return _week(moved)
    if unit == "month":
        return _resolved(f"{moved.year:04d}-{moved.month:02d}", "month")
    return _resolved(f"{moved.year:04d}", "year")


def _month_end(year: int, month: int) -> date:
    following = date(year + month // 12, month % 12 + 1, 1)
    return following - timedelta(days=1)


def _day(day: date) -> Result:
    return _resolved(day.isoformat(), "day")


def _week(day: date) -> Result:
    year, week, _ = day.isocalendar()
    return _resolved(f"{year}-W{week:02d}", "week")


def _resolved(iso: str, precision: str) -> Result:
    return {"iso": iso, "precision": precision, "resolved": True, "note": None}


# The note on a text dateparser cannot read as a date at all, as against one it reads but
# cannot place (no year, no publication date): `events` asks it of a date NER ran on.
UNREADABLE = "not a date dateparser can read"


def _unresolved(precision: str, note: str) -> Result:
    return {"iso": None, "precision": precision, "resolved": False, "note": note}
