"""Numbers as written in news text: the lexical layer of figure extraction.

`scan(text)` finds every number expression with what sits right around it: a qualifier
("about", "at least", "as many as"), a currency ("$", "£", "euros"), a scale ("1.28 million",
"$3bn"), a unit or percent ("40 km", "5%"), a range ("10,000-12,000", "between 10 and 12")
and a paired conversion ("$2,000 (£1,585)"). Spelled-out numbers go through `text2num`.
Which matches are figures at all (not years, dates, times, names) is decided in `figures`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from text_to_num import text2num

_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty "
    "ninety hundred thousand million billion trillion"
).split()
_WORD = r"(?:" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")"
_WORD_NUMBER = rf"{_WORD}(?:(?:[\s-]+|\s+and\s+){_WORD})*"
_SCALES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "lakh": 1e5,
    "crore": 1e7,
}
_SUFFIXES = {
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "tn": 1e12,
    "trn": 1e12,
}
# Words before a fraction that bound it or say it is about so much ("Almost half said", "more
# than half have"), each a fixed-width look-behind.
_ESTIMATED = (
    "(?:"
    + "|".join(
        rf"(?<=\b{words} )"
        for words in (
            "almost",
            "nearly",
            "about",
            "roughly",
            "around",
            "fully",
            "over",
            "under",
            "more than",
            "less than",
            "at least",
            "at most",
        )
    )
    + ")"
)
_FRACTIONS = {
    "half": 0.5,
    "a half": 0.5,
    "one half": 0.5,
    "one-half": 0.5,
    "a third": 1 / 3,
    "one third": 1 / 3,
    "one-third": 1 / 3,
    "two thirds": 2 / 3,
    "two-thirds": 2 / 3,
    "a quarter": 0.25,
    "one quarter": 0.25,
    "one-quarter": 0.25,
    "three quarters": 0.75,
    "three-quarters": 0.75,
    "a fifth": 0.2,
    "one fifth": 0.2,
    "one-fifth": 0.2,
    "two-fifths": 0.4,
    "two fifths": 0.4,
    "three-fifths": 0.6,
    "three fifths": 0.6,
    "four-fifths": 0.8,
    "four fifths": 0.8,
    "a fourth": 0.25,
    "one fourth": 0.25,
    "one-fourth": 0.25,
    "three fourths": 0.75,
    "three-fourths": 0.75,
}
# "tens of thousands": 10,000 to 100,000; "dozens": 12 to 120 (an order of magnitude).
_VAGUE = {
    "dozens": 12,
    "scores": 20,
    "hundreds": 100,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
    "trillions": 1e12,
    "tens of thousands": 1e4,
    "hundreds of thousands": 1e5,
    "tens of millions": 1e7,
    "hundreds of millions": 1e8,
    "tens of billions": 1e10,
    "hundreds of billions": 1e11,
    "tens of trillions": 1e13,
}
# "scores of people": a vague count only before "of"; alone the word is the noun or the verb
# ("low test scores", "credit scores", "Kasich scores all 66 delegates", "settling scores":
# 16 in 8 PolNeAR articles, no count among them).
_VAGUE_BEFORE_OF = {"scores"}
# "several lawmakers", "multiple blood transfusions", "a handful of House Democrats": a count
# the text gives no number for, read as its smallest sensible count (the gold convention: a
# figure with no value, `low` that reading). Whether it counts a noun is decided in `figures`.
# The high end bounds what the word can mean (a handful is not 63) where it has one.
# Not "many" ("lied many times") nor "a number of" ("a number of state legislatures"): words
# that give no size at all, "some" said otherwise; the story gold lists neither as a figure in
# 62 stories and lists them as not-figures in seven ("a number of major sex scandals", "After
# many hours of prayer", "I expressed many times").
_FEW = {
    "multiple": (2, None),
    "several": (3, 10),
    "a few": (3, 10),
    "a handful": (3, 10),
}
# "twice successfully", "voted three times": how often, as one word.
_OFTEN = {"twice": 2, "thrice": 3}
# "twice the number", "double what it is now", "triple the cap", "quadrupled": how many times
# one amount another is, by the word's stem.
_RATIOS = {"twice": 2, "thrice": 3, "doubl": 2, "tripl": 3, "quadrupl": 4}
# "the vast majority of those arrested", "a simple majority of the House": how large a majority
# is said to be still says no more than that it is over half.
_MAJORITY_SIZES = (
    "vast|overwhelming|large|wide|huge|great|clear|solid|strong|big|slim|narrow|bare|simple|"
    "absolute|comfortable|substantial|sizable|sizeable|considerable|slight|small"
)
# Sizes that say a majority is well over half, by how much no one says: "the vast majority of
# Clinton holdouts", "the overwhelming majority of people coming in", "A strong majority of
# Democratic primary voters": a vague share from half up, as "thousands" is a vague count.
# Not "a simple/slim/narrow/bare majority": just over half, a bound.
_LARGE_MAJORITY = frozenset(
    "vast overwhelming large wide huge great solid strong big substantial sizable sizeable "
    "considerable comfortable".split()
)
# "nearly a month", "more than a year": one of a unit of time, when a qualifier says how near.
_TIME_UNITS = "second|minute|hour|day|week|month|year|decade|century"
# "its fifth week", "their third year": the units of time something has lasted so far.
_ORDINAL_WORDS = """second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth""".split()
# "the 14th day of the shutdown", "its 12th day": an ordinal in digits before a unit of time
# (news style spells first to ninth, so these count from 10 on). Not "the 21st century", a
# century being the name of a period, not a count of how long something has lasted.
_NTH_UNITS = "second|minute|hour|day|week|month|year|decade"
_DIGITS = {
    "en": r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+",
    "eu": r"\d{1,3}(?:[. \u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?",
}

_CURRENCY_SYMBOLS = {
    "US$": "USD",
    "US $": "USD",
    "USD": "USD",
    "HK$": "HKD",
    "HK $": "HKD",
    "A$": "AUD",
    "AU$": "AUD",
    "PS": "GBP",
    "C$": "CAD",
    "CA$": "CAD",
    "NZ$": "NZD",
    "S$": "SGD",
    "R$": "BRL",
    "$": "USD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "₩": "KRW",
    "₽": "RUB",
    "₪": "ILS",
    "RM": "MYR",
    "Rs.": "INR",
    "Rs": "INR",
    "₦": "NGN",
    "EUR": "EUR",
    "GBP": "GBP",
    "JPY": "JPY",
    "CNY": "CNY",
    "CHF": "CHF",
    "INR": "INR",
    "KRW": "KRW",
    "RUB": "RUB",
    "AUD": "AUD",
    "CAD": "CAD",
    "HKD": "HKD",
}
_CURRENCY_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:"
    + "|".join(re.escape(s) for s in sorted(_CURRENCY_SYMBOLS, key=len, reverse=True) if s != "PS")
    + r")\s?$|(?<![A-Za-z])PS$"  # "PS2.7m": £ folded to ASCII by some scrapers
)
_CURRENCY_WORDS = {
    "us dollars": "USD",
    "hong kong dollars": "HKD",
    "australian dollars": "AUD",
    "canadian dollars": "CAD",
    "chinese yuan": "CNY",
    "japanese yen": "JPY",
    "south korean won": "KRW",
    "indian rupees": "INR",
    "swiss francs": "CHF",
    "dollars": "USD",
    "dollar": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "pence": "GBP",
    "cents": "USD",
    "cent": "USD",
    "yuan": "CNY",
    "renminbi": "CNY",
    "yen": "JPY",
    "won": "KRW",
    "rubles": "RUB",
    "roubles": "RUB",
    "rupees": "INR",
    "shekels": "ILS",
    "francs": "CHF",
    "ringgit": "MYR",
    "naira": "NGN",
    "rand": "ZAR",
    "lira": "TRY",
    "dinars": "IQD",
    "usd": "USD",
    "eur": "EUR",
    "gbp": "GBP",
    "sen": "MYR",
}
# A magnitude of a currency: "billions of dollars", "tens of millions of dollars" is a sum of
# money, as "$5.7 billion" is (read in ten BASIL stories), not a count of dollars.
_CURRENCY_OF = re.compile(
    r"^\s+of\s+(?:"
    + "|".join(sorted((w for w in _CURRENCY_WORDS if len(w) > 4), key=len, reverse=True))
    + r")(?!\w)",
    re.IGNORECASE,
)
# The words of a percent written after a number ("49 percent", "13%"): the one list of them,
# which entities' shares of a poll read too.
PERCENT_WORDS = ("%", "percent", "per cent", "pct")
# Units written after a number, to a canonical symbol.
_UNITS = {
    **dict.fromkeys(PERCENT_WORDS, "%"),
    "percentage points": "percentage point",
    "percentage point": "percentage point",
    "basis points": "basis point",
    "basis point": "basis point",
    "bps": "basis point",
    "km/h": "km/h",
    "kph": "km/h",
    "kilometres per hour": "km/h",
    "kilometers per hour": "km/h",
    "mph": "mph",
    "m.p.h.": "mph",
    "miles per hour": "mph",
    "miles an hour": "mph",
    "metres per second": "m/s",
    "meters per second": "m/s",
    "m/s": "m/s",
    "parts per million": "ppm",
    "parts per billion": "ppb",
    "pound-feet": "lb-ft",
    "lb-ft": "lb-ft",
    "barrels per day": "barrels per day",
    "barrels a day": "barrels per day",
    "barrel-a-day": "barrels per day",
    "month-old": "month of age",
    "-month-old": "month of age",
    "square kilometres": "km²",
    "square kilometers": "km²",
    "sq km": "km²",
    "km2": "km²",
    "km²": "km²",
    "m²": "m²",
    "sq mi": "sq mi",
    "mi²": "sq mi",
    "ft²": "sq ft",
    "square miles": "sq mi",
    "square feet": "sq ft",
    "sq ft": "sq ft",
    "kilometres": "km",
    "kilometers": "km",
    "kilometre": "km",
    "kilometer": "km",
    "km": "km",
    "miles": "mile",
    "mile": "mile",
    "metres": "m",
    "meters": "m",
    "metre": "m",
    "meter": "m",
    "centimetres": "cm",
    "centimeters": "cm",
    "cm": "cm",
    "millimetres": "mm",
    "millimeters": "mm",
    "mm": "mm",
    "μm": "μm",
    "microns": "μm",
    "feet": "ft",
    "foot": "ft",
    "ft": "ft",
    "inches": "inch",
    "inch": "inch",
    "yards": "yard",
    "yard": "yard",
    "yd": "yard",
    "kilograms": "kg",
    "kilogrammes": "kg",
    "kg": "kg",
    "milligrams": "mg",
    "mg": "mg",
    "megawatts": "MW",
    "megawatt": "MW",
    "gigawatts": "GW",
    "gigawatt": "GW",
    "kilowatts": "kW",
    "kilowatt": "kW",
    "grams": "g",
    "g": "g",
    "tonnes": "tonne",
    "tonne": "tonne",
    "tons": "ton",
    "ton": "ton",
    "lbs": "lb",
    "lb": "lb",
    "ounces": "oz",
    "oz": "oz",
    "pounds": "lb",
    "pound": "lb",
    "acres": "acre",
    "acre": "acre",
    "hectares": "hectare",
    "ha": "hectare",
    "degrees celsius": "°C",
    "degrees fahrenheit": "°F",
    "°c": "°C",
    "°f": "°F",
    "degrees": "°",
    "degree": "°",
    "°": "°",
    "litres": "l",
    "liters": "l",
    "litre": "l",
    "liter": "l",
    "gallons": "gallon",
    "gallon": "gallon",
    "barrels": "barrel",
    "barrel": "barrel",
    "bpd": "barrels per day",
    "mah": "mAh",
    "kwh": "kWh",
    "mwh": "MWh",
    "gwh": "GWh",
    "twh": "TWh",
    "kw": "kW",
    "mw": "MW",
    "gw": "GW",
    "watts": "W",
    "w": "W",
    "gb": "GB",
    "mb": "MB",
    "tb": "TB",
    "ghz": "GHz",
    "mhz": "MHz",
    "khz": "kHz",
    "hz": "Hz",
    "horsepower": "hp",
    "hp": "hp",
    "rpm": "rpm",
    "ppm": "ppm",
    "ppb": "ppb",
    "seconds": "second",
    "second": "second",
    "secs": "second",
    "minutes": "minute",
    "minute": "minute",
    "mins": "minute",
    "hours": "hour",
    "hour": "hour",
    "hrs": "hour",
    "days": "day",
    "day": "day",
    "weeks": "week",
    "week": "week",
    "months": "month",
    "month": "month",
    "years": "year",
    "year": "year",
    "yrs": "year",
    "decades": "decade",
    "decade": "decade",
    "centuries": "century",
    "century": "century",
    "year-old": "year of age",
    "years old": "year of age",
    "-year-old": "year of age",
    "year-olds": "year of age",  # "14-year-olds don't make good decisions"
    "-year-olds": "year of age",
    "nanometres": "nm",
    "nanometers": "nm",
    "nanometre": "nm",
    "nanometer": "nm",
    "nm": "nm",
    "square metres": "m²",
    "square meters": "m²",
    "sqm": "m²",
    "bhp": "hp",
    "points": "point",
    "point": "point",
    "pts": "point",
}
_UNIT_AFTER = re.compile(
    r"^(?:\s|-)?(?:"
    + "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True))
    + r")(?![\w°])",
    re.IGNORECASE,
)
_CURRENCY_AFTER = re.compile(
    r"^\s(?:" + "|".join(sorted(_CURRENCY_WORDS, key=len, reverse=True)) + r")(?!\w)",
    re.IGNORECASE,
)
_QUALIFIERS = (
    (
        "upper",
        r"as many as|as much as|up to|fewer than|less than|no more than|at most|a maximum of|"
        r"just under|under|below|not more than|a maximum|nearly|almost|just shy of",
    ),
    (
        "lower",
        r"at least|more than|over|above|in excess of|upwards of|no fewer than|no less than|"
        r"just over|well over|a minimum of|at minimum|greater than|exceeding|nearly all of|"
        r"topped|tops|topping|surpassed|surpasses|surpassing|exceeded|exceeds|eclipsed",
    ),
    (
        "approx",
        r"about|around|approximately|roughly|some|an estimated|estimated|"
        r"close to|circa|an approximate|approx\.|or so|~",
    ),
)
_QUALIFIER_BEFORE = [
    (kind, re.compile(rf"(?<![\w-])(?:{words})\s*$", re.IGNORECASE)) for kind, words in _QUALIFIERS
]
# "refused to accept anything less than $5.7 billion", "would settle for nothing less than 60
# votes": the number is the line drawn, no bound of the figure (the story gold: exact); "cost
# something more than $5 billion", "anything up to 10 years" stay bounds.
_LINE_DRAWN = re.compile(r"(?<![\w-])(?:anything|nothing)\s+(?:less|more|fewer)\s+than\s*$", re.I)
# A hyphen is a minus sign where no number ends just before it: after a percent sign it joins
# two shares ("(34%-54%)"), as after a digit it joins two numbers ("10-12").
_SIGN_BEFORE = re.compile(r"(?:(?<![\w\d.,%])-|\bminus[\s-])$")
# "plus or minus three percentage points", "+/- 3.1": a margin either way, no negative number.
_EITHER_WAY_BEFORE = re.compile(r"(?i)(?:\bplus[\s-]+or[\s-]+|\+\s*/\s*|±\s*)$")
_METRE_CONTEXT = frozenset(
    "tall long high wide deep away from above below in sprint race depth metres to and".split()
)
_CHANGE_BEFORE = re.compile(
    r"(?i)\b(?:rose|rise[sn]?|climb(?:ed|s)?|jump(?:ed|s)?|increas(?:ed|es|e)|gain(?:ed|s)?|grew|grow[sn]?|"
    r"surg(?:ed|es)|soar(?:ed|s)?|up|fell|fall(?:en|s)?|drop(?:ped|s)?|declin(?:ed|es)|decreas(?:ed|es)|"
    r"sl(?:id|ides)|slump(?:ed|s)?|plung(?:ed|es)|down|lost|los(?:es|ing)|edged|add(?:ed|s)?|shed|"
    r"cut|plummet(?:ed|s)?|tumbl(?:ed|es)|dipp?(?:ed|s)?|by)\b[^.;]{0,40}$"
)


@dataclass
class NumberMatch:
    start: int
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    qualifier: str = "exact"
    qualifier_start: int | None = None
    qualifier_end: int | None = None
    currency: str | None = None
    unit: str | None = None
    words: bool = False  # spelled out ("three")
    scale: float = 1.0  # the multiplier written after the digits ("billion", "m")
    vague: bool = False
    number_start: int = 0  # where the digits or number words begin
    equivalents: list[dict] = field(default_factory=list)
    tally: tuple[float, float] | None = None  # a vote or score: "97-1", "40-to-39"
    kind: str | None = None  # how it was written, where a later step checks it: "article",
    # "ordinal" (kept only after a qualifier or a possessive), "few" ("several", "a handful":
    # a figure only with a counted noun), "often" ("twice": a figure only as how often),
    # "ratio" ("twice as many", "double the number", "has doubled": a figure only where the
    # parse makes it a ratio of amounts),
    # "single" ("a single rifle shot": one thing, not where it is denied or made of several),
    # "long" ("a month-long review": one of its unit of time), "lately" ("for the past month":
    # one of its unit of time, as "for a month"), "digits" ("a double-digit lead": one amount
    # only of a single thing), "odds" ("six in 10", "a one-in-three chance": both numbers in
    # `tally`, the value the first, as the story gold writes odds: 23 of 23 in nine stories)
    symbol: str | None = None  # the currency symbol as written ("$"), when there is one


def number_pattern(locale: str = "en") -> re.Pattern[str]:
    digits = _DIGITS.get(locale, _DIGITS["en"])
    vague = "|".join(
        re.escape(v) + (r"(?=\s+of\b)" if v in _VAGUE_BEFORE_OF else "")
        for v in sorted(_VAGUE, key=len, reverse=True)
    )
    fractions = "|".join(sorted((re.escape(v) for v in _FRACTIONS), key=len, reverse=True))
    hyphenated = "|".join(sorted((re.escape(v) for v in _FRACTIONS if "-" in v), key=len)[::-1])
    return re.compile(
        # "its 12th day": before the digits, which would take the "12" alone
        rf"(?P<nth>(?<![\w.,/:])\d+(?:st|nd|rd|th)(?=\s+(?:{_NTH_UNITS})\b))"
        rf"|(?P<digits>(?:(?<![\w.,/:])|(?<=USD)|(?<=EUR)|(?<=GBP)|(?<=INR)|(?<=JPY)|(?<=CNY)"
        rf"|(?<=CHF)|(?<=AUD)|(?<=CAD)|(?<=HKD)|(?<=RM)|(?<=PS)|(?<=Rs))(?:{digits}))"
        rf"(?:(?P<suffix>k|K|bn|mn|mln|m|b|tn|trn)(?![\w]))?"
        # "asking for $5.6” billion": a scale word after the quote that closes on the digits
        # is the number's (the span keeps the quote); "raised $33million", "2.5million
        # contributions": one glued on by the writer too (PolNeAR's USA Today articles)
        rf"(?:[”\"]?\s?(?P<scale>hundred|thousand|million|billion|trillion|lakh|crore)s?(?![\w]))?"
        # "a half a million votes", "a half-billion dollars", "a quarter-of-a-million people":
        # that part of the scale word's number (PolNeAR rubio-2016-03, factory-jobs,
        # primary-2016-06), never "a half" and "a million"
        rf"|(?P<partscale>\b(?:(?:a|one)[\s-]+)?(?P<part>half|quarter|third)(?:[\s-]+of)?"
        rf"[\s-]+(?:a[\s-]+)?(?P<partof>thousand|million|billion|trillion)\b)"
        # "half a dozen", "a half-dozen", "half-dozen": six; "the dozen statewide surveys",
        # "The dozen emails sent to Powell": twelve, as "the two" is two (not "by the dozen")
        rf"|(?P<dozen>\b(?:a|one|two|three|four|five|half\sa|(?:a\s+)?half)[\s-]+dozen\b"
        rf"|\bthe\s+dozen\b(?-i:(?=\s+[a-z]))(?!\s+(?:or|of)\b))"
        # "a month-long review", "a monthlong standoff", "a yearlong inquiry": one of the unit
        # (a plural, "a weeks-long review", says no number)
        rf"|(?P<long>(?<!-)\b(?P<longunit>{_TIME_UNITS})-?long\b)"
        # "a half-century of failure", "half an hour", "a half-hour": half of a unit of time
        rf"|(?P<half>\b(?:a\s+)?half(?:\s+an?)?[\s-]+(?={_TIME_UNITS}\b))"
        rf"|(?P<vague>\b(?:{vague})\b)"
        # "a six-figure digital ad buy", "five-figure fees": a sum of that many digits
        rf"|(?P<digitcount>\b(?P<digitword>four|five|six|seven|eight|nine|ten)-figure\b)"
        # "a double-digit lead", "won by double digits", "fell to single digits": a share of
        # so many digits, in points
        rf"|(?P<digitsize>\b(?P<digitsword>single|double|triple)[\s-]digits?\b)"
        rf"|(?P<few>\b(?:multiple|several|a\s+few|(?:a|the)\s+handful)\b)"
        # "twice as many Democrats", "more than twice the number of delegates", "would
        # triple the annual cap", "has more than doubled": a ratio, if the parse says so
        # (`extract.figures`); not "double-dip", "doubled-down"
        rf"|(?P<ratio>\b(?:(?:twice|thrice)(?=\s+(?:as|the|what|that|those)\b)"
        rf"|(?:doubl|tripl|quadrupl)(?:e[sd]?|ing))\b(?!-))"
        rf"|(?P<often>\b(?:twice|thrice)\b)"
        rf"|(?P<fold>\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+-)fold\b)"
        # "two-thirds of the vote"; "a two-thirds majority", "a two-thirds vote of both houses":
        # the share a vote needs or got
        rf"|(?P<fraction>\b(?:{fractions})\b(?=\s+(?:of|the|a|an|their|its|his|her|all)\b"
        rf"|[\s-]+(?:super)?majority\b|[\s-]+votes?\b)"
        # "about two-thirds", "one-third less", "more than three-quarters from donors": a
        # fraction in one hyphenated word is one wherever it stands, never the "two" alone
        # (PolNeAR factory-jobs, wasserman; BASIL 576116e5); "Almost half said", "more than
        # half have", "about half furloughed": one a bound or an estimate is put on (iowa,
        # voter-polls; BASIL 0d10341a)
        rf"|\b(?:{hyphenated})\b(?!-)|{_ESTIMATED}(?:{fractions})\b(?![\s-]+(?:{_TIME_UNITS})\b))"
        rf"|(?P<andhalf>\b{_WORD_NUMBER}[\s-]+and[\s-]+a[\s-]+half"
        rf"(?:\s+(?P<halfscale>thousand|million|billion|trillion))?\b)"
        # "an hour and a half later", "the past decade and a half", "the first hour and a
        # half": one unit of time and half of one (before "an hour", "for the past decade")
        rf"|(?P<unithalf>\b(?:an?|the\s+(?:first|past|last|next))\s+(?P<halfunit>{_TIME_UNITS})"
        rf"[\s-]+and[\s-]+a[\s-]+half\b)"
        rf"|(?P<majority>\b(?:a|the)\s+(?:(?:{_MAJORITY_SIZES})\s+)?majority(?=\s+of\b(?!\s+\d)))"
        # "a single rifle shot": one, said as only one; not "a single mother", "single-payer"
        rf"|(?P<single>\ba\s+single\b(?!-|\s+(?:mother|father|parent|mom|dad|woman|man|payer)))"
        rf"|(?P<article>\ban?(?=\s+(?:{_TIME_UNITS})\b))"
        # "for the past month", "for the last decade": one unit of time, as "for a month" is
        # (figures in the three gold stories that write it; not "in the last decade", "over the
        # past week", "for the coming year")
        rf"|(?P<lately>(?<=\bfor\s)the\s+(?:past|last|next)(?=\s+(?:{_TIME_UNITS})\b))"
        rf"|(?P<ordinal>\b(?:{'|'.join(_ORDINAL_WORDS)})(?=\s+(?:{_TIME_UNITS})\b))"
        rf"|(?P<words>\b(?:a\s+(?=hundred|thousand|million|billion|trillion))?{_WORD_NUMBER}\b)",
        re.IGNORECASE,
    )


_PATTERNS = {locale: number_pattern(locale) for locale in _DIGITS}


def parse_digits(text: str, locale: str = "en") -> float:
    if locale == "eu":
        text = re.sub(r"[. \u202f](?=\d{3}\b)", "", text).replace(",", ".")
    return float(text.replace(",", ""))


def scan(text: str, locale: str = "en") -> list[NumberMatch]:
    """Every number expression in `text`, with its qualifier, currency, unit and range."""
    found: list[NumberMatch] = []
    for match in _PATTERNS.get(locale, _PATTERNS["en"]).finditer(text):
        number = _number(match, locale)
        if number is not None:
            found.append(number)
    for number in found:
        _plus_after(text, number)
        _extend_after(text, number)
        _extend_before(text, number)
    found = [n for n in found if _kept(text, n)]
    for number in found:
        _decade_of_age(text, number)
        _times_as_many(text, number)
    found = _merge_heights(text, found)
    merged = _merge_fractions(text, _merge_ranges(text, _merge_equivalents(text, found)))
    for number in merged:
        _open_bound_after(text, number)
        _in_years(number)
        _in_dozens(text, number)
    return merged


_TIMES_AS_MANY = re.compile(r"(?i)^\s+times\s+as\s+(?:many|much)\b")


def _times_as_many(text: str, number: NumberMatch) -> None:
    """ "roughly three times as many African-Americans said …": a number of times one amount
    is another, a ratio as "twice as many" is (the parse reads the number as a count of the
    noun after it)."""
    if (
        number.kind is None
        and not number.unit
        and not number.currency
        and _TIMES_AS_MANY.match(text[number.end : number.end + 24])
    ):
        number.kind = "ratio"


_DOZEN = re.compile(r"(?i)\bdozen\b")


def _in_dozens(text: str, number: NumberMatch) -> None:
    """ "A dozen Republicans", "two dozen protesters", "a half-dozen Senate seats", "the
    half-dozen Republican senators": a count in dozens is a round one, as a span in decades is
    (`_in_years`); said with no bound, it is about that many (the story gold's approximation,
    in six stories: BASIL ed8c136f, 68748e7f, 1e41e98b, 3ae35b16; PolNeAR fox-debate and
    supertuesday; exact in one, c6a0e65c's "a dozen Russian intelligence officers" of an
    indictment). A bound keeps its own reading ("more than a dozen women", "nearly
    two-dozen executive actions", "a dozen or so"), and "dozens" is a vague amount."""
    if number.qualifier != "exact" or number.vague or number.value is None:
        return
    if _DOZEN.search(text, number.number_start, number.end):
        number.qualifier = "approx"


# Units of time that are a round number of years: a count of them is read in years.
YEARS_IN = {"decade": 10.0, "century": 100.0}


def _in_years(number: NumberMatch) -> None:
    """ "nearly two decades", "more than a half-century ago", "over those three decades": a
    span in decades or centuries is that many years (20, 50, 30), the unit every other span of
    years is in, and a round one: said with no bound, about that many years ("for two
    decades", "for the last decade"). Not an ordinal, which says which decade ("its second
    decade"), nor a vague amount ("decades" is no count)."""
    factor = YEARS_IN.get(number.unit or "")
    if factor is None or number.kind == "ordinal" or number.vague:
        return
    number.value, number.low, number.high = (
        None if v is None else v * factor for v in (number.value, number.low, number.high)
    )
    number.unit = "year"
    if number.qualifier == "exact":
        number.qualifier = "approx"


# "5-foot-11", "6 feet 2 inches", "5 ft. 4 in.": feet then inches, one height.
_INCHES_BETWEEN = re.compile(r"^(?:-|,?\s+(?:(?:and|&)\s+)?)$", re.IGNORECASE)
_INCH_WORD = re.compile(r"(?i)[\s-]?(?:inch(?:es)?\b|in\.)")


def _merge_heights(text: str, numbers: list[NumberMatch]) -> list[NumberMatch]:
    """ "he was 5-foot-11", "6 feet 2 inches tall", "5 ft 4 in": a height in feet and inches,
    one figure in inches (71), never a range of 5 to 11 feet nor two figures."""
    merged: list[NumberMatch] = []
    i = 0
    while i < len(numbers):
        number = numbers[i]
        inches = numbers[i + 1] if i + 1 < len(numbers) else None
        end = _inches_end(text, number, inches) if inches is not None else None
        if inches is not None and end is not None:
            number.end, number.unit = end, "inch"
            number.value = (number.value or 0.0) * 12 + (inches.value or 0.0)
            i += 1
        merged.append(number)
        i += 1
    return merged


def _inches_end(text: str, feet: NumberMatch, inches: NumberMatch) -> int | None:
    """Where a height ends when `inches` gives the inches of `feet`: a whole number of feet
    and under 12 inches, written "5-foot-11" or with the inches named ("2 inches", "4 in.")."""
    if (
        feet.unit != "ft"
        or inches.unit not in (None, "inch")
        or feet.qualifier != "exact"
        or inches.qualifier != "exact"
        or feet.value is None
        or inches.value is None
        or feet.value != int(feet.value)
        or not 0 <= inches.value < 12
        or not _INCHES_BETWEEN.match(text[feet.end : inches.start])
    ):
        return None
    if inches.unit == "inch":
        return inches.end
    named = _INCH_WORD.match(text, inches.end)
    if named:
        return named.end()
    return inches.end if text[feet.end] == "-" else None  # "5-foot-11"


_POSSESSIVE_BEFORE = re.compile(r"(?i)\b(?:its|his|her|their|our|my|your)\s+$")


# "for a week", "spent a year at Georgetown", "about an hour ahead of time": words before "a"
# and a unit of time that make it a length of time, not a point ("a year ago", "a day earlier",
# "in around a minute", "in a year when").
_LENGTH_BEFORE = re.compile(
    r"(?i)\b(?:for|spen[dt]s?|spending|(?<!\bin\s)(?:about|around|roughly))\s+$"
)


def _kept(text: str, number: NumberMatch) -> bool:
    """ "a" before a unit of time is a figure after a bound ("nearly a month", "more than a
    year"; not "a year ago") or as a length of time ("for a week", "spent a year at
    Georgetown", "only about an hour ahead of time": figures in four gold stories, where every
    "for a" and a unit of time is one); an ordinal spelled out only after a possessive ("its
    fifth week", not "the second week of January"), one in digits after any determiner ("the
    35th day of the longest shutdown": news style writes digits from 10th on, where a run of
    days or years is counted, in the gold of three stories)."""
    if number.kind == "article":  # a bound against the unit, not "in around a minute"
        said = text[number.qualifier_start or 0 : number.qualifier_end or 0].lower()
        if number.qualifier in ("lower", "upper") or said in ("nearly", "almost", "close to"):
            return True
        # not "second": "for a second day" is an ordinal
        unit = re.match(
            r"an?\s+(?:minute|hour|day|week|month|year|decade|century)(?![-\w’'])",
            text[number.number_start :],
        )
        before = text[max(0, number.number_start - 16) : number.number_start]
        return unit is not None and _LENGTH_BEFORE.search(before) is not None
    if number.kind == "ordinal":
        return _counts_a_run(text, number)
    return True


def _counts_a_run(text: str, number: NumberMatch) -> bool:
    """An ordinal before a unit of time counts how long something has run after a possessive
    ("its fifth week", "its 12th day"), or in digits from 10th on, news style spelling first
    to ninth, in days or longer ("the 14th day of the shutdown", "the 35th day of the longest
    shutdown": BASIL 0d10341a, 1e41e98b). Not which part of the calendar ("the 2nd week of
    January", "of the month"), nor a point of a day or a match ("the 19th minute of the
    match"), nor a first day ("On the 1st day of school")."""
    if _OF_A_CALENDAR.match(text, number.end):
        return False  # "the 2nd week of January": which week of the calendar
    if _POSSESSIVE_BEFORE.search(text[max(0, number.start - 8) : number.start]):
        return True
    at_a_point = _NTH_OF_A_CLOCK.match(text, number.number_start)
    return not number.words and (number.value or 0) >= 10 and at_a_point is None


# "the 19th minute of the match", "the 3rd hour": a point of a match or a day, no length.
_NTH_OF_A_CLOCK = re.compile(r"(?i)\d+(?:st|nd|rd|th)\s+(?:second|minute|hour)\b")


# "the 2nd week of January", "the 10th day of 2019", "the 2nd week of the month": an ordinal
# that says which part of the calendar, not how long something has lasted.
_OF_A_CALENDAR = re.compile(
    r"(?i)\s+of\s+(?:(?:this|last|next|the)\s+(?:year|month)\b|\d{4}\b|"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)"
)


