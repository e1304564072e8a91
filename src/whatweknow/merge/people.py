"""The same speaker across documents, never two people merged without evidence.

Within a document the entity index has already tied "Mr. Cancian" to "Mark Cancian". Across
documents, over the distinct names of the coverage (never per statement):

- a person's name is read into given name, middle names, surname and generational suffix,
  after titles and roles ("House Speaker", "Sen.", "Trump lawyer"; nameparser's list of titles
  and the project's own; a lowercase noun the news describes people by: "GOP presidential
  contender Ben Carson"; two roles joined by "and": "GOP presidential contender and former
  neurosurgeon Ben Carson", never "the mayor and Gov. Jerry Brown"), a party-state tag
  ("D-N.Y.", "R-Ky."), an appositive after a comma ("Nancy Pelosi, the House minority
  leader"), a possessive and parentheses are set aside;
- two full names are one person when the surnames agree, the suffixes agree (Jr., Sr., II,
  III: "Donald Trump Jr." is never "Donald Trump"), the given names agree (the same, a
  nickname of the other in the `nicknames` package's hand-curated list: "Chuck" = Charles,
  "Bob" = Robert; an initial, or an initial before the middle name the other goes by:
  "K. Michael Conaway") and the middle names do not contradict ("Donald J. Trump" = "Donald
  Trump", "George H. W. Bush" is not "George W. Bush"). One typo (an edit, or two letters
  swapped) in a given name or surname of five letters or more, first letter kept, is the same
  name within one coverage ("Kristen" / "Kirsten Gillibrand");
- a capitalised word of description the tagger took into a name ("Billionaire Donald Trump",
  the word opening a sentence) is no given name where the rest is a full name the coverage
  prints alone: the name is that person's. The word is common in English and no given name
  of the census or nickname lists ("Mary Anne Lowry" beside "Anne Lowry" stays a name);
- names that agree with each other are one person unless one of them agrees with two people
  who do not agree with each other ("George Bush" beside George W. and George H. W. Bush
  stays apart);
- a bare surname ("Trump", "President Trump", "Mr. Trump") joins a full name only when the
  coverage has exactly one person with that name, or the descriptors agree; "Kim" with both
  "Kim Jong Un" and "Lami Kim" stays "Kim"; a surname printed without its elided first word
  ("Rourke" beside "Beto O'Rourke") is read as that surname ("Rourke" beside a Mickey Rourke
  names neither); a surname of two words printed alone ("Rep. Wasserman Schultz", "López
  Obrador", "Van Hollen") is the one person whose full name ends so, where its first word is
  a particle or no given name ("Todd Jealous" is not Benjamin Todd Jealous), nor an initial,
  and no article names it beside that person as another ("Seddique Mateen" beside "Omar
  Mateen" is the father of "Omar Mir Seddique Mateen");
- a bare surname never joins a person of the other sex ("Mr. Obama" beside Sasha Obama
  alone), and a titled one ("President Obama") beside several of that surname, none holding
  the title, joins none of them, however often one of them is quoted;
- someone's spokesman, lawyer or campaign ("a spokesman for Tim Kaine", "Kaine's spokesman",
  "Rubio's campaign") is never that person;
- a name the document tagged as an organisation or a group joins a person when it is that
  person's full name after a title ("House Speaker Nancy Pelosi"), or a bare surname the
  coverage uses for one person at least as often as for an organisation;
- organisations join on their name with "the", a leading "U.S." and a possessive set aside,
  "Department of Justice" read as "Justice Department", the order of "A and B" ignored, or
  an acronym a document tied to them ("CSIS") or that spells the initials of the one
  organisation the coverage names in full ("CBO", "N.A.A.C.P.", "DOJ"; three letters or more).
  "The White House" stays the White House. A proper name of two words or more that opens
  the one longer name the coverage gives an organisation, in capitalised words after it, is
  that name cut short ("Secure America" beside "Secure America Now"; "Senate Foreign
  Relations" beside the "Senate Foreign Relations Committee"), never a body of it ("White
  House Counsel's Office"), a joint name ("NBC News/Wall Street Journal"), a newspaper
  ("New York Times"), nor a country's. A network by its letters is its news ("ABC" beside
  "ABC News", "NBC" beside "NBC News"). One goes by the name the coverage's statements
  carry most ("House Republicans" quoted twice over "the GOP" once), not the first a document
  tagged;
- a newspaper named by its masthead's last word ("the Journal", "the Post") is the one
  newspaper of the coverage whose name ends so ("The Wall Street Journal");
- a candidate's team is their campaign where the coverage names that campaign ("the Romney
  team" beside "the Romney campaign", "Sanders' team"); "his team", "the president's team"
  and a team with no campaign named ("Mr. Trump's team" of White House aides) stay apart;
- a group or body named by whose it is, with a courtesy title before the surname ("Mr.
  Sanders's supporters", "aides to Mrs. Pelosi": the Times' style), is the one named without
  it ("some Sanders supporters"), where the surname is one person of the coverage and the
  title fits their sex; "Mr. Clinton's aides" beside Bill and Hillary Clinton keep the title;
- a body's officials speak for it where the coverage names the body ("FBI officials" are the
  FBI, "DOJ officials" the Department of Justice); "Russian officials" stay a group;
- a party's field in a race goes by "2020 Democratic presidential candidates", "Democratic
  presidential candidates" or "2020 Democrats" (a year before a party's name is its race's
  field, never the party);
- a movement's members by the -er form of its name ("Tea Partiers") are its members ("Tea
  Party groups", "Tea Party members"), never the movement ("Tea Party");
- a cause's side goes by its groups, activists, advocates or supporters, by its movement where
  the cause is in lower case ("the abortion rights movement"; "the Tea Party movement" is the
  movement), and by what it stands for said after the noun ("Supporters of abortion rights" are
  "Abortion rights advocates"); the other side by its opponents, or as against an issue in lower
  case ("The anti-abortion movement" and "antiabortion activists" are "Abortion opponents"); a
  side against a person ("anti-Trump groups") keeps its words;
- a party's members in Congress go by the chamber they sit in, however each outlet puts it:
  "GOP senators", "Republican senators" and "Republicans in the Senate" are "Senate
  Republicans"; "Republican lawmakers on Capitol Hill", "congressional Republicans", "House
  Republicans" and "GOP representatives" are "Republicans"; a party's members beside
  someone ("fellow Democrats") are theirs, no other name of the party's; a party's wing goes
  by the wing ("Conservative Republicans in the House" are "House conservatives");
- a group named by a head noun and words that all recur in a longer name with that head
  ("Republicans", "all 42 members of the GOP caucus" and "all 42 Senate Republicans";
  "Critics" and "Critics of birthright citizenship") is the longer one, where the coverage
  lengthens it one way only ("Republicans" beside "Senate" and "House Republicans" is
  neither) and the longer name says whose or of what they are, not where or when
  ("lawmakers at the scene of the shooting" are not all "lawmakers"); some of a group
  ("several candidates") is not the group, but is some of it named otherwise ("numerous
  Republican lawmakers on Capitol Hill", "several GOP senators");
- how many of a group spoke says nothing of who they are ("some Republican senators" in one
  outlet are the "Republicans" of another), but a few of a group ("some", "several", "a
  few") that one article quotes beside the group itself ("Some Republicans have expressed
  reservations …" and "Republicans have cited this history …") are the part that article
  sets against the rest, and stay a speaker of their own under their own name ("many
  Democrats considered it unacceptable" beside "Democrats" are the Democrats: the bulk of a
  group holds its view, and so do "most" of it: "most Republicans agreed they had no real
  recourse" beside "Republicans"); a few of a group that no article names otherwise keep
  their quantifier in the name shown ("some legal experts", not "Legal experts");
- a body named by its head noun alone ("the task force", "the committee", "the task force
  panel") is the one body the coverage names in full with that noun ("the House Intelligence
  Committee"); with no body named in full by any such noun, the bare names are one body; two
  named in full ("House Intelligence Committee", "Senate Judiciary Committee") leave the bare
  one apart;
- a document (a speaker of kind `document`) joins on its head noun in the singular and the
  words that say whose or which it is: "the indictment" and "indictments" are one, "a
  resolution of its own" is "its own resolution"; "the GAO report" is not "the CBO report",
  nor "its own resolution" "the resolution". A document named with and without a phrase
  that says which ("the 14th Amendment to the Constitution", "the 14th Amendment") is one,
  under the shorter name, where that has two words or more and the coverage lengthens it one
  way only. A document by its head noun alone ("the letter", "the returns") is the one the
  coverage names with words before that noun saying whose or which ("the Intelligence
  Committee Republicans' letter"; "tax returns" and "Mrs. Clinton's tax return", one said
  more fully than the other), in the same number ("polls" are not "the NBC News poll"),
  where those longer names hold each other's words and the two say the same thing in two
  articles (Fox's "the letter stated" and HuffPost's letter quote one sentence; Fox's "a
  report claiming …" is not the CRS report HuffPost quotes); two letters the coverage
  tells apart leave "the letter" to neither. A document of two owners or more, one outlet
  spelling them out and another shortening them ("NBC News/Wall Street Journal poll",
  "national NBC/WSJ poll"), is one where each owner is the other's name, initials or first
  words, in order ("CNN/ORC poll" is not "CNN/Time poll"). One article's names for one kind
  of document ("the PPIC poll", "a new poll", "the survey") are the one it tells of, and two
  articles' names are one where they say the same thing with the same figures (Fox's "the
  ad says" and the Times' "the advertisement says" quote one script), never where the names
  give two issuers, set one against another, date it ("a survey … in March") or count several.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import combinations, pairwise
from pathlib import Path
from typing import Any

from nameparser.config import CONSTANTS
from nicknames import NickNamer
from rapidfuzz.distance import OSA
from wordfreq import zipf_frequency

from .. import lexicon
from ..dates import MONTHS, WEEKDAYS
from ..names import (
    given_name_listed,
    joined,
    office_of_state,
    place_length,
    placed_roles,
    roles,
    sex_of_given_name,
)
from .joins import Groups

# Titles and roles before a name. nameparser's list (812 titles) and ours, less the words that
# are given names in the nicknames list ("King"), plus the political roles neither has.
_ROLES = frozenset(
    """
