"""Personal names, shared by extraction (within a document) and the merge (across them)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from importlib.resources import files

import us

from . import lexicon

_WORD = re.compile(r"[\w][\w'’.-]*")
_POSSESSIVE = re.compile(r"[’']s$")
_LEADING = lexicon.TITLES | lexicon.TITLE_MODIFIERS
# The honorifics said to a person's name, never to an office: "Mr." here, not "the" or "former".
_PERSONAL = lexicon.HONORIFICS - {"former", "late", "ret", "retd", "retired", "the"}
# Generational suffixes keep two people apart: "Donald Trump Jr." is not "Donald Trump".
SUFFIXES = {"jr": "Jr.", "sr": "Sr.", "ii": "II", "iii": "III", "iv": "IV"}
# The suffixes as a regular expression's alternatives, as written ("Jr|Sr|II|III|IV").
SUFFIX_ALTERNATIVES = "|".join(written.rstrip(".") for written in SUFFIXES.values())


def name_tokens(text: str) -> tuple[str, ...]:
    """A person's name without titles, ranks or parentheses: "Lt. Gen. (retd) Chun" -> (Chun,).
    A generational suffix stays, written one way: "Donald Trump, Jr." -> (Donald, Trump, Jr.)."""
    text = re.sub(r"\([^)]*\)", " ", text)
    text = re.sub(rf",(?!\s*(?:{SUFFIX_ALTERNATIVES})\b).*", "", text, flags=re.I | re.DOTALL)
    words = [_POSSESSIVE.sub("", w.strip(".’'")) for w in _WORD.findall(text)]
    words = [w for w in words if w]
    while words and words[0].lower() == "s":
        words.pop(0)  # "’s Christian": the tagger took a possessive's "s" into a name
    # "Lt. Gen. (retd) Chun", "House Speaker Nancy Pelosi": the leading run of titles goes
    run = 0
    while run < len(words) and words[run].lower().rstrip(".") in _LEADING:
        run += 1
    while run and words[run - 1].lower().rstrip(".") not in lexicon.TITLES:
        run -= 1
    if run == len(words) and run > 1 and words[-2].lower() in _PERSONAL:
        run -= 1  # "Mr. King", "Ms. Judge": after a personal honorific, a title word is the name
    words = words[run:]
    suffix = None
    if len(words) > 1 and words[-1].lower() in SUFFIXES:
        suffix = SUFFIXES[words.pop().lower()]
    while words and (words[-1].lower() == "s" or words[-1].lower() in SUFFIXES):
        words.pop()
    return (*words, suffix) if suffix and words else tuple(words)


def joined(names: list[str]) -> str:
    """ "A and B", "A, B and C": the names of people who spoke together."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def surname(words: tuple[str, ...]) -> str:
    """The family name of name_tokens' words: the last word before any suffix."""
    if len(words) > 1 and words[-1] in SUFFIXES.values():
        return words[-2]
    return words[-1]


def suffix(words: tuple[str, ...]) -> str | None:
    return words[-1] if len(words) > 1 and words[-1] in SUFFIXES.values() else None


# A given name's sex, from the US Census Bureau's 1990 lists of first names by sex (the `names`
# package ships them): a name in one list is of that sex; a name in both only where one sex
# has it ten times as often as the other (Donald: 0.931% of men, 0.002% of women); Kim,
# Lindsey, Tracy or Jordan, and names in neither list, tell nothing.
_SEX_RATIO = 10.0


@cache
def _census() -> dict[str, str]:
    shares: dict[str, dict[str, float]] = {}
    for sex in ("male", "female"):
        for line in files("names").joinpath(f"dist.{sex}.first").read_text().splitlines():
            parts = line.split()
            if len(parts) > 1:
                shares.setdefault(parts[0].lower(), {})[sex] = float(parts[1])
    found = {}
    for name, share in shares.items():
        male, female = share.get("male", 0.0), share.get("female", 0.0)
        if male >= _SEX_RATIO * female:
            found[name] = "male"
        elif female >= _SEX_RATIO * male:
            found[name] = "female"
    return found


@cache
def _listed() -> frozenset[str]:
    listed = set()
    for sex in ("male", "female"):
        for line in files("names").joinpath(f"dist.{sex}.first").read_text().splitlines():
            if line.split():
                listed.add(line.split()[0].lower())
    return frozenset(listed)


def given_name_listed(given: str) -> bool:
    """Whether the census lists `given` as a first name (of either sex)."""
    return given.strip(".").lower() in _listed()