_DECADE_OF_AGE = re.compile(
    r"(?i)\b(?:his|her|their|my|our|your)\s+(?:(?P<part>early|mid|late)[\s-]+)?$"
)


def _decade_of_age(text: str, number: NumberMatch) -> None:
    """ "in his 30s", "in her early 40s": an age from 30 to 39 (early: to 33, mid: 34 to 36,
    late: from 37), not the number 30."""
    digits = text[number.number_start : number.end]
    if not re.fullmatch(r"[1-9]0", digits) or text[number.end : number.end + 1] != "s":
        return
    if re.match(r"\w", text[number.end + 1 : number.end + 2]):
        return
    before = _DECADE_OF_AGE.search(text[max(0, number.start - 20) : number.start])
    if not before:
        return
    low = float(digits)
    low, high = {
        "early": (low, low + 3),
        "mid": (low + 4, low + 6),
        "late": (low + 7, low + 9),
    }.get((before.group("part") or "").lower(), (low, low + 9))
    number.end += 1
    number.value, number.low, number.high = (low + high) / 2, low, high
    number.qualifier, number.unit = "range", "year of age"


_FRACTION_OF = re.compile(r"^\s+of\s+(?:an?\s+)?$", re.IGNORECASE)


def _merge_fractions(text: str, numbers: list[NumberMatch]) -> list[NumberMatch]:
    """ "one-half of one percentage point", "a quarter of a percentage point": a fraction of
    an amount in a unit is that share of it, in that unit (0.5 percentage point)."""
    merged: list[NumberMatch] = []
    skip = False
    for i, number in enumerate(numbers):
        if skip:
            skip = False
            continue
        merged.append(number)
        if number.unit != "fraction" or number.value is None:
            continue
        following = numbers[i + 1] if i + 1 < len(numbers) else None
        if (
            following is not None
            and following.unit not in (None, "fraction")
            and following.qualifier == "exact"
            and following.value is not None
            and _FRACTION_OF.match(text[number.end : following.number_start])
        ):
            number.value *= following.value
            number.unit, number.end = following.unit, following.end
            skip = True
            continue
        article = re.match(r"\s+of\s+an?\s+", text[number.end : number.end + 8])
        unit = _UNIT_AFTER.match(text[number.end + article.end() :]) if article else None
        if article and unit and (following is None or following.start > number.end):
            word = unit.group().strip().lstrip("-").lower()
            number.unit = _UNITS.get(word) or number.unit
            number.end += article.end() + unit.end()
    return merged