majority minority whip congressman congresswoman assemblyman assemblywoman councilman
councilwoman spokesperson chairwoman chairperson nominee candidate anchor analyst prosecutor
aide strategist atty vp superintendent trooper inspector columnist commentator reporter
lawmaker official lawyer
""".split()
)
_GENERATIONS = {
    "jr": "jr",
    "junior": "jr",
    "sr": "sr",
    "senior": "sr",
    "ii": "ii",
    "2nd": "ii",
    "iii": "iii",
    "3rd": "iii",
    "iv": "iv",
    "4th": "iv",
}
# Words after which what follows is someone else: "a spokesman for X", "an aide to X".
_RELATIONS = frozenset("for of to with from by and or & at on in about against behind".split())
_PARTICLES = frozenset(p for p in CONSTANTS.prefixes if p.isalpha() and len(p) > 1)
_CAPITAL_PARTICLES = frozenset("van von de da del della di du la le der den ter st".split())
_HONORIFICS = frozenset("mr mrs ms miss mx messrs".split())
_FOLDED = re.compile(r"[.'’\-]")
_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,8}")
_LIST = re.compile(r"\band\b|&")
# Words that open a definite description, which refers to someone the text has named ("the
# president"), never a role of the name after it ("the president and first lady Michelle
# Obama" are two); a possessive pronoun after "and" says whose ("the mayor and his wife").
_DEFINITE = frozenset("the this that".split())
_WHOSE = frozenset("his her their its our my".split())
# Roles that are a relation to another person: kin, an aide, a spokesman, a first lady (the
# head's spouse). After "and" they name a second person, the first one's ("the senator and
# aide Jane Doe"), unless the words before say a relation too ("longtime friend and aide").
_RELATED_ROLES = lexicon.KIN_NOUNS | frozenset(
    "aide spokesman spokeswoman spokesperson friend ally confidant".split()
)
# Someone named by their relation to another: "a spokesman for X", "an aide to X", "X's lawyer"
# (one lowercase noun; "the prosecuting attorney for St. Louis County" has a place for owner).
_RELATED = re.compile(
    r"(?:(?:an?|the) )?(?:[a-z-]+ )?(?P<noun>[a-z]+) (?:for|to) (?P<owner>[A-Z].*)"
    r"|(?P<owner2>[A-Z][^']*)'s? (?P<noun2>[a-z]+)"
)
_SPOKES = re.compile(r"^spokes(?:man|woman|person)$")
# Between the names of people who spoke together: "A and B", "A, B and C", "A & B".
_JOINS = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+")
_BOTH = re.compile(r"^both\s+", re.IGNORECASE)
_PARTY_TAG = re.compile(r",?\s*\(?\b[DRI]-\s?[A-Z][A-Za-z.]*(?:\s[A-Z][a-z]+\.?)?\)?")
_PARENS = re.compile(r"\([^)]*\)")
_ARTICLE = re.compile(r"^(?:the|an?)\s+", re.IGNORECASE)
_THE = re.compile(r"^the\s+", re.IGNORECASE)
_ORG_HEADS = "department|ministry|bureau|office|agency"
_OF_FORM = re.compile(rf"^({_ORG_HEADS}) (?:of|for) (?:the )?(.+)$")
# How many of a group spoke says nothing of who they are: "many Democrats" are Democrats, and
# "some of the more experienced Republicans" the more experienced Republicans; but where the
# quantifier is all the name there is ("Some on the right", "many in the party"), it stays.
_QUANTIFIER = re.compile(
    r"^(?:many|most|some|several|numerous|various|a few|a number of|a handful of"
    r"|a majority of|all(?: \d+)?) (?:of (?:the )?)?(?=\S)"
    r"(?!(?:on|in|at|from|within|inside|outside|among|across|around|with)\b)",
    re.IGNORECASE,
)
_COUNTRY = re.compile(r"^(?:us|usa|u s|united states) (?=\S+ \S)")
# Nor does a group's reach across the parties narrow it: "Lawmakers from both parties" are
# lawmakers.
_ALL_SIDES = re.compile(
    r" (?:from|of|in|on) (?:both (?:parties|sides(?: of the aisle)?)|either party)$"
    r"| across the aisle$"
)
# One party's members in Congress under the names outlets give them: "GOP representatives",
# "House Republicans", "Republican lawmakers on Capitol Hill" and "Republicans" are one group;
# its senators are "Senate Republicans", "Republican senators", "GOP senators" or
# "Republicans in the Senate" ("rank-and-file Democrats" keep their words). The chamber is
# read apart (`_party_members`): the House's members are the party's name, the Senate's not.
_PARTY_MEMBERS = re.compile(
    r"^(?:(?P<before>house|senate|congressional) )?"
    r"(?P<party>gop|republicans?|democrats|democratic|dems)"
    r"(?: (?P<noun>lawmakers|representatives|members|members of congress|legislators"
    r"|congressmen|congresswomen|senators))?"
    r"(?: (?:in|on|of) (?:the )?(?P<after>house(?: of representatives)?|senate|congress"
    r"|capitol hill))?$"
)
_CHAMBERS = {
    "house": "house",
    "representatives": "house",
    "congressmen": "house",
    "congresswomen": "house",
    "senate": "senate",
    "senators": "senate",
}
# A party's wing by the party's name: "Conservative Republicans in the House" are
# "conservatives in the House", "liberal Democrats" liberals ("conservative Democrats" and
# "moderate Republicans" keep their words: a wing of the other side, or of neither).
_PARTY_WING = re.compile(
    r"^(?:(conservative) (?:republicans|gop)|(liberal|progressive) democrats)(?= |$)"
)
# A chamber after a group is the chamber's: "conservatives in the House" are "House
# conservatives".
_IN_CHAMBER = re.compile(r"^(\S+(?: \S+)?) in the (house|senate)$")
# A party's caucus is its members: "members of the GOP caucus", "the Democratic caucus".
_CAUCUS = re.compile(
    r"^(?:members of (?:the )?)?(?:(gop|republican)|democrat(?:ic)?) caucus(?: members)?$"
)
# Someone's staff under the names outlets give them: "other staffers", "former staff members",
# "aides" ("Farenthold aides" keeps whose they are).
_STAFF = re.compile(r"(?:^|(?<= ))(?:(?:other|former) )*(?:staffers|staff members|aides)$")
# A movement's or body's rank and file under the names outlets give them: "Tea Party groups",
# "Tea Party members", "Tea party organizers"; a cause's lobby: "The gun-rights lobby" are
# "Gun-rights groups" (HuffPost and Fox, 2013); a candidate's: "Sanders supporters", "some
# Sanders backers"; and its leaders: "Top Democrats" are "Leading Democrats" (not "Democrats").
# A cause's side goes by its advocates too ("gun-rights advocates" are "Gun-rights groups",
# Fox and HuffPost, 2013), by its movement where the cause is in lower case ("the abortion
# rights movement"; "the Tea Party movement" is the movement, its own name), and by what
# they stand for said after the noun ("Supporters of abortion rights" are "abortion rights
# supporters", the Post, 2016).
_SIDE_NOUNS = r"groups|members|organizers|activists|supporters|backers|lobby|advocates|proponents"
_RANK_AND_FILE = re.compile(rf"^(.+?) (?:{_SIDE_NOUNS})$")
_CAUSE_MOVEMENT = re.compile(r"^((?:[Tt]he )?(?:[a-z][\w-]* )+)movement$")
# Words before "movement" that name no cause ("the movement", "a new movement").
_NO_CAUSE = frozenset(
    "the a an this that new whole broader wider entire growing his her their our its".split()
)
_SIDE_OF = re.compile(r"^(?:supporters|backers|advocates|proponents) (?:of|for) (?:the )?(.+)$")
# The other side of a cause: "opponents of X" are "X opponents"; a side named as against an
# issue in lower case is its opponents ("The anti-abortion movement" and "antiabortion
# activists" are "Abortion opponents", HuffPost and the Post, 2016); "anti-Trump groups",
# against a person, keep their words, and a name that only begins with "Anti" ("Antifa
# activists", "Antioch members") is no side: "anti" and a hyphen, "anti" in lower case
# ("antiwar activists"), or "Anti" with five letters or more after it ("Antiabortion").
_OPPONENTS_OF = re.compile(r"^opponents of (?:the )?(.+)$")
_ANTI = r"\b(?:[Aa]nti-|anti(?=[a-z]{3})|Anti(?=[a-z]{5}))"
_AGAINST_A_CAUSE = re.compile(rf"{_ANTI}([a-z][\w-]*) (?:{_SIDE_NOUNS}|movement)$")
_LEADERS = re.compile(r"^(?:top|leading|senior|prominent) (?=\S)")
# A party's candidates under the names outlets give them in one race: "2020 Democratic
# presidential candidates", "Democratic presidential candidates", "2020 Democrats" (a year
# before a party's name is its race's field, never the party: "2020 Democrats" are not
# "Democrats").
_CANDIDATES = re.compile(
    r"^(?:(?:19|20)\d\d )?(democratic|republican|gop) (?:presidential |primary )?"
    r"(?:candidates|hopefuls|contenders)$"
    r"|^(?:19|20)\d\d (democrats|republicans|gop)$"
)
# A movement's members by the -er form of its name's last word: "Tea Partiers" are "Tea Party
# members" (as "Tea Party groups" are). Capitalised only: "suppliers" is not a movement.
_MOVEMENT_ERS = re.compile(r"(?<=\S )([A-Z][a-z]+?)iers$")
# A body by its head noun alone: "the task force", "the committee", "the task force panel".
_BODY_NOUNS = r"task force|committee|panel|commission|working group|council"
_BARE_BODY = re.compile(rf"^(?:{_BODY_NOUNS})(?: (?:{_BODY_NOUNS}))*$")
_NAMED_BODY = re.compile(rf"^(?:\S+ )+?({_BODY_NOUNS})$")
# A named body's members under the names outlets give them: "several members of the House
# Foreign Affairs Committee" (HuffPost) are "some on the House Foreign Affairs Committee" (the
# Times, 2014), "House Foreign Affairs Committee members"; a body by its head noun alone
# ("those on the committee") may be any committee, and stays.
_BODY_MEMBERS = re.compile(
    rf"^(?:members (?:of|on)|(?:some|several|many|most|a few|those|others) on) (?:the )?"
    rf"(?!the )(\S+(?: \S+)*? (?:{_BODY_NOUNS}))$"
)
# A body's officials, who speak for it: "FBI officials", "DOJ officials", "White House
# officials" (a body the coverage names; "Russian officials" stay a group).
_OFFICIALS = re.compile(r"(.+) officials")
# A courtesy title before the surname of whose a group or body is: "Mr. Sanders's supporters",
# "aides to Mrs. Clinton", "members of Mr. Trump's staff".
_TITLED_OWNER = re.compile(r"\b(Mrs|Mr|Ms|Miss)\.? ([A-Z][\w-]+)(?=(?:'s?|’s?)?(?:\s|$))")
# A candidate's team, named by whose it is: "the Romney team", "Sanders' team", "the Obama
# campaign team" (as `org_key` reads them; an honorific before the owner set aside).
_TEAM = re.compile(r"(?:(?:mr|mrs|ms) )?(.+?) (?:campaign )?team")
_TYPO_LENGTH = 5  # the shortest name in which one edit is taken for a typo
# An Irish or Italian surname's elided first word ("O'Rourke", "D'Amato"), which a text may
# drop ("Rourke demanded …" beside "Beto O'Rourke"): the rest of the surname, folded.
_ELIDED = re.compile(r"[OD]'([A-Z][a-z]{3,})")
# The papers filed in a case go by several names: "court records" are "court documents".
_COURT_PAPERS = re.compile(r"^court (?:records|papers|filings)$")
# Words that only say whose a group is, where one story has one of each: "Federal
# prosecutors" and "prosecutors" in one coverage are one group ("state prosecutors" beside
# them leaves the bare word to neither).
_JURISDICTIONS = frozenset("federal state local county city national us american".split())
_NOT_BODIES = frozenset({"person", "document"})


@cache
def _given_names() -> frozenset[str]:
    import nicknames

    path = Path(nicknames.__file__).with_name("names.csv")
    with path.open(encoding="utf-8") as stream:
        rows = list(csv.reader(stream))[1:]
    return frozenset(name for row in rows for name in (row[0], row[2]))


@cache
def _titles() -> frozenset[str]:
    titles = {t.strip(".").lower() for t in CONSTANTS.titles} - _given_names()
    return frozenset(titles | lexicon.TITLES | _ROLES) - {"the"}


@cache
def _nicknamer() -> NickNamer:
    return NickNamer()


@lru_cache(maxsize=65_536)
def fold(word: str) -> str:
    """A name word for comparison: no accents, case, periods, apostrophes or hyphens."""
    if not word.isascii():
        word = unicodedata.normalize("NFKD", word)
        word = "".join(c for c in word if not unicodedata.combining(c))
    return _FOLDED.sub("", word.casefold())


def joined_names(name: str) -> list[str]:
    """The names a joint speaker's name joins: "A and B" -> ["A", "B"]; "A, B and C" -> three;
    one name -> itself alone."""
    return [part for part in _JOINS.split(name) if part.strip()]


def loose(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _member_of(name: str, names: Iterable[str]) -> bool:
    """Whether a name is printed whole, word for word, inside a longer one of `names` (a
    member of a joint speaker: "Samuel A. Alito Jr." in "Samuel A. Alito Jr. and Anthony
    Kennedy")."""

    def words(text: str) -> str:
        return " " + " ".join(w for w in map(loose, text.split()) if w) + " "

    inner = words(name)
    return any(inner in words(other) and inner != words(other) for other in names)


@dataclass(frozen=True, slots=True)
class PersonName:
    """A personal name read into its parts (as printed, less titles)."""

    words: tuple[str, ...]  # the name as printed, without titles, tags and suffix
    given: str | None  # None for a bare surname
    middles: tuple[str, ...]
    surname: str
    suffix: str | None  # jr, sr, ii, iii, iv

    @property
    def text(self) -> str:
        suffix = {"jr": "Jr.", "sr": "Sr."}.get(self.suffix or "", (self.suffix or "").upper())
        return " ".join((*self.words, suffix)) if suffix else " ".join(self.words)


@lru_cache(maxsize=65_536)
def person_name(text: str) -> PersonName | None:
    """`text` read as one person's name, or None when it is not one: someone related to a
    name ("a spokesman for Tim Kaine", "Kaine's spokesman", "critics like Mr. Carafano"),
    two people ("Pelosi and Schumer"), or a phrase."""
    text = unicodedata.normalize("NFKC", text).replace("’", "'").strip()
    text = _PARENS.sub(" ", _PARTY_TAG.sub("", text))
    if _LIST.search(text):
        return _described_twice(text)
    head, _, tail = text.partition(",")  # an appositive: "Nancy Pelosi, the minority leader"
    tail_words = tail.split()
    if len(tail_words) == 1 and fold(tail_words[0]) in _GENERATIONS:
        head = f"{head} {tail_words[0]}"  # "Donald Trump, Jr."
    words = [w.strip(',;:"') for w in head.split()]
    words = [w for w in words if w]
    if words and _possessive(words[-1]):
        words[-1] = words[-1][:-2] if words[-1].endswith("'s") else words[-1][:-1]
    if not words:
        return None
    # a full name, then "of" and a place: "Senator Susan Collins of Maine"
    if "of" in words[1:]:
        at = len(words) - 1 - words[::-1].index("of")
        before = person_name(" ".join(words[:at]))
        place = words[at + 1 :]
        if before is not None and before.given is not None and all(map(_name_word, place)):
            return before
    # the name follows the last title, role or possessive ("House Speaker", "Trump lawyer",
    # "Marijuana Industry Group's"); "of" and the word after a title are the title's
    # ("Secretary of State John Kerry", "mayor of Hoboken"), or "of" and a place of more words
    # ("the mayor of New York", "attorney general of the state of New York"): no surname
    titles = _titles()
    start = i = 0
    by_noun = False  # the name follows a lowercase noun of the news, no title ("contender")
    while i < len(words):
        # a title in the plural before names it is each one's: "Justices Kennedy and Samuel
        # A. Alito Jr.", "Reps. Andre Carson and Emanuel Cleaver" (never a name's last word)
        plural = i + 1 < len(words) and _plural_title(words[i], titles)
        noun = _person_noun(words[i]) and not _title(words[i], titles)
        if _surname_after_a_name(words, i, start, titles):
            i += 1  # "Steve King", "Martin Luther King Jr.", "Mark Judge": a surname
            continue
        if _title(words[i], titles) or plural or _possessive(words[i]) or noun:
            if i + 2 < len(words) and words[i + 1] == "of":
                i += 1 + max(1, place_length(words[i + 2 :]))
            start = i + 1
            by_noun = noun
        i += 1
    prefix, name = words[:start], words[start:]
    # a lowercase word before the name must lead to a role ("White House press secretary"),
    # never be a relation ("an aide to Sen. X") or lead only to an honorific ("critics like
    # Mr. X")
    for j, word in enumerate(prefix):
        bare = fold(word)
        if not word[0].islower() or _role(word, titles) or bare in _PARTICLES:
            continue
        if bare in _RELATIONS and not (bare == "of" and j and _role(prefix[j - 1], titles)):
            return None
        role = next((w for w in prefix[j + 1 :] if _role(w, titles)), None)
        if bare != "of" and (role is None or fold(role) in _HONORIFICS):
            return None
    if prefix and _possessive(prefix[-1]) and len(name) < 2:
        return None  # "Freedom's Lighthouse"
    suffix = None
    if len(name) > 1 and fold(name[-1]) in _GENERATIONS:
        suffix = _GENERATIONS[fold(name[-1])]
        name = name[:-1]
    if not name or not all(_name_word(w) for w in name):
        return None
    if by_noun and len(name) < 2:
        return None  # "his son Hunter": a given name or a surname, too little to tell
    # particles belong to the surname: "Kevin de León", "de León", "Chris Van Hollen"
    parts = list(name)
    while len(parts) > 1 and _particle(parts[-2]) and (len(parts) > 2 or parts[-2][0].islower()):
        parts[-2:] = [f"{parts[-2]} {parts[-1]}"]
    if len(parts) == 1:
        return PersonName(tuple(name), None, (), parts[0], suffix)
    return PersonName(tuple(name), parts[0], tuple(parts[1:-1]), parts[-1], suffix)


def _surname_after_a_name(words: list[str], i: int, start: int, titles: frozenset[str]) -> bool:
    """The title word `words[i]` is the name's surname: it ends the name (a generation after
    it at most) and a capitalised name word of the same name stands before it ("Rep. Steve
    King", "Martin Luther King Jr.", "Mark Judge", "Rick Prince"); read as a title, such a
    name had no name left and was no person, so "Steve King" never met "Rep. Steve King
    (R-Iowa)". The name opens on a given name of the census or nickname lists ("Burger King"
    is none); a title before a name ("King Abdullah", "Saudi King Salman") or after a title
    alone ("Mr. President") stays a title."""
    if i <= start or not _title(words[i], titles):
        return False
    if not all(fold(w) in _GENERATIONS for w in words[i + 1 :]):
        return False
    before = words[i - 1]
    return (
        before[:1].isupper()
        and _name_word(before)
        and not _title(before, titles)
        and not _possessive(before)
        and _listed_given_name(words[start])  # not "Burger King"
    )


def by_surname(name: str) -> tuple[str, str]:
    parsed = person_name(name)
    return (fold(parsed.surname) if parsed is not None else fold(name), name)


def _title(word: str, titles: frozenset[str]) -> bool:
    return fold(word).removesuffix("elect") in titles


def _person_noun(word: str) -> bool:
    """A lowercase noun the news describes people by (`lexicon.PERSON_NOUNS`, counted on
    PolNeAR train), which the lists of titles lack: "GOP presidential contender Ben Carson",
    "former neurosurgeon Ben Carson". Lowercase only: "Star Jones" is no role."""
    return word[:1].islower() and word.casefold() in lexicon.PERSON_NOUNS


def _role(word: str, titles: frozenset[str]) -> bool:
    return _title(word, titles) or _person_noun(word)


def _described_twice(text: str) -> PersonName | None:
    """One person described by two roles joined by "and" before the name: "GOP presidential
    contender and former neurosurgeon Ben Carson", "Democratic presidential front-runner and
    former secretary of state Hillary Clinton" are the person the second role names. Never
    two people: the words before "and" end in a role, those after open with a lowercase one
    ("the mayor and Gov. Jerry Brown" are two, as are "lawmakers and former governor Jerry
    Brown" and "Sen. Bob Smith and aide Jane Doe"), say nothing of whose ("an aide to X"), and
    are no definite description nor relation to someone (`_someone_else`)."""
    parts = _LIST.split(text)
    if len(parts) != 2 or "," in parts[0]:
        return None
    before, after = parts[0].split(), parts[1].split()
    titles = _titles()
    if not before or not after or not after[0][:1].islower() or not _role(before[-1], titles):
        return None
    if any(fold(w) in _RELATIONS - {"of"} for w in before):
        return None
    if _someone_else(before, after):
        return None
    found = person_name(parts[1])
    return found if found is not None and found.given is not None else None


def _someone_else(before: list[str], after: list[str]) -> bool:
    """Two roles joined by "and" that are two people: the words before "and" a definite
    description ("the president and first lady Michelle Obama", "the senator and aide Jane
    Doe"), or those after it a relation to someone ("his wife Jane Doe", "first lady"). A
    possessive before "and" says whose the first role is, not that a second person follows:
    "his wife and campaign manager Jane Doe" is one."""
    if fold(before[0]) in _DEFINITE or fold(after[0]) in _WHOSE:
        return True
    related = {fold(w) for w in after} & _RELATED_ROLES or _first_lady(after)
    return bool(related) and not {fold(w) for w in before} & _RELATED_ROLES


def _first_lady(words: list[str]) -> bool:
    return any(fold(a) == "first" and fold(b) == "lady" for a, b in pairwise(words))


def _without_article(name: str) -> str:
    """ "the national NBC/WSJ poll" -> "national NBC/WSJ poll"; "a letter" -> "letter"."""
    return _ARTICLE.sub("", name.strip())


def _without_the(name: str) -> str:
    return _THE.sub("", name.strip())


def _plural_title(word: str, titles: frozenset[str]) -> bool:
    """ "Justices", "Reps.", "Sens.", "Senators": a title's plural, capitalised as a title."""
    bare = fold(word)
    return word[:1].isupper() and len(bare) > 3 and bare.endswith("s") and bare[:-1] in titles


def _possessive(word: str) -> bool:
    return word.endswith("'s") or (word.endswith("s'") and len(word) > 2)


def _particle(word: str) -> bool:
    """A surname particle: any of nameparser's in lowercase ("de León"), the common ones
    capitalised ("Van Hollen")."""
    bare = fold(word)
    return bare in _PARTICLES if word[0].islower() else bare in _CAPITAL_PARTICLES


def _name_word(word: str) -> bool:
    return bool(word) and (word[0].isupper() or _particle(word)) and any(c.isalpha() for c in word)


def _initials(word: str) -> list[str]:
    """ "H.W." -> ["h", "w"]; "J." -> ["j"]; a full word -> [itself, folded]."""
    if re.fullmatch(r"(?:[A-Z]\.?){1,3}", word.replace(" ", "")):
        return [c.lower() for c in word if c.isalpha()]
    return [fold(word)]


def _is_initial(word: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]\.?", word))


def _typo(a: str, b: str) -> bool:
    """One edit apart (or two letters swapped), long enough, the first letter kept."""
    return (
        min(len(a), len(b)) >= _TYPO_LENGTH
        and a[0] == b[0]
        and OSA.distance(a, b, score_cutoff=1) == 1
    )


@lru_cache(maxsize=65_536)
def _deletions(word: str) -> frozenset[str]:
    """The word and the word less one letter: two words one edit or one swap apart share one
    (symmetric deletion), so a typo is looked up, not searched for."""
    if len(word) < _TYPO_LENGTH:
        return frozenset()
    return frozenset({word, *(word[:i] + word[i + 1 :] for i in range(len(word)))})


def _nearby(word: str, near: dict[str, list[str]]) -> list[str]:
    return [other for key in _deletions(word) for other in near.get(key, ()) if other != word]


def _given_agree(a: str, b: str) -> bool:
    x, y = fold(a), fold(b)
    if x == y:
        return True
    if _is_initial(a) or _is_initial(b):
        return x[0] == y[0]
    names = _nicknamer()
    if y in names.nicknames_of(x) or x in names.nicknames_of(y):
        return True
    return _typo(x, y)


def _middles_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Middle names agree when one has none, or one's are the start of the other's (full
    words compared whole, initials by their letter)."""
    x = [part for word in a for part in _initials(word)]
    y = [part for word in b for part in _initials(word)]
    for p, q in zip(x, y, strict=False):
        if len(p) > 1 and len(q) > 1:
            if p != q:
                return False
        elif p[0] != q[0]:
            return False
    return True


def same_person(a: PersonName, b: PersonName, one_generation: bool = False) -> bool:
    """Whether two full names can be one person (both have a given name). Different suffixes
    never are; a suffix only one of them prints ("Robert S. Mueller III", "Robert Mueller") is
    one person only where the coverage shows `one_generation` of that surname."""
    if a.given is None or b.given is None:
        return False
    if a.suffix != b.suffix and not (one_generation and None in (a.suffix, b.suffix)):
        return False
    surname_a, surname_b = fold(a.surname), fold(b.surname)
    if surname_a != surname_b:
        # one typo in the whole name: the given names must then be the same
        return (
            fold(a.given) == fold(b.given)
            and _typo(surname_a, surname_b)
            and (a.middles == b.middles or not a.middles or not b.middles)
        )
    if _given_agree(a.given, b.given):
        return _middles_agree(a.middles, b.middles)
    # "K. Michael Conaway" goes by his middle name
    for x, y in ((a, b), (b, a)):
        if _is_initial(x.given) and x.middles and fold(x.middles[0]) == fold(y.given):
            return _middles_agree(x.middles[1:], y.middles)
    return False


def _nicknamed(a: PersonName, b: PersonName) -> bool:
    """Two full names of one surname that may be one person under a nickname the nicknames
    list lacks (`People.nicknamed`): "Bibi" and "Benjamin Netanyahu", not "Rand" and "Ron
    Paul" on their names alone."""
    if a.given is None or b.given is None or a.suffix != b.suffix:
        return False
    x, y = fold(a.given), fold(b.given)
    if fold(a.surname) != fold(b.surname) or _is_initial(a.given) or _is_initial(b.given):
        return False
    listed = _given_names()
    return (
        x[:1] == y[:1]
        and not _given_agree(a.given, b.given)
        and not (x in listed and y in listed)
        and _middles_agree(a.middles, b.middles)
    )


@lru_cache(maxsize=65_536)
def org_key(name: str) -> str:
    """An organisation's (or a group's) name for comparison: "the U.S. Justice Department",
    "Department of Justice" and "Justice Department's" give one key."""
    text = _MOVEMENT_ERS.sub(r"\1y members", name.strip().replace("’", "'"))
    text = _AGAINST_A_CAUSE.sub(r"\1 opponents", text)
    cause = _CAUSE_MOVEMENT.match(text)
    if cause and set(cause.group(1).lower().split()) - _NO_CAUSE:
        text = f"{cause.group(1)}members"  # "the abortion rights movement"; not "a new movement"
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold()
    text = re.sub(r"'s\b|'\B", "", text).replace("&", " and ")
    text = re.sub(r"[^\w\s]", " ", text.replace(".", ""))
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^the ", "", text)
    parts = [_org_part(part) for part in re.split(r" and ", text) if part]
    return " and ".join(sorted(parts)) if len(parts) > 1 else (parts[0] if parts else "")


# "a resolution of its own" is "its own resolution": whose it is, said after the noun.
_OF_ITS_OWN = re.compile(r"^(.+?) of (its|their|his|her) own$")


@lru_cache(maxsize=16_384)
def document_key(name: str) -> str:
    """A document's name for comparison across outlets: its head noun in the singular and the
    words that say whose or which it is, as `org_key` reads them. "the indictment" and
    "indictments" are one; "a resolution of its own" is "its own resolution", which is not "the
    resolution" (another one), nor is "the GAO report" "the CBO report"."""
    key = re.sub(r"^an? ", "", org_key(name))
    own = _OF_ITS_OWN.match(key)
    if own:
        key = f"{own.group(2)} own {own.group(1)}"
    words = key.split()
    if words and words[-1].endswith("s") and words[-1][:-1] in lexicon.DOCUMENT_NOUNS:
        words[-1] = words[-1][:-1]
    return " ".join(words)


def _party_members(text: str) -> tuple[str, str | None] | None:
    """A party's members in Congress as (party, chamber): "GOP senators" and "Republicans in
    the Senate" -> (republicans, senate), "House Republicans" and "GOP representatives" ->
    (republicans, house), "Republican lawmakers on Capitol Hill" -> (republicans, None);
    None for another group, or two chambers at once ("House Republican senators")."""
    found = _PARTY_MEMBERS.match(text)
    if found is None:
        return None
    told = {
        _CHAMBERS[word.split()[0]]
        for word in (found["before"], found["noun"], found["after"])
        if word and word.split()[0] in _CHAMBERS
    }
    if len(told) > 1:
        return None
    party = "republicans" if found["party"] in ("gop", "republican", "republicans") else "democrats"
    return party, next(iter(told), None)


def _wing(found: re.Match[str]) -> str:
    return f"{found.group(1) or found.group(2)}s"


# A wing's party: "conservatives" named so for "conservative Republicans" are Republicans too.
_WING_PARTIES = {"conservative": "republican", "liberal": "democrat", "progressive": "democrat"}


def _heads(key: str) -> set[str]:
    """The head nouns a group's key stands for: its own, and a wing's party's."""
    head = _group_words(key).head
    return {head, _WING_PARTIES[head]} if head in _WING_PARTIES else {head}


def _caucus(text: str) -> str:
    found = _CAUCUS.match(text)
    if found is None:
        return text
    return "republicans" if found.group(1) else "democrats"


def _org_part(text: str) -> str:
    text = _QUANTIFIER.sub("", re.sub(r"^the ", "", text.strip()))
    text = _caucus(_ALL_SIDES.sub("", text))
    text = _BODY_MEMBERS.sub(r"\1 members", text)
    text = _IN_CHAMBER.sub(r"\2 \1", _PARTY_WING.sub(_wing, text))
    text = _STAFF.sub("aides", text)
    party = _party_members(text)
    if party:
        text = f"senate {party[0]}" if party[1] == "senate" else party[0]
    text = _OPPONENTS_OF.sub(r"\1 opponents", _SIDE_OF.sub(r"\1 members", text))
    text = _RANK_AND_FILE.sub(r"\1 members", _LEADERS.sub("top ", text))
    field = _CANDIDATES.match(text)
    if field:
        party = field.group(1) or field.group(2)
        text = f"{'democratic' if party.startswith('democrat') else 'republican'} candidates"
    text = _COUNTRY.sub("", text)
    text = _COURT_PAPERS.sub("court documents", text)
    found = _OF_FORM.match(text)
    if found:
        text = f"{found.group(2)} {found.group(1)}"
    return text


@dataclass(frozen=True, slots=True)
class _Cues:
    """What a document says of the one it names beside the name: descriptors, the sex it
    gives them, the titles it prints before the name."""

    descriptors: tuple[str, ...] = ()
    gender: str | None = None
    roles: frozenset[str] = frozenset()


def _told_by_the_name(name: str) -> dict[str, Any]:
    """What a name a reader gives says of whom it names, as a document's facts say it: the sex
    of the word before it ("Mrs. Clinton" beside Bill Clinton is Hillary, "Mr. Trump" beside
    Melania Trump is Donald) and the titles before it ("President Obama")."""
    first = name.split()[0].strip(".,").casefold() if name.split() else ""
    return {"gender": lexicon.WORD_SEX.get(first), "aliases": [name]}


def _offices(parsed: PersonName, entity: Mapping[str, Any]) -> set[str]:
    """The offices a document gives the person it names, in lower case: the title it prints
    before the name ("Director of National Intelligence James Clapper") and an appositive that
    opens with a title ("James R. Clapper Jr., the director of national intelligence"), each
    read whole ("director of national intelligence", never "director" alone: the director of
    the FBI is another office)."""
    found = set()
    name = [fold(w) for w in parsed.words]
    for alias in entity.get("aliases") or ():
        words = alias.split()
        if len(words) > len(name) and [fold(w) for w in words[-len(name) :]] == name:
            found.add(" ".join(words[: -len(name)]))
    found |= {re.sub(r"^(?:the|a|an) ", "", d, flags=re.I) for d in entity.get("descriptors") or ()}
    return {
        office.casefold().strip(" ,")
        for office in found
        if roles([office]) and len(office.split()) > 1 and not _RELATIONS & {office.split()[-1]}
    }


def _sex(
    cluster: list[tuple[str, ...]],
    full: dict[tuple[str, ...], PersonName],
    sexes: dict[tuple[str, ...], set[str]],
) -> str | None:
    """A person's sex: the one the texts give them, else the one the census gives their given
    names; None where the two sexes are given, or none."""
    told = set().union(*(sexes.get(key, set()) for key in cluster))
    if not told:
        told = {sex_of_given_name(full[key].given or "") for key in cluster} - {None}
    return next(iter(told)) if len(told) == 1 else None


class People:
    """Who is who across a coverage, from the distinct names of its people and organisations
    (`Store.names`): `canonical(name, kind)` is the name a speaker goes by in the merge."""

    def __init__(
        self,
        entities: list[dict[str, Any]],
        namesakes: Callable[[list[str]], Iterable[Iterable[str]]] | None = None,
    ):
        """`entities`: the distinct names (`Store.names`). `namesakes(surnames)`: the names of
        the people of each document that share one of these surnames (`Store.namesakes`); with
        it, a generational suffix one outlet prints and others drop ("Joseph R. Biden Jr." and
        "Joe Biden") does not split a person unless one article names two generations ("Donald
        Trump Jr." beside President Trump). Without it a suffix always keeps names apart."""
        # a person's name -> the descriptors and affiliations the coverage gives them
        self.descriptors: dict[str, list[str]] = defaultdict(list)
        self.affiliations: dict[str, set[str]] = defaultdict(set)
        described: dict[tuple[str, ...], list[str]] = defaultdict(list)
        affiliated: dict[tuple[str, ...], set[str]] = defaultdict(set)
        self.aliases: dict[str, str] = {}  # org key of an acronym or alias -> organisation
        self.orgs: dict[str, str] = {}  # org key -> the organisation's name
        self._known: dict[tuple[str, str | None, tuple[str, ...]], str | None] = {}
        self._typed: Counter[tuple[str, str]] = Counter()  # (name, type) -> rows
        full: dict[tuple[str, ...], PersonName] = {}  # name words -> parsed
        seen: Counter[tuple[str, ...]] = Counter()
        sexes: dict[tuple[str, ...], set[str]] = defaultdict(set)  # the sexes the texts give
        titled: dict[tuple[str, ...], set[str]] = defaultdict(set)  # the roles they print
        # the offices they hold, as a title before the name or an appositive after it
        offices: dict[tuple[str, ...], set[str]] = defaultdict(set)
        # the offices of a state they print ("New York Attorney General Eric Schneiderman")
        placed: dict[tuple[str, ...], set[tuple[str, str]]] = defaultdict(set)
        org_names: Counter[str] = Counter()
        bare: list[tuple[str, dict[str, Any]]] = []  # the people named by surname alone
        for entity in entities:
            name = entity.get("name") or ""
            kind = entity.get("type")
            self._typed[(fold(name), kind or "")] += 1
            if kind == "person":
                for alias in entity.get("aliases") or []:
                    self._typed[(fold(alias), "person")] += 1
                parsed = person_name(name)
                if parsed is not None and parsed.given is None:
                    bare.append((name, entity))  # "Vice President Biden": a title, no name
                if parsed is None or parsed.given is None:
                    continue
                self._typed[(fold(parsed.surname), "person")] += 1
                elided = _ELIDED.fullmatch(parsed.surname)
                if elided:
                    self._typed[(fold(elided.group(1)), "person")] += 1
                key = _name_key(parsed)
                full.setdefault(key, parsed)
                seen[key] += 1
                for descriptor in entity.get("descriptors") or []:
                    if descriptor not in described[key]:
                        described[key].append(descriptor)
                if entity.get("affiliation"):
                    affiliated[key].add(entity["affiliation"])
                if entity.get("gender"):
                    sexes[key].add(entity["gender"])
                titled[key] |= roles(entity.get("aliases") or ())
                offices[key] |= _offices(parsed, entity)
                placed[key] |= placed_roles(entity.get("aliases") or ())
            elif kind == "organization":
                org_names[name] += 1
                for alias in entity.get("aliases") or []:
                    if _ACRONYM.fullmatch(alias):  # "CSIS"; not "the department", tied in one
                        self.aliases.setdefault(org_key(alias), name)
        for name, _ in sorted(org_names.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0])):
            self.orgs.setdefault(org_key(name), name)
        # the organisations the coverage names with capitals: what a description names again
        self._proper = sorted({org_key(n) for n in org_names if n[:1].isupper()} - {""})
        for acronym, spelled in _spelled_out(list(org_names)).items():
            self.aliases.setdefault(org_key(acronym), spelled)
        # "Secure America" beside "Secure America Now": a name cut short -> the full one's key
        self._truncated = _cut_short(list(org_names))
        self._groups: dict[str, str] = {}  # a group's key -> the key of the group it is
        self._bodies: dict[str, str] = {}  # a body's bare head noun -> the body it is
        self._described: dict[str, str] = {}  # an organisation's description -> its name's key
        self._teams: dict[str, str] = {}  # "romney team" -> "romney campaign", where named
        self._documents: dict[str, str] = {}  # a document's longer key -> its shorter one
        # some of a group a document quotes beside the group: its name, folded -> its own key
        self._apart: dict[str, str] = {}
        # documents by their head noun alone or said more fully -> the one named with whose
        # it is, joined where they say the same (`know_said`)
        self._owned: list[tuple[str, list[str]]] = []
        self._speaking: set[int] = set()  # the people quoted under a full name
        # (relation noun, owner) -> the people the coverage describes so (`related`)
        self._relations: dict[tuple[str, str], set[int]] | None = None
        self._namesakes = namesakes
        # a person joined to another after the names were read (`know_people_said`)
        self._joined: dict[int, int] = {}
        self._one_generation = self._generations(full, namesakes, titled, offices)
        for key in _compound_surnames(full, namesakes):
            del full[key]  # "Wasserman Schultz": Debbie Wasserman Schultz's surname, no name
        for key in _described_names(full):
            del full[key]  # "Billionaire Donald Trump": Donald Trump, as `person` reads it
        self._cluster(full, seen)
        self.sex: list[str | None] = []  # each person's sex, where the coverage tells it
        self.roles: list[frozenset[str]] = []  # the titles the coverage gives each person
        for number, cluster in enumerate(self.people):
            name = self.names[number]
            for key in cluster:
                for descriptor in described.get(key, ()):
                    if descriptor not in self.descriptors[name]:
                        self.descriptors[name].append(descriptor)
                self.affiliations[name] |= affiliated.get(key, set())
            self.sex.append(_sex(cluster, full, sexes))
            self.roles.append(frozenset().union(*(titled.get(key, set()) for key in cluster)))
        # the titles printed before a bare surname are the person's it names
        # ("Vice President Biden" beside "Joe Biden")
        self.held = list(self.roles)
        self.held_in: list[set[tuple[str, str]]] = [
            set().union(*(placed.get(key, set()) for key in cluster)) for cluster in self.people
        ]
        for name, entity in bare:
            held = roles(entity.get("aliases") or ())
            number = self.person(name, _Cues(gender=entity.get("gender"), roles=held))
            if held and number is not None:
                self.held[number] |= held
                self.held_in[number] |= placed_roles(entity.get("aliases") or ())

    # -- people ------------------------------------------------------------------------------

    @staticmethod
    def _generations(
        full: dict[tuple[str, ...], PersonName],
        namesakes: Callable[[list[str]], Iterable[Iterable[str]]] | None,
        titled: Mapping[tuple[str, ...], set[str]] | None = None,
        offices: Mapping[tuple[str, ...], set[str]] | None = None,
    ) -> frozenset[str]:
        """The surnames printed with a suffix that the coverage shows to be one generation: no
        document names a suffixed person beside another of that surname (bare, or with a given
        name that agrees), and fewer documents print the suffix than leave it out (one
        outlet's style: "Joseph R. Biden Jr." in one, "Joe Biden" in two), or the name with
        the suffix and the one without carry one title ("Chief Justice John G. Roberts Jr."
        in one, "Chief Justice John Roberts" in another: a father and son hold no one
        office), or one office, a title before one name and an appositive after the other
        ("Director of National Intelligence James Clapper" in one, "James R. Clapper Jr., the
        director of national intelligence" in another: the Times' style), or every document
        that leaves the suffix out leaves out another one the coverage prints, of a person no
        document names beside a namesake either (an outlet's style: "Cesar Sayoc" and "James
        Clapper" in one article, "Cesar Sayoc Jr." and "James R. Clapper Jr." in another)."""
        titled = titled or {}
        offices = offices or {}
        # only where a name with the suffix and one without it could be one person
        plain = {(fold(p.surname), fold(p.given or "")) for p in full.values() if not p.suffix}
        suffixed = {
            fold(p.surname): p.surname
            for p in full.values()
            if p.suffix
            and any(s == fold(p.surname) and _given_agree(g, p.given or "") for s, g in plain)
        }
        if not suffixed or namesakes is None:
            return frozenset()
        two: set[str] = set()
        with_suffix: Counter[str] = Counter()
        without: Counter[str] = Counter()
        dropping: list[set[str]] = []  # per document, the suffixed surnames it prints bare
        for names in namesakes(sorted(suffixed.values())):
            parsed = [n for n in map(person_name, names) if n is not None]
            sons = [n for n in parsed if n.suffix and n.given]
            for surname in {fold(n.surname) for n in sons}:
                with_suffix[surname] += 1
            bare = {fold(n.surname) for n in parsed if not n.suffix and n.given}
            for other in bare:
                without[other] += 1
            dropping.append(bare & set(suffixed))
            for son in sons:
                surname = fold(son.surname)
                if any(
                    fold(other.surname) == surname
                    and other.suffix != son.suffix
                    and (other.given is None or _given_agree(other.given, son.given or ""))
                    for other in parsed
                ):
                    two.add(surname)
        one_title = {
            fold(p.surname)
            for k, p in full.items()
            if p.suffix
            and any(
                not q.suffix
                and fold(q.surname) == fold(p.surname)
                and _given_agree(q.given or "", p.given or "")
                and (
                    titled.get(k, set()) & titled.get(j, set())
                    or offices.get(k, set()) & offices.get(j, set())
                )
                for j, q in full.items()
            )
        }
        one = {
            s for s in suffixed if s not in two and (with_suffix[s] < without[s] or s in one_title)
        }
        # an outlet's style: a document that leaves out the suffix of two people the coverage
        # prints with one, neither of them beside a namesake ("John Roberts" and "Theodore
        # Boutrous" in one article, "John G. Roberts Jr." and "Theodore J. Boutrous Jr." in
        # another)
        single = set(suffixed) - two
        styled = {
            s
            for s in single - one
            if any(s in bare for bare in dropping)
            and all(bare & single - {s} for bare in dropping if s in bare)
        }
        return frozenset(one | styled)

    def _cluster(
        self, full: dict[tuple[str, ...], PersonName], seen: Counter[tuple[str, ...]]
    ) -> None:
        """Group the full names into people; name each person by its commonest form."""
        buckets: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for key, parsed in full.items():
            buckets[fold(parsed.surname)].append(key)
        # surnames one typo apart share a bucket (same_person still needs the given names)
        surnames = sorted(buckets)
        merged = {s: s for s in surnames}
        near: dict[str, list[str]] = defaultdict(list)
        for surname in surnames:
            other = next((o for o in _nearby(surname, near) if _typo(surname, o)), None)
            if other is not None:
                merged[surname] = merged[other]
            for key in _deletions(surname):
                near[key].append(surname)
        groups: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for surname, keys in buckets.items():
            groups[merged[surname]].extend(keys)
        self.people: list[list[tuple[str, ...]]] = []
        self.person_of: dict[tuple[str, ...], int] = {}
        self.spelled: dict[tuple[str, str], int] = {}
        self.by_word: dict[str, set[int]] = defaultdict(set)
        self._near: dict[str, list[str]] = defaultdict(list)  # for surnames one typo away
        self._tails: dict[tuple[str, ...], set[int]] = defaultdict(set)  # "wasserman schultz"
        for keys in groups.values():
            lenient = fold(full[keys[0]].surname) in self._one_generation
            for cluster in _people(sorted(keys), full, lenient):
                number = len(self.people)
                self.people.append(cluster)
                for key in cluster:
                    self.person_of[key] = number
                    self.spelled.setdefault((loose("".join(key[:-1])), key[-1]), number)
                    for word in full[key].words:
                        self.by_word[fold(word)].add(number)
                    elided = _ELIDED.fullmatch(full[key].surname)
                    if elided:  # "Rourke" for "O'Rourke", where no Rourke is named in full
                        self.by_word[fold(elided.group(1))].add(number)
                    words = key[:-1]
                    for size in range(2, len(words)):
                        self._tails[words[-size:]].add(number)
                    for deleted in _deletions(fold(full[key].surname)):
                        self._near[deleted].append(fold(full[key].surname))
        self.full = full
        self.names: list[str] = []
        for cluster in self.people:
            best = min(cluster, key=lambda k: (-seen[k], len(k), full[k].text))
            self.names.append(full[best].text)

    def canonical(
        self, name: str | None, kind: str | None, facts: dict[str, Any] | None = None
    ) -> str | None:
        """The name `name` goes by across the coverage (memoised: names repeat a lot). `facts`:
        what its document says of the entity (`Store.names`: descriptors, aliases, gender)."""
        if not name:
            return name
        facts = facts or {}
        cues = _Cues(
            tuple(facts.get("descriptors") or ()),
            facts.get("gender"),
            roles(facts.get("aliases") or ()),
        )
        key = (name, kind, cues)
        if key not in self._known:
            self._known[key] = self._canonical(name, kind, cues)
        return self._known[key]

    def person(self, name: str, cues: _Cues | None = None) -> int | None:
        """The person of the coverage `name` stands for (an index into `names`), or None when
        it names no one, or several. A bare surname shared by several people goes to the one
        its descriptors, or its sex and title (`cues`), leave."""
        found = self._person(name, cues or _Cues())
        return self._joined.get(found, found) if found is not None else None

    def _person(self, name: str, cues: _Cues) -> int | None:
        parsed = person_name(name)
        if parsed is None:
            return None
        if parsed.given is not None:
            found = self._matching(parsed)
            if found is None and len(parsed.words) > 2:
                # an unknown title before a known name: "Minority Whip Steve Scalise"
                suffix = (parsed.suffix,) if parsed.suffix else ()  # "… Donald Trump Jr."
                for size in (3, 2):
                    tail = person_name(" ".join((*parsed.words[-size:], *suffix)))
                    found = tail and tail.given and self._matching(tail)
                    if found is not None:
                        break
            if found is None:
                found = self._compound_surname(parsed)
            return found
        # "Trump" is ambiguous beside a Donald Trump Jr.; "Trump Jr." only needs one Jr.
        candidates = {
            self._joined.get(n, n)
            for n in self.by_word.get(fold(parsed.surname), ())
            if parsed.suffix is None
            or any(self.full[k].suffix == parsed.suffix for k in self.people[n])
        }
        if len(candidates) == 1:
            (one,) = candidates
            if cues.gender and self.sex[one] not in (None, cues.gender):
                return None  # "Mr. Obama" beside Sasha Obama alone
            return one
        if cues.descriptors:
            for n in sorted(candidates):
                if set(cues.descriptors) & set(self.descriptors.get(self.names[n], ())):
                    return n
        found = self._narrowed(sorted(candidates), cues)
        if found is not None:
            return found
        if cues.roles and not any(self.roles[n] & cues.roles for n in candidates):
            return None  # "President Obama" beside Sasha and Malia Obama: neither
        if cues.gender:
            # of the people the sex fits: "Mr. Obama" is never his daughter Sasha, quoted
            candidates = {n for n in candidates if self.sex[n] in (None, cues.gender)}
        return self._the_one_speaking(candidates)

    def _compound_surname(self, parsed: PersonName) -> int | None:
        """The one person whose full name ends in these two words, a surname of two words the
        text prints without the given name ("Rep. Wasserman Schultz" for Debbie Wasserman
        Schultz, "López Obrador", "Van Hollen")."""
        if not _surname_like(parsed):
            return None
        found = self._tails.get(tuple(fold(w) for w in parsed.words), set())
        return next(iter(found)) if len(found) == 1 else None

    def _the_one_speaking(self, candidates: set[int]) -> int | None:
        """Of people sharing a surname, the one the coverage quotes by full name, where the
        others are only mentioned: "Mattioli praised the NRA" is Mark Mattioli, quoted by two
        outlets, not his son James, whom the articles name only as killed. Never across a
        generational suffix ("Trump" beside a quoted Donald Trump Jr.), nor where two of them
        speak."""
        if any(self.full[k].suffix for n in candidates for k in self.people[n]):
            return None
        speaking = [n for n in candidates if n in self._speaking]
        return speaking[0] if len(speaking) == 1 else None

    def _narrowed(self, candidates: list[int], cues: _Cues) -> int | None:
        """The one of several people sharing a surname that a bare mention's sex and title fit:
        "Mr. Trump" beside Ivanka and Melania Trump is Donald; "President Trump" beside
        Donald Trump Jr. is his father. Never a guess: a person of unknown sex fits either
        sex, so "Mr. Hunter" beside Duncan Hunter and an unknown Hunter names neither, nor
        "Mr. Trump" beside Donald Trump and Donald Trump Jr."""
        pool = candidates
        if cues.gender:
            pool = [n for n in pool if self.sex[n] in (None, cues.gender)]
            if len(pool) == 1 and self.sex[pool[0]] == cues.gender:
                return pool[0]
        if cues.roles:
            holding = [n for n in pool if self.roles[n] & cues.roles]
            if len(holding) == 1:
                return holding[0]
        return None

    def _matching(self, parsed: PersonName) -> int | None:
        key = _name_key(parsed)
        if key in self.person_of:
            return self.person_of[key]
        spelled = self.spelled.get((loose("".join(key[:-1])), key[-1]))
        if spelled is not None:  # spelled loosely: "Kim Jong-un" = "Kim Jong Un"
            return spelled
        lenient = fold(parsed.surname) in self._one_generation
        found = {
            self._joined.get(n, n)
            for n in self.by_word.get(fold(parsed.surname), set()) | self._typos(parsed)
            if all(same_person(parsed, self.full[k], lenient) for k in self.people[n])
        }
        return next(iter(found)) if len(found) == 1 else None

    def _typos(self, parsed: PersonName) -> set[int]:
        """The people whose surname is one typo from this one's."""
        surname = fold(parsed.surname)
        return {
            n
            for word in _nearby(surname, self._near)
            if _typo(word, surname)
            for n in self.by_word[word]
        }

    def office_holder(self, name: str) -> int | None:
        """The person a title alone names ("the vice president", "the chief justice"): the
        one person of the coverage the texts print that title before ("Vice President Joe
        Biden", "Chief Justice John G. Roberts Jr."); None where the coverage gives it to
        none, or to two ("President Trump" beside "President Obama"), or the title is a
        former one ("the former vice president") or one word ("the president", whom every
        body has). The article may open a sentence: "The vice president said …"."""
        office_in = office_of_state(name)
        if office_in is not None:  # "the attorney general of the state of New York"
            return self._one_holder(office_in, self.held_in)
        printed = name.split()
        if [fold(w) for w in printed[:1]] == ["the"]:
            printed = printed[1:]
        words = [fold(w) for w in printed]
        if len(words) < 2 or any(w[:1].isupper() for w in printed):
            return None  # "the president" may be a company's, a group's or a college's
        allowed = lexicon.TITLES | lexicon.TITLE_MODIFIERS
        if any(w not in allowed or w in lexicon.HONORIFICS for w in words):
            return None
        return self._one_holder(" ".join(words), self.held)

    def _one_holder(self, office: Any, held: list[set[Any]]) -> int | None:
        """The one person who holds `office` in `held` (each person's offices), a joined
        person counted once: a join adds the dropped one's offices to the kept one's."""
        holders = {self._joined.get(n, n) for n, offices in enumerate(held) if office in offices}
        return holders.pop() if len(holders) == 1 else None

    def related(self, name: str) -> int | None:
        """The one person the coverage names who stands in the relation an unnamed source is
        named by: "a spokesman for St. Louis County Prosecutor Bob McCulloch" (Fox) is
        "Edward Magee, a spokesman for Robert P. McCulloch" (the Times), where the owner is
        one person or organisation of the coverage and no one else is described so. The
        relation is the noun before "for" or "to" ("spokesman", "aide", "lawyer"), read from
        the descriptors the coverage gives its people; "a spokeswoman" is "a spokesman"."""
        wanted = self._relation(name)
        if wanted is None:
            return None
        if self._relations is None:
            self._relations = defaultdict(set)
            for number, person in enumerate(self.names):
                for descriptor in self.descriptors.get(person, ()):
                    relation = self._relation(descriptor.partition(",")[0])
                    if relation is not None:
                        self._relations[relation].add(number)
        found = self._relations.get(wanted, set())
        return next(iter(found)) if len(found) == 1 else None

    def _relation(self, text: str) -> tuple[str, str] | None:
        """(relation noun, owner) of "a spokesman for X", "an aide to X", "X's lawyer"; the owner
        as the person or organisation of the coverage it names, else None."""
        found = _RELATED.fullmatch(" ".join(text.replace("’", "'").split()))
        if found is None:
            return None
        noun = found.group("noun") or found.group("noun2")
        owner = found.group("owner") or found.group("owner2")
        number = self.person(owner)
        if number is not None:
            whose = f"person:{number}"
        else:
            key = self._org_key(owner)
            if not key or not (key in self.aliases or key in self.orgs):
                return None
            whose = "organisation:" + (self.aliases.get(key) or self.orgs[key])
        return _SPOKES.sub("spokes", noun.lower()), whose

    def joint(self, name: str) -> str | None:
        """The people a name joins, each as the coverage names them, in one order (by
        surname): "Ms. Pelosi and Mr. Schumer", "Schumer and Pelosi" and "House Speaker Nancy
        Pelosi and Senate Democratic Leader Chuck Schumer" are all "Nancy Pelosi and Chuck
        Schumer", one speaker across outlets (who said it jointly is the set of them). None
        unless every part names one person of the coverage (or is a full name with a listed
        given name: "Emanuel Cleaver", tagged an organisation), and two or more of them."""
        text = _PARTY_TAG.sub("", _BOTH.sub("", name.strip()))
        parts = joined_names(text)
        if len(parts) < 2:
            return None
        found: list[str] = []
        for part in parts:
            number = self.person(part)
            parsed = person_name(part) if number is None else None
            if number is not None:
                name = self.names[number]
            elif parsed is not None and parsed.given and given_name_listed(parsed.given):
                name = parsed.text  # a full name the tagger took for something else
            else:
                return None
            if name in found:
                return None
            found.append(name)
        return joined(sorted(found, key=by_surname))

    def _canonical(self, name: str, kind: str | None, cues: _Cues) -> str:
        if kind != "document" and _LIST.search(name):
            together = self.joint(name)
            if together is not None:
                return together  # never one of its members
        if kind in ("person", "anonymous"):
            number = self.office_holder(name)
            if number is not None:
                return self.names[number]
        if kind == "person":
            number = self.person(name, cues)
            if number is None:
                number = self.related(name)
            if number is not None:
                return self.names[number]
            if _ACRONYM.fullmatch(name) and org_key(name) in self.aliases:
                return self.aliases[org_key(name)]  # "The ARB … mentions", tagged a person
            parsed = person_name(name)
            return parsed.text if parsed is not None else self._organisation(name)
        # a person's name tagged as an organisation or a group (a surname often is)
        if kind != "document":
            number = self._tagged_otherwise(name, kind, cues)
            if number is not None:
                return self.names[number]
        return self._organisation(name, kind)

    def _tagged_otherwise(self, name: str, kind: str | None, cues: _Cues) -> int | None:
        """The person a name tagged as an organisation or a group stands for: a full name
        after a title ("House Speaker Nancy Pelosi"), or a bare name the coverage gives a
        person (a name, an alias or a surname) at least as often as an organisation. A group
        ("Sellers", "Republicans": several people) needs more: a bare name given a person in
        two places, one with a given name from the nicknames list."""
        parsed = person_name(name)
        if parsed is None:
            return None
        if parsed.given is not None:
            # a group by its full name is no one, but one person described by two roles
            # joined by "and" is read as several by the tagger ("GOP presidential contender
            # and former neurosurgeon Ben Carson")
            alone = kind == "group" and not _LIST.search(name)
            return None if alone else self.person(name, cues)
        word = fold(parsed.surname)
        person = self._typed[(word, "person")]
        if person < max(1, self._typed[(word, "organization")]):
            return None
        number = self.person(name, cues)
        if number is not None and kind == "group":
            given = {fold(self.full[k].given or "") for k in self.people[number]}
            if person < 2 or not given & _given_names():
                return None
        return number

    def resolve(self, name: str, speakers: Mapping[str, Iterable[str]] | None = None) -> set[str]:
        """What the merge may call whom a reader calls `name`: the organisation of that name
        when the coverage has one, else the one person it names ("Pelosi" -> Nancy Pelosi),
        else the name itself read as a person's and as an organisation's.

        With `speakers` (each merged speaker's name -> the names the records give it), the one
        of them `name` stands for: the merge's own reading of it, else the one speaker the
        records spell so, else the one whose names hold every word of it; none when no
        speaker, or several, fit; of a person and a joint speaker they are a member of, the
        person ("Samuel Alito" beside "Samuel A. Alito Jr. and Anthony Kennedy")."""
        name = " ".join(name.split())
        if not name:
            return set()
        if speakers is None:
            key = org_key(name)
            if key and (key in self.aliases or key in self.orgs):
                return {self._organisation(name)}
            number = self.person(name)
            if number is not None:
                return {self.names[number]}
            return {
                self.canonical(name, "person") or name,
                self.canonical(name, "organization") or name,
            }
        told = _told_by_the_name(name)
        for kind in ("person", "organization", None):
            canonical = self.canonical(name, kind, told)
            if canonical in speakers:
                return {canonical}
        key = loose(name)
        spelled = [c for c, names in speakers.items() if any(loose(s) == key for s in {*names, c})]
        if len(spelled) == 1:
            return set(spelled)
        words = [loose(w) for w in name.split() if loose(w)]
        containing = [
            c
            for c, names in speakers.items()
            if all(any(w in {loose(x) for x in s.split()} for s in {*names, c}) for w in words)
        ]
        if len(containing) > 1:
            containing = [
                c
                for c in containing
                if not any(_member_of(o, {*speakers[c], c}) for o in containing if o != c)
            ]
        return set(containing) if len(containing) == 1 else set()

    # -- organisations ----------------------------------------------------------------------

    def know_speakers(self, speakers: Iterable[tuple[str, str | None]]) -> None:
        """Read which people the coverage quotes under a full name (speaker name, kind) before
        naming any: a bare surname that speaks is one of them (`_the_one_speaking`). An
        acronym that speaks as an organisation spells out the one the coverage names in full
        though the tagger took it for something else ("the NRA said", NRA tagged a place)."""
        speakers = list(speakers)
        speaking = [
            name
            for name, kind in speakers
            if name and (kind == "organization" or (kind == "person" and _ACRONYM.fullmatch(name)))
        ]
        names = list(dict.fromkeys([*self.orgs.values(), *speaking]))
        for acronym, spelled in _spelled_out(names).items():
            self.aliases.setdefault(org_key(acronym), spelled)
        for name, kind in speakers:
            parsed = person_name(name) if kind == "person" and name else None
            number = self._matching(parsed) if parsed is not None and parsed.given else None
            if number is not None:
                self._speaking.add(number)

    def know_groups(self, speakers: Iterable[tuple[str, str | None]]) -> None:
        """Read the coverage's groups (speaker name, kind) before naming any: a group named
        with and without the word that says whose it is ("Federal prosecutors",
        "prosecutors") is one, under the longer name, where the coverage gives that noun no
        other such word ("Russian officials" beside "U.S. officials" and "officials")."""
        speakers = list(speakers)
        bare: set[str] = set()
        modified: dict[str, dict[str, str]] = defaultdict(dict)  # noun -> key -> a name
        for name, kind in speakers:
            if kind not in ("group", "anonymous") or not name:
                continue
            key = org_key(name)
            words = key.split()
            if len(words) == 1:
                bare.add(key)
            elif len(words) == 2:
                modified[words[1]].setdefault(key, _QUANTIFIER.sub("", name.strip()))
        self._know_bodies(speakers)
        self._know_teams(speakers)
        self._know_described(speakers)
        self._know_documents(speakers)
        for noun, keys in modified.items():
            if noun in bare and len(keys) == 1:
                ((key, shown),) = keys.items()
                if key.split()[0] in _JURISDICTIONS:
                    self._groups[noun] = key
                    self.orgs.setdefault(key, shown)
        self._know_nesting(speakers)

    def _know_nesting(self, speakers: list[tuple[str, str | None]]) -> None:
        """A group named by a head noun and words that all recur in a longer name with the same
        head ("Republicans", "Senate Republicans"; "critics", "critics of birthright
        citizenship") is the longer one, where the coverage lengthens it one way only:
        "Republicans" beside "Senate Republicans" and "House Republicans" is neither. The
        longer name says whose or of what they are (before the head, or after it by "of", "in"
        or "from"), never where or when ("lawmakers at the scene of the shooting" are not all
        "lawmakers"); a part of a group ("several candidates") is not the group, nor a role
        that many bodies have ("officials" beside "hospital officials" may be the police's)."""
        forms: dict[str, set[_GroupForm]] = defaultdict(set)  # key -> its names' forms
        shown: dict[str, str] = {}  # key -> a name the coverage gives it
        for name, kind in speakers:
            if kind == "group" and name:
                key = self._org_key(name, kind)
                if key and " and " not in key:
                    forms[key].add(_group_words(name))
                    shown.setdefault(key, _QUANTIFIER.sub("", name.strip()) or name)
        every = [
            (form, key)
            for key, found in forms.items()
            for form in found
            if form.whose and form.head in _heads(key)
        ]

        def widest(form: _GroupForm) -> str | None:
            # some of a group is the longer name only where that too is some of it: "numerous
            # Republican lawmakers on Capitol Hill" are "several GOP senators", not all of them
            longer = [
                (f.words, k)
                for f, k in every
                if f.head == form.head and form.words < f.words and (f.part or not form.part)
            ]
            if form.head in lexicon.ROLE_NOUNS or not longer:
                return None
            top = max(longer, key=lambda f: len(f[0]))
            return top[1] if all(w <= top[0] for w, _ in longer) else None

        for key, found in forms.items():
            tops = {widest(form) for form in found}
            if len(tops) == 1 and None not in tops and key not in tops:
                (top,) = tops
                self._groups[key] = top  # type: ignore[assignment]
                self.orgs.setdefault(top, shown[top])  # type: ignore[index]

    def _know_teams(self, speakers: list[tuple[str, str | None]]) -> None:
        """A candidate's team is their campaign where the coverage names that campaign: "the
        Romney team" beside "the Romney campaign", "Sanders' team" beside "the Sanders
        campaign", "the Obama campaign team". Named by whose it is, capitalised ("his team",
        "the president's team" say too little); with no campaign of theirs named, a team stays
        a team ("Mr. Trump's team" of White House aides in 2019)."""
        campaigns = set(self.orgs) | {org_key(n) for n, k in speakers if n and k not in _NOT_BODIES}
        for name, kind in speakers:
            if not name or kind in _NOT_BODIES:
                continue
            key = org_key(name)
            found = _TEAM.fullmatch(key)
            printed = _without_the(name).split()[:-1]
            if found is None or not any(w[:1].isupper() for w in printed):
                continue
            campaign = f"{found.group(1)} campaign"
            if campaign in campaigns and campaign != key:
                self._teams[key] = campaign

    def _know_documents(self, speakers: list[tuple[str, str | None]]) -> None:
        """A document named with and without a phrase after it that says which ("the 14th
        Amendment to the Constitution", "the 14th Amendment") is one, under the shorter name
        the coverage repeats, where that name has two words or more ("the report" is any
        report) and the coverage lengthens it one way only ("the GAO report on jobs" beside
        "the GAO report on wages" leaves "the GAO report" to neither)."""
        keys = {document_key(n) for n, k in speakers if k == "document" and n}
        longer: dict[str, list[str]] = defaultdict(list)
        for key in keys:
            words = key.split()
            for cut in range(2, len(words) - 1):
                if words[cut] in _QUALIFYING and " ".join(words[:cut]) in keys:
                    longer[" ".join(words[:cut])].append(key)
        for short, keys_ in longer.items():
            if len(keys_) == 1:
                self._documents[keys_[0]] = short
        self._know_owned_documents(speakers)
        self._know_sponsored_documents(speakers)

    def _know_owned_documents(self, speakers: list[tuple[str, str | None]]) -> None:
        """A document named by its head noun alone ("the letter", "the returns") is the one
        the coverage names with words before that noun saying whose or which it is ("the
        Intelligence Committee Republicans' letter"; "tax returns", "Mrs. Clinton's tax
        return"), where those longer names hold each other's words (one document, said more
        fully) and one of them is in the bare name's number: "polls" beside "the NBC News
        poll" are other polls. Each goes by the shortest of the longer names, once
        `know_said` finds the two saying the same thing in two articles. A document
        another one is set against ("its own resolution", "another review") stays apart, as
        does a head noun qualified after it ("the report on school safety": a report on a
        subject may be one of several)."""
        printed: dict[str, set[bool]] = defaultdict(set)  # key -> plural as printed or not
        shown: dict[str, str] = {}  # key -> a name the coverage gives it
        for name, kind in speakers:
            if kind != "document" or not name:
                continue
            key = self._documents.get(document_key(name), document_key(name))
            words = key.split()
            if (
                not words
                or words[0] in _DEMONSTRATIVES
                or set(words) & _CONTRASTED
                or any(w in _QUALIFYING for w in words)
            ):
                continue
            printed[key].add(org_key(name).split()[-1] != words[-1])
            shown.setdefault(key, _without_article(name))
        heads: dict[str, list[str]] = defaultdict(list)
        for key in printed:
            heads[key.split()[-1]].append(key)
        for head, keys in heads.items():
            longer = sorted((k for k in keys if k != head), key=lambda k: (len(k.split()), k))
            if head not in printed or not longer:
                continue
            words = [set(k.split()) for k in longer]
            if not all(a <= b for a, b in pairwise(words)):
                continue  # "the GAO report", "the CBO report": two reports
            if not any(printed[head] & printed[k] for k in longer):
                continue
            self._owned.append((longer[0], [head, *longer[1:]]))
            self.orgs.setdefault(longer[0], shown[longer[0]])

    def know_said(self, said: Iterable[tuple[str, str, str]]) -> None:
        """Read what the coverage's documents say (document id, the document speaker's name,
        the content) before naming any: a document by its head noun alone, or said more
        fully, joins the one named with whose it is (`_know_owned_documents`) only where the
        two say the same thing in two articles (Fox's "the letter stated" and HuffPost's
        "the Intelligence Committee Republicans' letter" quote the same sentence). Fox's "a
        report claiming that even the modest COLA is not safe" is not the Congressional
        Research Service report HuffPost quotes."""
        said = list(said)
        by_key: dict[str, list[tuple[str, frozenset[str]]]] = defaultdict(list)
        for document_id, name, content in said:
            key = self._org_key(name, "document")
            words = _content_words(content)
            if words:
                by_key[key].append((document_id, words))

        def alike(a: str, b: str) -> bool:
            return any(
                d1 != d2 and _said_alike(w1, w2)
                for d1, w1 in by_key.get(a, ())
                for d2, w2 in by_key.get(b, ())
            )

        for target, keys in self._owned:
            group = [target, *keys]
            for key in keys:
                if any(alike(key, other) for other in group if other != key):
                    self._documents[key] = target
        self._know_one_document(said)

    def nicknamed(self) -> list[tuple[int, int]]:
        """The pairs of people of one surname kept apart on their given names alone, where the
        nicknames list does not know one of the two ("Bibi Netanyahu" beside "Benjamin
        Netanyahu"): the given names open with one letter, the middle names and suffixes
        agree, and no article names both (two such names in one article are two people).
        Where the list knows both ("Michelle", "Michael") it would know a nickname."""
        by_surname: dict[str, list[int]] = defaultdict(list)
        for number, cluster in enumerate(self.people):
            surnames = {fold(self.full[key].surname) for key in cluster}
            if len(surnames) == 1 and number not in self._joined:
                by_surname[surnames.pop()].append(number)
        pairs = [
            (a, b)
            for numbers in by_surname.values()
            for a, b in combinations(numbers, 2)
            if all(
                _nicknamed(self.full[x], self.full[y])
                for x in self.people[a]
                for y in self.people[b]
            )
        ]
        if not pairs or self._namesakes is None:
            return []
        surnames = sorted({self.full[self.people[a][0]].surname for a, _ in pairs})
        together: set[frozenset[int]] = set()
        for names in self._namesakes(surnames):
            parsed = [n for n in map(person_name, names) if n is not None and n.given]
            numbers = {self._matching(n) for n in parsed} - {None}
            together |= {frozenset(pair) for pair in combinations(numbers, 2)}
        return [(a, b) for a, b in pairs if frozenset((a, b)) not in together]

    def know_people_said(
        self,
        said: Iterable[tuple[str, str, str]],
        pairs: list[tuple[int, int]] | None = None,
    ) -> None:
        """Read what the coverage's people say (document id, the speaker's name, the content)
        before naming any: two people kept apart on a given name the nicknames list does not
        know (`nicknamed`) are one where two articles quote them saying the same thing
        (HuffPost's "Bibi Netanyahu" and Fox's "Benjamin Netanyahu": "President Obama has
        said that he is determined to prevent Iran from getting nuclear weapons …"), under
        the name the list knows. "Rand Paul" and "Ron Paul" say different things. `pairs`
        are `nicknamed()`'s, where the caller has them already."""
        pairs = self.nicknamed() if pairs is None else pairs
        if not pairs:
            return
        quoted: dict[int, list[tuple[str, frozenset[str]]]] = defaultdict(list)
        for document_id, name, content in said:
            parsed = person_name(name) if name else None
            number = self._matching(parsed) if parsed is not None and parsed.given else None
            words = _content_words(content)
            if number is not None and words:
                quoted[number].append((document_id, words))
        listed = _given_names()
        for a, b in pairs:
            if not any(
                d1 != d2 and _said_alike(w1, w2)
                for d1, w1 in quoted.get(a, ())
                for d2, w2 in quoted.get(b, ())
            ):
                continue
            keep, drop = sorted(
                (a, b),
                key=lambda n: (
                    not all(fold(self.full[k].given or "") in listed for k in self.people[n]),
                    n,
                ),
            )
            self._join(self._joined.get(keep, keep), drop)

    def _join(self, keep: int, drop: int) -> None:
        """Person `drop` is person `keep`, under `keep`'s name (`know_people_said`)."""
        for number, target in list(self._joined.items()):
            if target == drop:
                self._joined[number] = keep
        self._joined[drop] = keep
        old, name = self.names[drop], self.names[keep]
        for descriptor in self.descriptors.get(old, ()):
            if descriptor not in self.descriptors[name]:
                self.descriptors[name].append(descriptor)
        self.affiliations[name] |= self.affiliations.get(old, set())
        self.names[drop] = name
        if self.sex[keep] is None:
            self.sex[keep] = self.sex[drop]
        elif self.sex[drop] not in (None, self.sex[keep]):
            self.sex[keep] = None
        self.roles[keep] |= self.roles[drop]
        self.held[keep] |= self.held[drop]
        self.held_in[keep] |= self.held_in[drop]

    def _know_one_document(self, said: list[tuple[str, str, str]]) -> None:
        """One document, however each article words it: an article's names for one kind of
        document ("a new poll", "the survey", "the PPIC poll"; "tax returns", "Mrs.
        Clinton's tax return") are the one it tells of, and two articles' names are one
        where they say the same thing, figures and all ("“You paid in to Medicare for years
        …” the ad says", "… the advertisement says"; "documents" of the Clintons' taxes
        beside "tax returns"). A name goes by the one document only where every article that
        uses it ties it so ("the poll" of an article naming no poll may be another one).
        Never where the names give two issuers ("CNN poll", "Monmouth survey"), set one
        against another ("its own resolution", "an earlier poll"), date it ("a survey by the
        organization in March"), or count several ("polls" are not "the poll", where the
        noun's plural is not itself one document's: "returns")."""
        forms: dict[str, _DocumentForm] = {}
        rows: list[tuple[str, str, frozenset[str], frozenset[str]]] = []
        for document_id, name, content in said:
            form = _document_form(name)
            if form is None:
                continue
            key = self._org_key(name, "document")
            forms.setdefault(key, form)
            rows.append((document_id, key, _content_words(content), _figures_said(content)))
        # each article's use of a name is a node: a name two articles use is no tie itself
        nodes: Groups[tuple[str, str]] = Groups((d, k) for d, k, _, _ in rows)
        root = nodes.find

        def agree(a: str, b: str, across: bool) -> bool:
            x, y = forms[a], forms[b]
            kinds = x.kind == y.kind or (across and _ANY_DOCUMENT & {x.kind, y.kind})
            return bool(kinds) and x.number_agrees(y) and _issuers_agree(x, y)

        by_article: dict[str, set[str]] = defaultdict(set)
        for document_id, key, _, _ in rows:
            by_article[document_id].add(key)
        for document_id, keys in by_article.items():
            for kind in {forms[k].kind for k in keys}:
                same = sorted(k for k in keys if forms[k].kind == kind)
                if all(agree(a, b, False) for a, b in combinations(same, 2)):
                    for other in same[1:]:
                        nodes.join((document_id, same[0]), (document_id, other))
        for (d1, k1, w1, f1), (d2, k2, w2, f2) in combinations(rows, 2):
            if d1 == d2 or root((d1, k1)) == root((d2, k2)) or not agree(k1, k2, True):
                continue
            if _said_alike(w1, w2) and not (f1 and f2 and not f1 & f2):
                nodes.join((d1, k1), (d2, k2))
        members: dict[tuple[str, str], set[str]] = defaultdict(set)
        for node in nodes:
            members[root(node)].add(node[1])
        target_of: dict[tuple[str, str], str] = {}
        for top, keys in members.items():
            if len(keys) > 1 and all(
                _issuers_agree(forms[a], forms[b]) for a, b in combinations(keys, 2)
            ):
                target_of[top] = max(
                    keys,
                    key=lambda k: (
                        forms[k].kind not in _ANY_DOCUMENT,
                        len(forms[k].issuers),
                        -len(k),
                        k,
                    ),
                )
        targets: dict[str, set[str | None]] = defaultdict(set)
        for node in nodes:
            targets[node[1]].add(target_of.get(root(node)))
        joined_: dict[str, str] = {}
        for key, found in targets.items():
            if len(found) == 1 and None not in found:
                (target,) = found
                if target != key and len(targets[target]) == 1:  # type: ignore[index]
                    joined_[key] = target  # type: ignore[assignment]
        for target in set(joined_.values()):
            self.orgs.setdefault(target, forms[target].shown)
        for key, target in list(self._documents.items()):
            self._documents[key] = joined_.get(target, target)
        for key, target in joined_.items():
            self._documents.setdefault(key, target)

    def know_told_apart(self, named: Iterable[tuple[str, str, str | None]]) -> None:
        """Read the groups each document quotes (document id, speaker name, kind) before naming
        any: some of a group ("some Republicans", "several senior Democrats") that a document
        quotes beside the group itself ("Republicans", "Leading Democrats") is a part that
        document tells apart from the rest, and stays a speaker of its own in the coverage,
        under its own name. Where no document quotes the two together, the quantifier says how
        many of the group spoke, not who they are ("some Republican senators" in one outlet
        are the "Republicans" of another)."""
        by_document: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for document_id, name, kind in named:
            if kind in ("group", "anonymous") and name:
                by_document[document_id].append((name.strip(), kind))
        for names in by_document.values():
            whole = {self._org_key(n, k) for n, k in names if not _some_of(n)}
            for name, kind in names:
                key = self._org_key(name, kind)
                if key and _some_of(name) and key in whole:
                    self._apart[_apart_name(name)] = f"{_apart_name(name)} ({key})"

    def _know_sponsored_documents(self, speakers: list[tuple[str, str | None]]) -> None:
        """A document named by whose it is, one outlet spelling its owners out and another
        shortening them ("NBC News/Wall Street Journal poll", "national NBC/WSJ poll"), is one
        where the head nouns agree and each owner, in order, is the other's name, its initials
        ("WSJ") or its first words ("NBC" of "NBC News"), two owners or more (a poll's
        sponsors); words in lower case ("national", "new") say nothing of whose it is. One
        that agrees with two documents that do not agree with each other joins neither. Each
        goes by the name spelled out most."""
        owners: dict[str, tuple[str, tuple[tuple[str, ...], ...], str]] = {}
        for name, kind in speakers:
            if kind != "document" or not name:
                continue
            key = self._org_key(name, kind)
            read = _owners(name)
            if read is not None and len(read[1]) > 1 and key not in owners:
                owners[key] = (*read, _without_article(name))
        keys = sorted(owners)
        agree = {
            (a, b)
            for a in keys
            for b in keys
            if a != b and owners[a][0] == owners[b][0] and _owners_agree(owners[a][1], owners[b][1])
        }
        for key in keys:
            fellows = {b for a, b in agree if a == key}
            if not fellows or any((x, y) not in agree for x in fellows for y in fellows if x != y):
                continue
            group = [key, *fellows]
            best = max(group, key=lambda k: (sum(len(o) for o in owners[k][1]), k))
            if key != best and key not in self._documents:
                self._documents[key] = best
                self.orgs.setdefault(best, owners[best][2])

    def _know_bodies(self, speakers: list[tuple[str, str | None]]) -> None:
        """A body named by its head noun alone ("the task force", "the committee", "the task
        force panel") is the one body the coverage names in full with that noun ("the NRA task
        force"); where the coverage names no body with any such noun, the bare names are one
        body (a story's one panel, called a task force by one outlet and a committee by
        another). Two bodies named in full with the noun leave the bare one to neither."""
        bare: list[str] = []
        named: dict[str, set[str]] = defaultdict(set)  # head noun -> keys named in full
        for key in [*(org_key(n) for n, k in speakers if k not in _NOT_BODIES), *self.orgs]:
            if _BARE_BODY.match(key):
                if key not in bare:
                    bare.append(key)
                continue
            full = _NAMED_BODY.match(key)
            if full:
                named[full.group(1)].add(key)
        for key in bare:
            head = _NAMED_BODY.match(f"x {key}").group(1)  # type: ignore[union-attr]
            if named:
                if len(named.get(head, ())) == 1:
                    self._bodies[key] = next(iter(named[head]))
            elif key != bare[0]:
                self._bodies[key] = bare[0]

    def _know_described(self, speakers: list[tuple[str, str | None]]) -> None:
        """An organisation named by a description in lower case, its head noun one that names
        organisations ("the rifle association", "the review board", "the department"), is
        the one organisation the coverage names with capitals whose name ends in those words
        ("National Rifle Association", "Accountability Review Board", "Justice Department"):
        an outlet that names it only so is the same body. Two such names ("Justice
        Department", "State Department") leave it to neither; a collective noun alone
        ("police said") names no one body."""
        for name, kind in speakers:
            if kind != "organization" or not name or not name[:1].islower():
                continue
            key = org_key(name)
            words = key.split()
            if not words or key in self._bodies or words[-1] not in lexicon.ORGANIZATION_WORDS:
                continue
            if len(words) == 1 and words[0] not in _ORG_HEADS.split("|"):
                continue
            named = [k for k in self._proper if k.endswith(f" {key}")]
            if len(named) == 1:
                self._described[key] = named[0]

    def _masthead(self, key: str) -> str | None:
        """The one newspaper of the coverage a masthead's last word names: "the Journal" after
        "The Wall Street Journal", "the Post"; none beside two ("Washington Post", "New York
        Post")."""
        if key not in lexicon.NEWSPAPER_WORDS:
            return None
        named = [k for k in self.orgs if k.endswith(f" {key}")]
        return named[0] if len(named) == 1 else None

    def name_groups(self, totals: Iterable[tuple[str, str | None, int]]) -> None:
        """Read how often the coverage's statements give each organisation or group each of its
        names (speaker name, kind, statements), before naming any: one goes by the name its
        statements carry most ("House Republicans" eight times over the party's "GOP" once),
        not the first its documents tag (an acronym a document ties to it still names it)."""
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        written: dict[str, Counter[str]] = defaultdict(Counter)  # a group's names as printed
        for name, kind, statements in totals:
            if not name or kind in ("person", "document"):
                continue
            key = self._org_key(name, kind)
            if key != self._org_key(name, kind, for_body=False):
                continue  # "FBI officials" speak for the FBI, and never name it
            if org_key(name) in self._described or org_key(name) in self._truncated:
                continue  # "the rifle association" never names the NRA
            if org_key(name) in self._teams:
                continue  # "the Romney team" is the Romney campaign, by that name
            if key and key not in self.aliases:
                if kind in ("group", "anonymous") and key not in self._apart.values():
                    written[key][name.strip()] += statements
                    name = _QUANTIFIER.sub("", name.strip()) or name
                counts[key][name] += statements
        for key, names in counts.items():
            best = max(names, key=lambda n: (names[n], len(n.split())))
            # a few of a group ("some legal experts"), where no article names it otherwise,
            # are shown as a few of it: the group itself would say more than the text
            few_only = sum(written[key].values()) == sum(names.values())
            if few_only and all(_some_of(n) for n in written[key]):
                few = max(written[key], key=lambda n: written[key][n])
                names[few] = names.pop(best)
                best = few
            if names[best] > names.get(self.orgs.get(key, ""), 0):
                self.orgs[key] = best

    def _org_key(self, name: str, kind: str | None = None, for_body: bool = True) -> str:
        if kind in ("group", "anonymous") and self._apart:
            apart = self._apart.get(_apart_name(name))
            if apart is not None:
                return apart  # "some Republicans" beside "Republicans" in one article
        key = document_key(name) if kind == "document" else org_key(name)
        if kind == "document":
            key = self._documents.get(key, key)
        else:
            key = self._bodies.get(key, key)
            key = self._described.get(key, key)
            key = self._truncated.get(key, key)
            key = self._teams.get(key, key)
            key = self._masthead(key) or key
            key = self._untitled_owners(name, key)
        if kind in ("group", "anonymous"):
            key = self._groups.get(key, key)
            body = _OFFICIALS.fullmatch(key) if for_body else None
            if body and (body.group(1) in self.aliases or body.group(1) in self.orgs):
                key = body.group(1)  # "FBI officials" speak for the FBI
        return key

    def _untitled_owners(self, name: str, key: str) -> str:
        """A group's or a body's key with the courtesy title of whose it is left out, where
        that surname is one person of the coverage and the title fits their sex: the Times'
        "Mr. Sanders's supporters" are the Post's "some Sanders supporters", "aides to Mrs.
        Pelosi" "aides to Pelosi"; "Mr. Clinton's aides" beside Bill and Hillary Clinton keep
        the title, and so the Clinton the text says."""
        for found in _TITLED_OWNER.finditer(name):
            title, surname = found.group(1).casefold(), found.group(2)
            people = self.by_word.get(fold(surname), set())
            if len(people) != 1:
                continue
            (one,) = people
            if self.sex[one] not in (None, lexicon.WORD_SEX.get(title)):
                continue
            key = re.sub(rf"(?:^|(?<= )){title} (?={re.escape(org_key(surname))}\b)", "", key)
        return key

    def _organisation(self, name: str, kind: str | None = None) -> str:
        key = self._org_key(name, kind)
        if not key:
            return name
        found = self.aliases.get(key) or self.orgs.get(key)
        if found is None:
            shown = name
            if kind in ("group", "anonymous") and key not in self._apart.values():
                shown = _QUANTIFIER.sub("", name.strip())
            found = self.orgs[key] = shown or name
        return found