def sex_of_given_name(given: str) -> str | None:
    """ "male" or "female" where the census lists leave no doubt, else None."""
    return _census().get(given.strip(".").lower())


def roles(aliases: Iterable[str]) -> frozenset[str]:
    """The roles the titles before a name give ("President Trump": president; "Vice President
    Mike Pence": vice president; "U.S. Attorney General Eric Holder": attorney general);
    honorifics give none."""
    found = set()
    for alias in aliases:
        words = []
        for word in alias.split():
            bare = word.strip(".,").casefold()
            bare = lexicon.TITLE_ABBREVIATIONS.get(bare, bare)
            if bare not in lexicon.TITLES | lexicon.TITLE_MODIFIERS:
                break
            if bare not in lexicon.HONORIFICS | lexicon.TITLE_MODIFIERS:
                words.append(bare)
        if words:
            found.add(" ".join(words))
    return frozenset(found)


def placed_roles(aliases: Iterable[str]) -> frozenset[tuple[str, str]]:
    """(state, role) of the titles a US state opens before a name ("New York Attorney General
    Eric Schneiderman": New York, attorney general; "Texas Gov. Greg Abbott": Texas,
    governor): the office a description "the attorney general of the state of New York"
    names again. A title with no state before it gives none."""
    found = set()
    for alias in aliases:
        words = alias.split()
        for size in (2, 1):
            state = state_named(" ".join(words[:size])) if len(words) > size else None
            if state is None or not words[size][:1].isupper():
                continue
            found |= {(state, role) for role in roles([" ".join(words[size:])])}
            break
    return frozenset(found)


def office_of_state(text: str) -> tuple[str, str] | None:
    """(state, role) of an office named by its title and a US state, lowercase: "the attorney
    general of the state of New York", "the governor of Texas"; None for anything else."""
    words = text.split()
    if words[:1] and words[0].casefold() == "the":
        words = words[1:]
    if "of" not in words:
        return None
    at = words.index("of")
    title, place = words[:at], words[at + 1 :]
    if not title or any(w[:1].isupper() for w in title):
        return None
    found = roles([" ".join(title)])
    role = next(iter(found), "")
    if len(found) != 1 or len(role.split()) != len(title):
        return None
    if len(place) > 3 and [w.casefold() for w in place[:3:2]] == ["the", "of"]:
        if place[1].casefold() not in _PLACE_KINDS:
            return None
        place = place[3:]
    state = state_named(" ".join(place)) if place and place[0][:1].isupper() else None
    return (state, role) if state else None


@cache
def _states() -> dict[str, str]:
    """Each US state (and D.C.) by its name, AP abbreviation and postal code, folded."""
    found = {}
    for state in (*us.states.STATES_AND_TERRITORIES, us.states.DC):
        for form in (state.name, state.ap_abbr, state.abbr):
            if form:
                found[_fold_state(form)] = state.name
    return found


def state_named(text: str) -> str | None:
    """The US state a name, AP abbreviation or postal code names ("Va." -> "Virginia")."""
    return _states().get(_fold_state(text))


def _fold_state(text: str) -> str:
    return re.sub(r"[^a-z ]", "", text.lower()).strip()


# What an office's place may open with: "attorney general of the state of New York".
_PLACE_KINDS = frozenset("state city commonwealth republic kingdom".split())


@cache
def _long_places() -> frozenset[str]:
    """The places of two words or more the package knows, folded: the US states ("New York",
    "South Carolina") and the countries of `lexicon` ("North Korea", "Saudi Arabia")."""
    known = (*_states().values(), *lexicon.DEMONYMS.values(), *lexicon.CAPITALS.values())
    return frozenset(_fold_state(p) for p in known if " " in p and p[:1].isupper())


def place_length(words: Sequence[str]) -> int:
    """How many of `words`, from the first, are a place of two words or more that an office
    is "of" ("New York", "the state of New York", "New York City", "North Korea"); 0 when
    they open with none. One word is no evidence ("Secretary of State John Kerry")."""
    lead = 0  # "the state of", "the city of"
    if len(words) > 3 and [w.lower() for w in words[:3:2]] == ["the", "of"]:
        lead = 3 if words[1].lower() in _PLACE_KINDS else 0
    for size in (3, 2):
        place = words[lead : lead + size]
        if len(place) < size or not all(w[:1].isupper() for w in place):
            continue
        if _fold_state(" ".join(place)) in _long_places():
            after = words[lead + size : lead + size + 1]
            more = 1 if after and after[0] in ("City", "State") else 0
            return lead + size + more
    return 0