_OR_MORE = re.compile(
    r"^\s+(?:or|and)\s+(?:(?P<lower>older|more|over|above|greater|higher|up)|"
    r"(?P<upper>younger|less|fewer|under|below|lower)|(?P<approx>so|thereabouts))\b",
    re.IGNORECASE,
)


def _open_bound_after(text: str, number: NumberMatch) -> None:
    """ "anyone 21 or older", "50 or more people", "ten or fewer": a bound written after; "a
    dozen or so public endorsements": an approximation written after."""
    if number.qualifier != "exact" or number.vague or number.value is None:
        return
    bound = _OR_MORE.match(text[number.end : number.end + 20])
    if not bound:
        return
    number.qualifier_start = (
        number.end + bound.start() + len(bound.group()) - len(bound.group().lstrip())
    )
    number.end += bound.end()
    number.qualifier_end = number.end
    if bound.group("lower"):
        number.qualifier, number.low = "lower", number.value
    elif bound.group("approx"):
        number.qualifier = "approx"
    else:
        number.qualifier, number.high = "upper", number.value


_PLUS_AFTER = re.compile(r"-plus\b|\+(?![\d+])")


def _plus_after(text: str, number: NumberMatch) -> None:
    """ "90-plus percent of those pictures", "a 20-plus-year career", "50+ people": the number
    is a lower bound, written after it."""
    if number.vague or number.value is None or number.kind or number.qualifier != "exact":
        return
    plus = _PLUS_AFTER.match(text, number.end)
    if plus is None:
        return
    number.qualifier, number.low = "lower", number.value
    number.qualifier_start, number.qualifier_end = plus.start(), plus.end()
    number.end = plus.end()