# What follows a group's head noun: "of", "in" or "from" say whose or of what they are
# ("critics of birthright citizenship", "Democrats in the Senate"); the rest where, when or how
# ("lawmakers at the scene", "Republicans critical of the plan", "voters who …").
_AFTER_HEAD = re.compile(r" (of|in|from|at|on|for|with|who|that|critical|close|opposed) ")
_WHOSE = frozenset({"of", "in", "from"})
_PARTY_WORDS = {"gop": "republican", "republicans": "republican", "democratic": "democrat"}
# How many of a group spoke, where it says they are all of it ("all 42 Senate Republicans").
_WHOLE = re.compile(r"^(?:all|all \d+)$")


# Quantifiers that name a few of a group, set against the rest: "some Republicans", "several
# senior Democrats". "Many", "most", "numerous" and "a majority of" name the bulk of it, what
# the group itself holds ("many Democrats considered it unacceptable"), and "all" the whole.
_FEW = re.compile(r"^(?:some|several|a few|a handful of|a number of)(?= )", re.IGNORECASE)


def _some_of(name: str) -> bool:
    """A few of a group, by a quantifier that sets them against the rest: "some Republicans",
    "several senior Democrats"; not "many Democrats", "all 42 Senate Republicans", nor
    "Republicans"."""
    found = _QUANTIFIER.match(name.strip())
    return found is not None and _FEW.match(found.group(0)) is not None


def _apart_name(name: str) -> str:
    """A group's name as printed, folded: "Some Republicans" is "some republicans"."""
    return re.sub(r"\s+", " ", name.strip().replace("’", "'").casefold())


@dataclass(frozen=True, slots=True)
class _GroupForm:
    head: str  # the head noun, in the singular
    words: frozenset[str]  # every content word, in the singular
    whose: bool  # what follows the head says whose or of what they are, or nothing does
    part: bool  # "several candidates", "some Democrats": some of them


def _folded_word(word: str) -> str:
    word = _PARTY_WORDS.get(word, word)
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _group_words(name: str) -> _GroupForm:
    """A group's name read for nesting: its head noun and content words as printed, each in
    the singular, a party's name and adjective as one word: "conservatives in the House" ->
    (conservative, {conservative, house}); "all 42 Senate Republicans" -> (republican,
    {senate, republican}); "members of the GOP caucus" -> (republican, {republican})."""
    text = name.strip().replace("’", "'").casefold()
    text = re.sub(r"'s\b|'\B", "", text)
    text = re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text.replace(".", ""))).strip()
    text = re.sub(r"^the ", "", text)
    quantifier = _QUANTIFIER.match(text)
    part = quantifier is not None and not _WHOLE.match(quantifier.group(0).split(" of")[0].strip())
    text = _caucus(_ALL_SIDES.sub("", _QUANTIFIER.sub("", text)))
    party = _party_members(text)
    if party:  # "GOP senators" are "Senate Republicans", "Republicans in the House" House ones
        text = " ".join(w for w in (party[1], party[0]) if w)
    found = _AFTER_HEAD.search(f" {text} ")
    before = (text[: found.start()] if found else text).split()
    head = _folded_word(before[-1]) if before else ""
    words = frozenset(
        _folded_word(w) for w in text.split() if w not in _SMALL_WORDS and w not in _HONORIFICS
    )
    # a group named by whom it stands beside ("fellow Democrats", "his fellow GOP lawmakers")
    # is theirs, no longer name of the party's
    whose = (found is None or found.group(1) in _WHOSE) and "fellow" not in words
    return _GroupForm(head, words, whose, part)