def _number(match: re.Match[str], locale: str) -> NumberMatch | None:
    start, end = match.span()
    if match.group("digits"):
        value = parse_digits(match.group("digits"), locale)
        suffix = (match.group("suffix") or "").lower()
        scale = (match.group("scale") or "").lower()
        multiplier = (_SUFFIXES[suffix] if suffix else 1.0) * (_SCALES[scale] if scale else 1.0)
        number = NumberMatch(start, end, value * multiplier, number_start=start, scale=multiplier)
        if match.group("suffix") == "m":
            number.unit = "m?"  # million after a currency or before a noun, else metres
        return number
    if match.group("partscale"):
        part = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}[match.group("part").lower()]
        scale = _SCALES[match.group("partof").lower()]
        return NumberMatch(start, end, part * scale, words=True, number_start=start, scale=scale)
    if match.group("dozen"):
        words = re.split(r"[\s-]+", match.group("dozen").lower())
        head = "half" if "half" in words else words[0]
        count = {
            "a": 1,
            "the": 1,
            "one": 1,
            "two": 2,
            "three": 3,
            "four": 4,
            "five": 5,
            "half": 0.5,
        }[head]
        return NumberMatch(start, end, 12 * count, words=True, number_start=start)
    if match.group("vague"):
        low = _VAGUE[match.group("vague").lower()]
        return NumberMatch(
            start,
            end,
            low,
            low=low,
            high=low * 10,
            qualifier="vague",
            vague=True,
            number_start=start,
        )
    if match.group("digitcount"):
        return _digit_count(match, start, end)
    if match.group("digitsize"):
        return _digit_size(match, start, end)
    if match.group("few"):
        said = match.group("few").lower().split()
        low, high = _FEW[" ".join(("a", *said[1:]) if said[0] == "the" else said)]
        return NumberMatch(
            start,
            end,
            None,
            low=low,
            high=high,
            qualifier="vague",
            vague=True,
            words=True,
            number_start=start,
            kind="few",
        )
    if match.group("ratio"):
        word = match.group("ratio").lower()
        value = float(next(v for stem, v in _RATIOS.items() if word.startswith(stem)))
        return NumberMatch(start, end, value, words=True, number_start=start, kind="ratio")
    if match.group("often"):
        value = float(_OFTEN[match.group("often").lower()])
        return NumberMatch(start, end, value, words=True, number_start=start, kind="often")
    if match.group("fold"):
        word = match.group("fold").lower().removesuffix("fold").rstrip("-")
        value = float(word) if word.isdigit() else float(text2num(word, "en"))
        return NumberMatch(start, end, value, unit="fold", words=True, number_start=start)
    if match.group("fraction"):
        value = _FRACTIONS[match.group("fraction").lower()]
        return NumberMatch(start, end, value, unit="fraction", words=True, number_start=start)
    if match.group("andhalf"):  # "two and a half million people"
        whole = re.sub(r"[\s-]+and[\s-]+a[\s-]+half.*$", "", match.group("andhalf").lower())
        scale = _SCALES.get((match.group("halfscale") or "").lower(), 1.0)
        try:
            value = (float(text2num(whole, "en")) + 0.5) * scale
        except ValueError:
            return None
        return NumberMatch(start, end, value, words=True, number_start=start, scale=scale)
    if match.group("majority"):  # "a majority of the public": more than half
        # "the vast majority": a vague share from half up; "a majority": at least half
        large = bool(_LARGE_MAJORITY & set(match.group("majority").lower().split()))
        return NumberMatch(
            start,
            end,
            50.0,
            low=50.0,
            qualifier="vague" if large else "lower",
            unit="%",
            vague=large,
            words=True,
            number_start=start,
            qualifier_start=None if large else start,
            qualifier_end=None if large else end,
        )
    if match.group("single"):
        return NumberMatch(start, end, 1.0, words=True, number_start=start, kind="single")
    if match.group("long"):  # the unit itself: "month-long" is one month
        unit = _UNITS[match.group("longunit").lower()]
        return NumberMatch(start, end, 1.0, unit=unit, words=True, number_start=start, kind="long")
    if match.group("unithalf"):
        unit = _UNITS[match.group("halfunit").lower()]
        return NumberMatch(start, end, 1.5, unit=unit, words=True, number_start=start)
    if match.group("half"):  # the unit after it is read as any number's unit is
        return NumberMatch(start, end, 0.5, words=True, number_start=start)
    if match.group("article"):
        return NumberMatch(start, end, 1.0, words=True, number_start=start, kind="article")
    if match.group("lately"):
        return NumberMatch(start, end, 1.0, words=True, number_start=start, kind="lately")
    if match.group("ordinal"):
        value = float(_ORDINAL_WORDS.index(match.group("ordinal").lower()) + 2)
        return NumberMatch(start, end, value, words=True, number_start=start, kind="ordinal")
    if match.group("nth"):
        value = float(match.group("nth")[:-2])
        return NumberMatch(start, end, value, number_start=start, kind="ordinal")
    words = match.group("words")
    if words.lower().split()[-1] in _SCALES and len(words.split()) == 1:
        return None  # a bare "million" is a scale word left over, not a number
    try:
        value = _words_value(re.sub(r"^a\s+", "one ", words.lower()))
    except ValueError:
        return None
    return NumberMatch(start, end, value, words=True, number_start=start)


def _words_value(words: str) -> float:
    """The value of a spelled number. `text2num` stops at billions: in "one trillion", "two
    trillion five hundred billion" the words before "trillion" count trillions and those after
    it are added (PolNeAR gop-debate: "add a trillion dollars in military expenditures")."""
    if not re.search(r"\btrillion\b", words):
        return float(text2num(words, "en"))
    before, after = (w.strip(" -") for w in re.split(r"\btrillion\b", words, maxsplit=1))
    after = re.sub(r"^and\s+", "", after)
    trillions = float(text2num(before, "en")) if before else 1.0
    return trillions * _SCALES["trillion"] + (float(text2num(after, "en")) if after else 0.0)


def _digit_count(match: re.Match[str], start: int, end: int) -> NumberMatch:
    """ "A six-figure ad buy" is a sum of six digits, $100,000 to $999,999 (the story gold's
    reading), said as vaguely as "hundreds of thousands of dollars"; never six of a "figure"
    (three PolNeAR stories: an ad buy, a seven-figure buy, five-figure speaking fees). Dollars:
    the phrase is American English, where a sum is in dollars unless said otherwise."""
    digits = float(text2num(match.group("digitword").lower(), "en"))
    low = 10 ** (digits - 1)
    return NumberMatch(
        start,
        end,
        low,
        low=low,
        high=low * 10 - 1,
        qualifier="vague",
        currency="USD",
        vague=True,
        words=True,
        number_start=start,
    )