_SMALL_WORDS = frozenset("of for the and on in to at".split())
# Words that open a phrase saying which document a name is: "to the Constitution", "of 2010".
_QUALIFYING = frozenset("to of on for from by in about".split())
# Words that set a document against another one: "its own resolution", "another review".
_CONTRASTED = frozenset("own another other second its their his her our".split())
_DEMONSTRATIVES = frozenset("this that these those".split())
# The share of the shorter one's content words two statements hold in common to be one said
# twice (a quote one outlet cuts short), and at least so many words.
_SAME_SAID = 0.5
_SAID_WORDS = 4


def _content_words(content: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"\w+", content.casefold()) if len(w) > 3)


def _said_alike(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two statements' content words, one said twice (a quote one outlet cuts short)."""
    return len(a & b) >= max(_SAID_WORDS, _SAME_SAID * min(len(a), len(b)))


def _figures_said(content: str) -> frozenset[str]:
    """The numbers a statement gives ("46 percent to 44 percent" -> 46, 44; "$43,885,310")."""
    return frozenset(n.replace(",", "") for n in re.findall(r"\d[\d,]*(?:\.\d+)?", content))


# One kind of document by another of its nouns: a poll is a survey, an ad an advertisement.
_DOCUMENT_KINDS = {"survey": "poll", "advertisement": "ad", "commercial": "ad"}
# What any document is: "documents" of the Clintons' taxes are their tax returns.
_ANY_DOCUMENT = frozenset("document record paper".split())
# Words that date a document or set it after another: "a survey … in March", "last year's
# poll", "an earlier report".
_DATED = frozenset([*MONTHS, *WEEKDAYS, *"earlier previous prior last past first next".split()])


@dataclass(frozen=True, slots=True)
class _DocumentForm:
    kind: str  # the head noun, one of a kind's nouns for all: "survey" is "poll"
    plural: bool | None  # printed in the plural; None where the plural is one document too
    issuers: tuple[str, ...]  # the capitalised words that say whose it is, folded
    joint: bool  # of two owners or more ("NBC News/WSJ poll")
    shown: str  # the name, less its article

    def number_agrees(self, other: _DocumentForm) -> bool:
        return None in (self.plural, other.plural) or self.plural == other.plural


def _document_form(name: str) -> _DocumentForm | None:
    """A document's name read for whose and what kind it is: "the new PPIC poll" -> (poll,
    singular, (ppic,)); "poll by the Public Policy Institute of California" -> (poll,
    singular, (public, policy, institute, california)); "tax returns" -> (return, either,
    ()). None for a name that sets it against another, dates it, or says which by a phrase
    other than its issuer's name."""
    key = document_key(name)
    words = key.split()
    cut = next((i for i, w in enumerate(words) if w in _QUALIFYING), len(words))
    if not cut or (cut < len(words) and words[cut] != "by"):
        return None
    if set(words) & (_CONTRASTED | _DEMONSTRATIVES | _DATED) or re.search(r"\d", key):
        return None
    head = words[cut - 1]
    if head not in lexicon.DOCUMENT_NOUNS:
        return None
    printed = re.split(r"\s+|/", _without_article(name).replace("’", "'"))
    issuers = []
    for i, word in enumerate(printed):
        bare = re.sub(r"'s?$|\.", "", word)
        if not bare[:1].isupper() or fold(bare) == head or fold(bare) in _SMALL_WORDS:
            continue
        capital_next = i + 1 < len(printed) and printed[i + 1][:1].isupper()
        if i == 0 and not (bare.isupper() or word != bare or capital_next) and _common(bare):
            continue  # "Recent polls", "Video": a sentence's first word, not "Monmouth poll"
        issuers.append(fold(bare))
    plural = org_key(name).split()[cut - 1] != head
    either = f"{head}s" in lexicon.DOCUMENT_NOUNS
    return _DocumentForm(
        _DOCUMENT_KINDS.get(head, head),
        None if either else plural,
        tuple(issuers),
        "/" in name,
        _without_article(name),
    )


# A word this common in English (wordfreq's Zipf scale: "recent" 5.0, "latest" 4.9; "Gallup"
# 3.1, "Monmouth" 3.1) is no issuer's name as a sentence's first word.
_COMMON_WORD = 4.0


def _common(word: str) -> bool:
    return zipf_frequency(word.lower(), "en") >= _COMMON_WORD


def _issuers_agree(x: _DocumentForm, y: _DocumentForm) -> bool:
    """Whose two documents are agree: one says none, one's words are all the other's
    ("Quinnipiac poll", "Quinnipiac University poll"), or one is the other's initials ("PPIC",
    "Public Policy Institute of California"); a joint document's owners are all its own ("CBS
    News poll" is not the "New York Times/CBS News poll")."""
    a, b = x.issuers, y.issuers
    if not a or not b:
        return True
    if x.joint or y.joint:
        return set(a) == set(b)
    if set(a) <= set(b) or set(b) <= set(a):
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) == 1 and short[0] == "".join(w[0] for w in long_)