# How many digits "single", "double" and "triple" digits have.
_DIGIT_SIZES = {"single": 1, "double": 2, "triple": 3}


def _digit_size(match: re.Match[str], start: int, end: int) -> NumberMatch:
    """ "A huge, double-digit lead", "his support fell to single digits": a share of one, two
    or three digits, 10 to 99 for "double" (the story gold's reading, unit %, in three stories:
    two poll leads and a poll slump). News writes it of poll shares, margins and rates, so in
    percent or points; never a count of "digits"."""
    digits = _DIGIT_SIZES[match.group("digitsword").lower()]
    low = 1.0 if digits == 1 else float(10 ** (digits - 1))
    return NumberMatch(
        start,
        end,
        low,
        low=low,
        high=float(10**digits - 1),
        qualifier="vague",
        unit="%",
        vague=True,
        words=True,
        number_start=start,
        kind="digits",
    )


def _extend_after(text: str, number: NumberMatch) -> None:
    rest = text[number.end : number.end + 40]
    if number.unit == "m?":
        number.unit = None
        currency = _CURRENCY_BEFORE.search(text[max(0, number.start - 5) : number.start])
        following = re.match(r"\s+([a-z]+)", rest)
        if not currency and (following is None or following.group(1) in _METRE_CONTEXT):
            number.value = (number.value or 0) / 1e6  # "100m sprint", "5m tall": metres
            number.unit = "m"
        return
    currency = _CURRENCY_AFTER.match(rest) or (_CURRENCY_OF.match(rest) if number.vague else None)
    if currency and not _ambiguous_currency(text, number, currency):
        word = re.sub(r"^of\s+", "", currency.group().strip().lower())
        number.currency = _CURRENCY_WORDS[word]
        if word in ("pence", "cents", "cent", "sen"):
            number.unit = word.rstrip("s") if word != "pence" else "pence"
        number.end += currency.end()
        return
    unit = _UNIT_AFTER.match(rest)
    if unit:
        word = unit.group().strip().lstrip("-").lower()
        number.unit = _UNITS.get(word) or _UNITS.get("-" + word) or _UNITS.get(word.lower())
        number.end += unit.end()
        if number.unit == "lb" and _MONEY_BEFORE.search(
            text[max(0, number.start - 40) : number.start]
        ):
            number.unit, number.currency = None, "GBP"  # "fined 50 pounds": money, not weight


# Currency words that are also common English words: "3 won their primaries", "the rand".
_AMBIGUOUS_CURRENCY = frozenset("won rand sen".split())
_OBJECT_AFTER = re.compile(
    r"^\s+(?:the|a|an|their|his|her|its|our|my|your|them|him|this|that|these|those|by|over|"
    r"against|in|at|on|out|back)\b",
    re.IGNORECASE,
)
# A money verb or noun just before "50 pounds" makes the pounds sterling.
_MONEY_BEFORE = re.compile(
    r"(?i)\b(?:costs?|costing|paid|pay(?:s|ing)?|worth|fined?|price[ds]?|spen[dt]|spending|"
    r"raised?|charged?|salary|earn(?:s|ed)?|bill|budget|fund(?:s|ed|ing)?|fee|fees|prize|"
    r"sterling)\b[^.;]{0,25}$"
)


def _ambiguous_currency(text: str, number: NumberMatch, currency: re.Match[str]) -> bool:
    """ "3 won their primaries": a verb, not Korean won. Such a word is a currency after an
    amount (a scale, or 100 or more) that no object follows."""
    word = currency.group().strip().lower()
    if word not in _AMBIGUOUS_CURRENCY:
        return False
    after = text[number.end + currency.end() : number.end + currency.end() + 12]
    small = number.scale == 1.0 and abs(number.value or 0) < 100
    return small or bool(_OBJECT_AFTER.match(after))


def _extend_before(text: str, number: NumberMatch) -> None:
    before = text[max(0, number.start - 40) : number.start]
    currency = _CURRENCY_BEFORE.search(before)
    if currency and not number.words:
        symbol = currency.group().strip()
        number.currency = number.currency or _CURRENCY_SYMBOLS.get(symbol, "USD")
        number.symbol = symbol
        number.start -= len(currency.group())
        before = before[: currency.start()]
    sign = _SIGN_BEFORE.search(before)
    if sign and _EITHER_WAY_BEFORE.search(before[: sign.start()]):
        sign = None  # "plus or minus 4.3 percent": a margin of error, 4.3 either way
    if sign and number.value is not None and not number.vague:
        number.value = -number.value
        number.start -= len(sign.group())
        before = before[: sign.start()]
    if number.vague or _LINE_DRAWN.search(before):
        return
    for kind, pattern in _QUALIFIER_BEFORE:
        qualifier = pattern.search(before)
        if qualifier:
            number.qualifier = kind
            number.qualifier_start = number.start - (len(before) - qualifier.start())
            number.qualifier_end = number.qualifier_start + len(qualifier.group().rstrip())
            if kind == "lower":
                number.low = number.value
            elif kind == "upper":
                number.high = number.value
            break


def _merge_equivalents(text: str, numbers: list[NumberMatch]) -> list[NumberMatch]:
    """ "$2,000 (£1,585)": the bracketed amount is the same figure in another currency."""
    merged: list[NumberMatch] = []
    skip = set()
    for i, number in enumerate(numbers):
        if i in skip:
            continue
        following = numbers[i + 1] if i + 1 < len(numbers) else None
        if (
            following is not None
            and number.currency
            and following.currency
            and re.fullmatch(
                r"\s*\(\s*(?:about\s+|around\s+|or\s+)?", text[number.end : following.start]
            )
            and text[following.end : following.end + 1] == ")"
        ):
            number.equivalents.append(
                {
                    "value": abs(following.value or 0),
                    "currency": following.currency,
                    "start": following.start,
                    "end": following.end,
                    "text": text[following.start : following.end],
                }
            )
            skip.add(i + 1)
        merged.append(number)
    return merged


def _merge_ranges(text: str, numbers: list[NumberMatch]) -> list[NumberMatch]:
    """ "10,000-12,000", "between 10 and 12", "five to 20 per cent", "three or four years"."""
    merged: list[NumberMatch] = []
    i = 0
    while i < len(numbers):
        number = numbers[i]
        following = numbers[i + 1] if i + 1 < len(numbers) else None
        if following is not None and _is_tally(text, number, following):
            merged.append(
                NumberMatch(
                    start=number.start,
                    end=following.end,
                    value=number.value,
                    number_start=number.number_start,
                    # "49 percent to 44 percent": two shares, one poll; "46 to 40 percent":
                    # the percent sign written once, after the second
                    unit=number.unit or following.unit,
                    tally=(number.value or 0.0, following.value or 0.0),
                )
            )
            i += 2
            continue
        if following is not None and _is_odds(text, number, following):
            merged.append(  # "a one-in-three chance", "More than six in 10 said": odds
                NumberMatch(
                    start=number.start,
                    end=following.end,
                    value=number.value,
                    qualifier=number.qualifier,
                    qualifier_start=number.qualifier_start,
                    qualifier_end=number.qualifier_end,
                    words=number.words,
                    number_start=number.number_start,
                    tally=(number.value or 0.0, following.value or 0.0),
                    kind="odds",
                )
            )
            i += 2
            continue
        if following is not None and _is_range(text, number, following):
            first_value = number.value or 0
            comparable = first_value <= (following.value or 0) / following.scale * 10
            if number.scale == 1.0 and following.scale > 1.0 and not number.words and comparable:
                first_value *= following.scale  # "$10 to $15 billion", "33-35 billion"
            low, high = sorted((first_value, following.value or 0))
            window = text[max(0, number.start - 12) : number.start]
            between = re.search(r"(?i)\b(between|from)\s+\$?$", window)
            start = number.start
            q_start, q_end = number.qualifier_start, number.qualifier_end  # "some 2,000 to 3,000"
            if between:
                q_start = number.start - (len(window) - between.start())
                q_end = q_start + len(between.group(1))
                start = number.start
            merged.append(
                NumberMatch(
                    start=start,
                    end=following.end,
                    value=(low + high) / 2,
                    low=low,
                    high=high,
                    qualifier="range",
                    qualifier_start=q_start,
                    qualifier_end=q_end,
                    currency=number.currency or following.currency,
                    symbol=number.symbol or following.symbol,
                    unit=number.unit or following.unit or _ages_between(text, number),
                    words=number.words and following.words,
                    number_start=number.number_start,
                    equivalents=number.equivalents + following.equivalents,
                )
            )
            i += 2
            continue
        merged.append(number)
        i += 1
    return merged


# Words that make two numbers a vote or a score, not a range: "voted 97-1", "an 11-2 victory".
_TALLY_WORDS = re.compile(
    r"(?i)\b(?:vot\w*|ballots?|score[sd]?|beat|beats|won|wins?|lost|loss|losses|defeat\w*|"
    r"victory|edg(?:e|es|ed|ing)|lead|leads|leading|led|record|margin|tally|decision|ruling|"
    r"verdict|majority|split|series|spread|"
    r"tie[ds]?|draw|drew|game|match|season|approv\w*|pass\w*|reject\w*|confirm\w*)\b"
)


# "by a vote of 228 to 191", "a margin of 52 to 48", "voted 52 to 48": a tally written out.
_TALLY_BEFORE = re.compile(r"(?i)\b(?:vote|votes|voted|margin|tally|score)\s+(?:of\s+)?$")


# "Cruz trails Trump 458 to 359", "Clinton, who leads Bernie Sanders 1,428 to 1,153 in pledged
# delegates": a verb of standing and the other side's name before the pair, the standing's
# count each side (two PolNeAR stories, Politico and USA Today 2016, under the three-story bar;
# read as a range, "458 to 359" ran backwards).
_TALLY_AGAINST = re.compile(
    r"\b(?:trail(?:s|ed|ing)?|lead(?:s|ing)?|led|beat(?:s|ing)?|top(?:s|ped)|edg(?:es|ed|ing))"
    r"\s+(?:(?:Mr|Mrs|Ms|Sen|Gov|Rep|Dr)\.\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:by\s+)?$"
)


# "Ms. Pelosi won, 134 to 63", "in a narrow victory, 98 to 96": the count set off after a word
# of winning or voting in its clause.
_TALLY_SET_OFF = re.compile(
    r"(?i)\b(?:won|wins?|beat|beats|lost|defeat\w*|victory|vot\w*|ballots?|passed|approved|"
    r"rejected|confirmed)\b[^.;:]{0,25},\s*$"
)


# Two sides named before a pair of shares: "prefer a Democratic Congress over a Republican one
# 46 percent to 41 percent", "Obama against Romney".
_SIDES_BEFORE = re.compile(r"(?i)\b(?:over|against|versus|vs\.?)\b")


# Words of standing that take a share pair as the two sides' counts, beside _TALLY_WORDS:
# "ahead of him by just two percentage points, 50 to 48 percent", "beating Clinton 45 to 40
# percent".
_SHARE_STANDING = re.compile(r"(?i)\b(?:ahead|behind|trail\w*|beating|topp\w*)\b")


def _is_share_tally(text: str, first: NumberMatch, second: NumberMatch) -> bool:
    """ "Obama leading Romney, 49 percent to 44 percent", "Romney edging Obama, 46% to 45%":
    two shares of a poll or a vote, the larger first, after a word of leading, winning or
    voting in its clause (or the two sides: "X over Y"). A range of shares is written low to
    high, or after "between", "from", "range of" (4 stories in BASIL: 3 polls told as a lead,
    1 range "in the range of 2 percent to 3 percent"). The percent sign may be written once,
    after the second: "Clinton would beat Trump 46 to 40 percent", "beating Clinton 45 to 40
    percent", "ahead of him by just two percentage points, 50 to 48 percent", "over Iowa
    winner Ted Cruz—35 to 12 percent" (4 PolNeAR stories, Breitbart twice, The Western Journal,
    The Washington Post; read as a range "40 to 46", the brief gave 43%)."""
    if text[first.end : second.start] not in (" to ", "-", "–", " - ", " – "):
        return False
    if first.unit is None and (first.words != second.words or first.scale != 1.0):
        return False
    for number in (first, second):
        if number.vague or number.currency or number.value is None:
            return False
        if number.unit != "%" and not (number is first and number.unit is None):
            return False
        if number.qualifier != "exact" or number.value < 0 or number.value > 100:
            return False
    clause = re.split(r"[.;:!?]", text[max(0, first.start - 80) : first.start])[-1]
    if (first.value or 0) <= (second.value or 0):
        return _gap_named_before(clause, first, second)
    if re.search(r"(?i)\b(?:between|from|range\w*|to)\s+$", clause):
        return False
    change = _CHANGE_BEFORE.search(clause)
    if change and not re.match(r"(?i)(?:edged|lost|by)\b", change.group()):
        return False  # "fell 5 percent to 3 percent": a change and a level
    return bool(
        first.unit == "%"  # each share with its own percent, the larger first: no range
        or _TALLY_WORDS.search(clause)
        or _SIDES_BEFORE.search(clause)
        or _SHARE_STANDING.search(clause)
    )