def _owners(name: str) -> tuple[str, tuple[tuple[str, ...], ...]] | None:
    """A document's head noun and the names before it that say whose it is, as their words:
    "the national NBC/WSJ poll" -> (poll, ((NBC,), (WSJ,))); None without such names."""
    words = _without_article(name).split()
    if len(words) < 2 or not words[-1][:1].islower():
        return None
    head = document_key(words[-1])
    parts = re.split(r"\s*/\s*|(?<=[a-z])-(?=[A-Z])", " ".join(words[:-1]))
    owners = tuple(tuple(w for w in part.split() if w[:1].isupper()) for part in parts)
    if not owners or not all(owners) or any(re.search(r"['’]", w) for o in owners for w in o):
        return None
    return head, owners


def _owners_agree(a: tuple[tuple[str, ...], ...], b: tuple[tuple[str, ...], ...]) -> bool:
    """Two or more owners named alike, in order: the same words, the initials of the other's
    ("WSJ", "Wall Street Journal") or its first words ("NBC", "NBC News"). One owner alone
    says too little: "the Trump memo" may be the Trump Organization's or the campaign's."""
    if len(a) != len(b) or len(a) < 2:
        return False
    for x, y in zip(a, b, strict=True):
        short, long_ = sorted((x, y), key=len)
        initials = "".join(w[0] for w in long_).upper()
        if not (
            long_[: len(short)] == short
            or (len(short) == 1 and len(long_) > 1 and short[0].replace(".", "") == initials)
        ):
            return False
    return True