# A gap in points just before a pair of shares: "his yawning 20-point deficit among women
# (34%-54%)", "a 12-point lead (40-52 percent)".
_POINTS_GAP_BEFORE = re.compile(
    r"(?i)\b(\d+(?:\.\d+)?)[\s-]+(?:percentage[\s-]+)?points?\b[^()]{0,40}\(\s*$"
)


def _gap_named_before(clause: str, first: NumberMatch, second: NumberMatch) -> bool:
    """ "A 20-point deficit among women (34%-54%)": a rising pair of shares, set in brackets
    after a gap in points that is their difference, is the two sides of a poll (the first
    side's share first), not a range of one share; "(34%-54%)" alone stays a range."""
    gap = _POINTS_GAP_BEFORE.search(clause)
    if gap is None:
        return False
    return abs(float(gap.group(1)) - ((second.value or 0) - (first.value or 0))) < 0.05


def _is_tally(text: str, first: NumberMatch, second: NumberMatch) -> bool:
    """ "97-1", "348-77", "11-2", "40-to-39": two counts side by side, as votes and scores are
    written. Ranges run from low to high, so a falling pair is a tally; a rising one only
    with a vote or score word beside it ("lost 2-3")."""
    if first.unit in ("%", None) and second.unit == "%":
        return _is_share_tally(text, first, second)
    gap = text[first.end : second.start]
    if gap not in ("-", "–", "-to-", "–to–") and not (
        gap == " to "
        and (
            _TALLY_WORDS.match(text[second.end : second.end + 12].strip())
            or _TALLY_BEFORE.search(text[max(0, first.start - 20) : first.start])
            or _TALLY_AGAINST.search(text[max(0, first.start - 50) : first.start])
            or (
                _TALLY_SET_OFF.search(text[max(0, first.start - 40) : first.start])
                and (first.value or 0) >= (second.value or 0)
            )
            or _runs_down(text, first, second)
        )
    ):
        return False
    for number in (first, second):
        value = number.value
        if (
            number.words != first.words
            or number.unit
            or number.currency
            or number.vague
            or number.qualifier != "exact"
            or value is None
            or not float(value).is_integer()
            or value < 0
            or number.scale != 1.0
        ):
            return False
    if _year_like(text, first):
        return False  # "2019-20"
    context = text[max(0, first.start - 40) : first.start] + text[second.end : second.end + 25]
    falling = (first.value or 0) >= (second.value or 0)
    return (falling and (first.value or 0) < 10_000) or bool(_TALLY_WORDS.search(context))


# Words that make a falling pair the two ends of a change or a span, not a tally: "fell from
# 10 to 5", "between 10 to 5" (a verb of change before it is `_CHANGE_BEFORE`).
_FROM_BEFORE = re.compile(r"(?i)\b(?:from|between)\s+$")


def _runs_down(text: str, first: NumberMatch, second: NumberMatch) -> bool:
    """ "The vote was 5 to 4", "deadlocked 4 to 4", "passed 92 to 0", "it was like 3 to 1
    Bernie": two whole counts joined by "to" that do not rise are the two sides of a vote, a
    score or a ratio, as "5-4" is; a range runs from low to high ("15 to 20 people"), and a
    pair that falls after "from", "between" or a verb of change is a change ("fell from 10 to
    5"). Read as ranges they gave 4.5 for a 5-to-4 vote and 46 for 92 to 0 (the story gold
    writes a tally's first count as its value)."""
    if (first.value or 0) < (second.value or 0):
        return False
    before = text[max(0, first.start - 60) : first.start]
    return not (_FROM_BEFORE.search(before[-12:]) or _CHANGE_BEFORE.search(before))


def _is_odds(text: str, first: NumberMatch, second: NumberMatch) -> bool:
    """ "one-in-three", "2 in 3", "1 in 5": a share written as odds, a smaller whole number
    "in" a larger one, not a year ("won 12 in 2015": twelve, that year)."""
    if not re.fullmatch(r"[\s-]in[\s-]", text[first.end : second.start]):
        return False
    if _year_like(text, second):
        return False
    plain = (
        first.qualifier in ("exact", "approx", "upper", "lower")
        and second.qualifier == "exact"
        and all(not n.unit and not n.currency and n.scale == 1.0 for n in (first, second))
    )
    a, b = float(first.value or 0), float(second.value or 0)  # an int where a word gave it
    return plain and a.is_integer() and b.is_integer() and 0 < a < b


def _is_range(text: str, first: NumberMatch, second: NumberMatch) -> bool:
    gap = text[first.end : second.start]
    if first.vague or second.vague or first.qualifier not in ("exact", "approx"):
        return False
    before = text[max(0, first.start - 12) : first.start].lower()
    up_to = (  # "sizes starting from 450 sq ft up to 900 sq ft"
        second.qualifier == "upper"
        and gap.strip().lower() == "up to"
        and re.search(r"\bfrom\s+\$?$", before) is not None
    )
    if second.qualifier != "exact" and not up_to:
        return False
    if (first.unit or second.unit) and first.unit != second.unit and first.unit and second.unit:
        return False
    if bool(first.currency) != bool(second.currency) and (first.unit or second.unit):
        return False  # "9.4 per cent to $84"
    if first.currency and second.currency and first.currency != second.currency:
        return False
    if _year_like(text, first) != _year_like(text, second):
        return False
    if re.search(r"\bbetween\s+\$?$", before) or _ages_between(text, first):
        # "between seven to 10 years"; "between the ages of 12 and 16" (BASIL be026bd1, PolNeAR
        # kasich-poll, millennials, unemployment): one span of ages, not two ages
        return bool(re.fullmatch(r"\s+(?:and|to)\s+", gap))
    joined = gap.strip().lower()
    if up_to:
        return True
    if joined == "or" and first.qualifier == "exact":
        # "30 or 40 members", "three or four years": a rising pair of comparable numbers
        low, high = first.value or 0, second.value or 0
        return gap.startswith(" ") and 0 < low < high <= 10 * low and first.words == second.words
    if joined in ("- to", "– to") and gap.startswith(("- ", "– ")):
        return True  # "a 40- to 60-hour training course": the first shares the second's unit
    if joined in ("-to-", "–to–"):
        # "that 0-to-60-mph time", "a 3-to-5-year sentence": a range written as one modifier
        return bool(second.unit) and first.unit in (None, second.unit)
    if joined not in ("-", "–", "—", "to"):
        return False
    if re.search(r"\bfrom\s+\$?$", before):
        return True  # "from 13.5 to 14.0 mm", "range from $800,000 to $1.3 million"
    if joined == "to" and _CHANGE_BEFORE.search(text[max(0, first.start - 60) : first.start]):
        return False  # "rose 8.15% to 3.65": a change and a level, not a range
    return len(gap) <= 5


_BETWEEN_AGES = re.compile(r"(?i)\bbetween\s+(?:the\s+)?ages\s+(?:of\s+)?$")


def _ages_between(text: str, first: NumberMatch) -> str | None:
    """ "between the ages of 18 and 29": the span's unit is years of age."""
    found = _BETWEEN_AGES.search(text[max(0, first.start - 24) : first.start])
    return "year of age" if found else None


def _year_like(text: str, number: NumberMatch) -> bool:
    digits = text[number.number_start : number.end].strip()
    return (
        bool(re.fullmatch(r"(1[6-9]|20)\d\d", digits)) and not number.currency and not number.unit
    )