def _acronyms(name: str) -> set[str]:
    """An organisation's name as its acronym would spell it, with and without its small
    words: "Federal Bureau of Investigation" -> FBI, FBOI; "Department of Justice" -> DJ,
    DOJ."""
    words = [w for w in re.split(r"[\s\-]+", name.replace("&", " and ")) if w[:1].isalpha()]
    if len(words) < 3 and not any(w.lower() in _SMALL_WORDS for w in words):
        return set()
    every = "".join(w[0] for w in words).upper()
    big = "".join(w[0] for w in words if w.lower() not in _SMALL_WORDS).upper()
    return {every, big}


def _spelled_out(names: list[str]) -> dict[str, str]:
    """The acronyms of the coverage ("CBO", "N.A.A.C.P.") that are the initials of the one
    organisation it names in full ("Congressional Budget Office"), where no document tied
    them: three letters or more, and never two organisations with the same initials."""
    spelled: dict[str, list[str]] = defaultdict(list)
    for name in names:
        bare = _without_the(name)
        for initials in _acronyms(bare):
            if len(initials) >= 3 and bare not in spelled[initials]:
                spelled[initials].append(bare)
    found = {}
    for name in names:
        acronym = name.replace(".", "")
        if _ACRONYM.fullmatch(name) and len(acronym) >= 3:
            full = spelled.get(acronym, [])
            if len(full) == 1:
                found[name] = full[0]
    return found


# A country's name is no organisation's name cut short ("United States Senate").
_COUNTRIES = frozenset(
    {
        "united states",
        *map(str.casefold, lexicon.CAPITALS.values()),
        *map(str.casefold, lexicon.DEMONYMS.values()),
    }
)


def _cut_short(names: list[str]) -> dict[str, str]:
    """The organisations' names of the coverage that are another's cut short (key -> the full
    name's key): every word of a proper name of two words or more opens the one longer name
    that goes on in capitalised words ("Secure America" in Fox, "Secure America Now" in Fox
    and HuffPost; "Senate Foreign Relations" and the "Senate Foreign Relations Committee"); a
    broadcaster by its letters is its news ("ABC" beside "ABC News").
    Never a body that belongs to it ("White House Counsel's Office", "Justice Department's
    Community Relations Service"), a joint name ("NBC News/Wall Street Journal"), a
    newspaper named after a place ("New York Times"), an acronym after it ("Capitol Police
    MVP"), nor a country ("United States Senate")."""
    printed = {org_key(n): n.strip() for n in names}
    ordered = sorted(printed)
    found: dict[str, str] = {}
    for key, name in printed.items():
        words = _without_the(name).split()
        broadcaster = len(words) == 1 and _ACRONYM.fullmatch(words[0]) is not None
        if broadcaster:  # "ABC" beside "ABC News": the network by its letters
            if f"{key} news" in printed:
                found[key] = f"{key} news"
            continue
        if len(words) < 2 or not all(w[:1].isupper() for w in words) or key in _COUNTRIES:
            continue
        # the keys that go on from this one, found in the sorted keys (no scan per name)
        prefix = f"{key} "
        at = bisect_left(ordered, prefix)
        longer = [k for k in ordered[at : at + 2] if k.startswith(prefix)]
        if len(longer) != 1:
            continue
        full = _without_the(printed[longer[0]])
        if re.search(r"['’]|/|&|\band\b", full) or not full.casefold().startswith(
            " ".join(words).casefold() + " "
        ):
            continue  # "Tea Partiers" read as "Tea Party members", "Office of Special Counsel"
        extra = full.split()[len(words) :]
        if (
            not extra
            or not all(w[:1].isupper() and not w.isupper() for w in extra)
            or extra[-1].casefold() in lexicon.NEWSPAPER_WORDS
        ):
            continue
        found[key] = longer[0]
    return found


def _surname_like(parsed: PersonName) -> bool:
    """Two name words that may be a surname of two words printed alone: the first a particle
    ("Van Hollen") or no census or nickname given name ("Todd Jealous" is not Benjamin Todd
    Jealous's surname), nor an initial ("W. Bush" is not George H. W. Bush's)."""
    first = parsed.words[0]
    if parsed.suffix or parsed.middles or len(parsed.words) != 2 or _is_initial(first):
        return False
    return not _listed_given_name(first) or _particle(first)


def _compound_surnames(
    full: dict[tuple[str, ...], PersonName],
    namesakes: Callable[[list[str]], Iterable[Iterable[str]]] | None = None,
) -> list[tuple[str, ...]]:
    """The two-word names of the coverage that are the last two words of a longer name in it
    ("Wasserman Schultz" beside "Debbie Wasserman Schultz"): a surname, not a person. Not where
    one article names it beside the longer name's person called by the last word alone, as
    two people (`namesakes`), and that name has four words or more: "Seddique Mateen" beside
    "Omar Mateen" is the father of "Omar Mir Seddique Mateen", whose surname is "Mateen" (a
    father's given name before the family name, as Afghan and Arab names carry it). A
    three-word name's one middle word goes with the surname, a maiden name or a first
    surname: "Rodham Clinton" beside "Hillary Clinton" is still Hillary Rodham Clinton."""
    tails = {key[-3:-1] for key in full if len(key) > 3}
    found = [key for key, p in full.items() if key[:-1] in tails and _surname_like(p)]
    if not found or namesakes is None:
        return found
    apart: set[tuple[str, ...]] = set()
    for names in namesakes(sorted({full[key].surname for key in found})):
        printed = {_name_key(n): n for n in map(person_name, names) if n is not None and n.given}
        for key in found:
            if key in printed and any(
                _named_without(other, key, full) for k, other in printed.items() if k != key
            ):
                apart.add(key)
    return [key for key in found if key not in apart]


# A capitalised word this common in English that no list knows as a given name is a word
# of description before a name, not the name's first word ("billionaire" 3.8, "democrat" 4.2;
# given names the lists lack: "Mitt" 3.3, "Beto" 2.8). Set between the two on the corpus's
# names, not on any story.
_DESCRIBING_WORD = 3.5


def _described_names(full: dict[tuple[str, ...], PersonName]) -> list[tuple[str, ...]]:
    """The names of the coverage that are another full name of it with a word of description
    glued before it, capitalised as a sentence's first word: "Billionaire Donald Trump" beside
    "Donald Trump", "Democrat Hillary Clinton" beside "Hillary Clinton". The word is no given
    name of the census or nickname lists, nor an initial, and is common in English in lower
    case; the rest is a full name the coverage prints alone, with the same suffix. Such a name
    is no person of its own: `People.person` reads it as the name after its title ("Minority
    Whip Steve Scalise"). A given name before a known name ("Mary Anne Smith" beside "Anne
    Smith"), a rare word ("Tipper Gore") and a word of another name of the coverage ("Trump
    Ted Cruz", a list that lost its comma; a code reviewer's near-miss) stay names."""
    found = []
    # the words of the coverage's names printed alone: a word of description is none of them
    named = {w for k, parsed in full.items() if len(parsed.words) < 3 for w in k[:-1]}
    for key, parsed in full.items():
        first = parsed.words[0]
        if len(parsed.words) < 3 or key[1:] not in full or _is_initial(first):
            continue
        if not first[:1].isupper() or _listed_given_name(first):
            continue
        if fold(first) in named:
            continue  # "Trump Ted Cruz" (a list that lost its comma): a name's word, no title
        if zipf_frequency(first.lower(), "en") >= _DESCRIBING_WORD:
            found.append(key)
    return found


def _listed_given_name(word: str) -> bool:
    """A given name of the census or nickname lists."""
    return given_name_listed(word) or fold(word) in _given_names()


def _name_key(parsed: PersonName) -> tuple[str, ...]:
    return (*(fold(w) for w in parsed.words), parsed.suffix or "")


def _named_without(
    other: PersonName, tail: tuple[str, ...], full: dict[tuple[str, ...], PersonName]
) -> bool:
    """`other` is a person of the coverage whose name of four words or more ends in `tail`,
    printed with the tail's last word for surname and without its first: "Omar Mateen" for
    "Omar Mir Seddique Mateen" beside the tail "Seddique Mateen"."""
    if fold(other.surname) != tail[-2] or tail[0] in {fold(w) for w in other.words}:
        return False
    return any(
        len(longer.words) > 3 and key[-3:-1] == tail[:-1] and same_person(other, longer)
        for key, longer in full.items()
    )


def _people(
    keys: list[tuple[str, ...]], full: dict[tuple[str, ...], PersonName], one_generation: bool
) -> list:
    """Full names sharing a surname, grouped into people: names that all agree are one; where
    two disagree, each joins the one group it agrees with, and a name agreeing with two groups
    ("George Bush" beside George W. and George H. W. Bush) stays alone."""
    if len(keys) < 2:
        return [keys] if keys else []
    agree = {
        (a, b): same_person(full[a], full[b], one_generation) for a in keys for b in keys if a < b
    }

    def agrees(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
        return a == b or agree[(a, b) if a < b else (b, a)]

    if all(agree.values()):
        return [keys] if keys else []
    # the names with a disagreement first, most specific first, each into the first group it
    # agrees with entirely
    disputed = [k for k in keys if any(not agrees(k, o) for o in keys)]
    disputed.sort(key=lambda k: (-len(full[k].words), k))
    groups: list[list[tuple[str, ...]]] = []
    for key in disputed:
        for group in groups:
            if all(agrees(key, other) for other in group):
                group.append(key)
                break
        else:
            groups.append([key])
    for key in keys:
        if key in disputed:
            continue
        fitting = [g for g in groups if all(agrees(key, other) for other in g)]
        if len(fitting) == 1:
            fitting[0].append(key)
        else:
            groups.append([key])
    return groups
