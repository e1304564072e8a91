"""One person across outlets and in the whole store (merge/people.py): names read into their
parts, the rules that join two names and the ones that keep two people apart, and the same
identity in a store: two articles in, one speaker out, or two."""

from __future__ import annotations

import pytest

from whatweknow import Store, clean, run
from whatweknow.brief import build
from whatweknow.merge.people import People, org_key, person_name, same_person
from whatweknow.model import Article, Entity, Extraction, Speaker, Statement

from .conftest import RUBIN_SPEECH


@pytest.mark.parametrize(
    ("text", "given", "middles", "surname", "suffix"),
    [
        ("Donald J. Trump", "Donald", ("J.",), "Trump", None),
        ("Donald Trump Jr.", "Donald", (), "Trump", "jr"),
        ("Donald Trump, Jr.", "Donald", (), "Trump", "jr"),
        ("Robert S. Mueller III", "Robert", ("S.",), "Mueller", "iii"),
        ("House Speaker Nancy Pelosi, D-Calif.", "Nancy", (), "Pelosi", None),
        ("Sen. Chuck Schumer (D-N.Y.)", "Chuck", (), "Schumer", None),
        ("House Majority Leader Steny Hoyer", "Steny", (), "Hoyer", None),
        ("Secretary of State John Kerry", "John", (), "Kerry", None),
        ("Director of National Intelligence James Clapper", "James", (), "Clapper", None),
        ("White House press secretary Sarah Sanders", "Sarah", (), "Sanders", None),
        ("Obama campaign aide Robert Gibbs", "Robert", (), "Gibbs", None),
        ("Marijuana Industry Group's Mike Elliott", "Mike", (), "Elliott", None),
        ("Mitch McConnell, Republican of Kentucky", "Mitch", (), "McConnell", None),
        ("Senator Susan Collins of Maine", "Susan", (), "Collins", None),
        # a place of two words after or before a name is no part of it (NYT and Breitbart,
        # PolNeAR train 2015-16); "State" after a title's "of" is the office's, not a place
        ("Gov. Chris Christie of New Jersey", "Chris", (), "Christie", None),
        ("New Jersey Gov. Chris Christie", "Chris", (), "Christie", None),
        ("Republican South Carolina Sen. Lindsey Graham", "Lindsey", (), "Graham", None),
        ("Secretary of State Clinton", None, (), "Clinton", None),
        ("President-elect Donald Trump", "Donald", (), "Trump", None),
        ("Kevin de León", "Kevin", (), "de León", None),
        ("Chris Van Hollen", "Chris", (), "Van Hollen", None),
        ("Paul D Ryan", "Paul", ("D",), "Ryan", None),  # "D" is an initial, not "d'"
        ("President Trump", None, (), "Trump", None),
        ("Pelosi’s", None, (), "Pelosi", None),
        ("Trump Jr.", None, (), "Trump", "jr"),
        # a title in the plural before joined names is each one's (NYT and HuffPost, 2010-11)
        ("Justices Kennedy", None, (), "Kennedy", None),
        ("U.S. Reps. John Lewis", "John", (), "Lewis", None),
        ("Sens. John McCain", "John", (), "McCain", None),
        # a lowercase noun the news describes people by, which no title list has (HuffPost
        # and The Western Journal, PolNeAR train 2015-16)
        ("GOP presidential contender Ben Carson", "Ben", (), "Carson", None),
        ("the retired neurosurgeon Ben Carson", "Ben", (), "Carson", None),
        ("Star Jones", "Star", (), "Jones", None),  # capitalised: a name, no role
        # two roles joined by "and" before one name (HuffPost 2015; BASIL d16050b3)
        (
            "GOP presidential contender and former neurosurgeon Ben Carson",
            "Ben",
            (),
            "Carson",
            None,
        ),
        ("celebrity photographer and director Tyler Shields", "Tyler", (), "Shields", None),
        # a title word that ends a name opened by a given name is its surname: "Rep. Steve
        # King (R-Iowa)" was no person, never the "Steve King" of another outlet (BASIL
        # c99adbdd); "King Abdullah" keeps the title
        ("Rep. Steve King (R-Iowa)", "Steve", (), "King", None),
        ("Martin Luther King Jr.", "Martin", ("Luther",), "King", "jr"),
        ("Mark Judge", "Mark", (), "Judge", None),
        ("King Abdullah", None, (), "Abdullah", None),
        (
            "Democratic presidential front-runner and former secretary of state Hillary Clinton",
            "Hillary",
            (),
            "Clinton",
            None,
        ),
    ],
)
def test_a_name_is_read_into_its_parts(text, given, middles, surname, suffix):
    name = person_name(text)
    assert name is not None
    assert (name.given, name.middles, name.surname, name.suffix) == (
        given,
        middles,
        surname,
        suffix,
    )


@pytest.mark.parametrize(
    "text",
    [
        "a spokesman for Tim Kaine",  # someone else, related to the name
        "Kaine's spokesman",
        "an aide to Sen. Tim Kaine",
        "spokesperson for Vice President Mike Pence",
        "White House aides and allies of Mr. Trump",
        "critics like Mr. Carafano",
        "Nancy Pelosi and Chuck Schumer",  # two people
        "U.S. Reps. John Lewis, Andre Carson and Emanuel Cleaver",
        "mayor of Hoboken",  # a role and a place
        # a role "of" a place of two words or more: its last word is no surname (USA Today,
        # Politico, NYT and Fox, PolNeAR train and story gold 2015-16)
        "The attorney general of the state of New York",
        "the former Republican mayor of New York",
        "the former mayor of New York City",
        "a two-term governor of New Mexico",
        "governor of New Jersey",
        "first minority governor of South Carolina.",
        "Eastern District of New York.",
        "the senator",
        "Freedom’s Lighthouse",
        "last September’s",
        "his son Hunter",  # a role noun before one word: a given name or a surname
        "the mayor and Gov. Jerry Brown",  # two roles, two people
        "lawmakers and former governor Jerry Brown",
        "Sen. Bob Smith and aide Jane Doe",
        "an aide to Sen. Bob Smith and former adviser Jane Doe",
        # a definite description before "and", or a relation to someone after it: two
        "the president and first lady Michelle Obama",
        "the mayor and his wife Jane Doe",
        "the senator and aide Jane Doe",
        "president and first lady Michelle Obama",
        "mayor and wife Jane Doe",
        "Mr. President",  # a title after a title
        "Burger King",  # no given name before the title word
    ],
)
def test_a_relation_a_list_or_a_role_is_no_one_s_name(text):
    assert person_name(text) is None


@pytest.mark.parametrize(
    ("speaker", "shown"),
    [
        # USA Today 2016-06-07 (PolNeAR train): shown as a person named "York" before
        (
            "The attorney general of the state of New York",
            "The attorney general of the state of New York",
        ),
        ("the mayor of New York", "the mayor of New York"),
        # a name beside the office and its place is the speaker (NYT 2015-11-17)
        ("Gov. Chris Christie of New Jersey", "Chris Christie"),
        ("Secretary of State John Kerry", "John Kerry"),
    ],
)
def test_an_office_of_a_place_of_two_words_names_no_one_by_the_place(speaker, shown):
    assert People([]).canonical(speaker, "person") == shown


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Donald J. Trump", "Donald Trump", True),  # a middle initial
        ("Donald John Trump", "Donald J. Trump", True),
        ("Chuck Schumer", "Charles E. Schumer", True),  # nicknames, from the nicknames list
        ("Dick Durbin", "Richard J. Durbin", True),
        ("Bob Goodlatte", "Robert W. Goodlatte", True),
        ("Mike Elliott", "Michael Elliott", True),
        ("Liz Cheney", "Elizabeth Cheney", True),
        ("Kristen Gillibrand", "Kirsten Gillibrand", True),  # two letters swapped
        ("Vincente Fox", "Vicente Fox", True),  # one letter too many
        ("K. Michael Conaway", "Michael Conaway", True),  # goes by his middle name
        ("Raúl R. Labrador", "Raul Labrador", True),  # accents
        ("Terry O’Neill", "Terry O'Neill", True),
        ("Donald Trump Jr.", "Donald Trump", False),  # a generational suffix
        ("Robert S. Mueller III", "Robert S. Mueller", False),
        ("Duncan Hunter", "Margaret Hunter", False),  # two given names
        ("Donald Trump", "Ivanka Trump", False),
        ("Dick Cheney", "Liz Cheney", False),
        ("George H. W. Bush", "George W. Bush", False),  # middle names that disagree
        ("Dan Smith", "Don Smith", False),  # too short for a typo
        ("Karen Bass", "Sharon Bass", False),
    ],
)
def test_two_full_names_are_one_person_or_two(a, b, same):
    assert same_person(person_name(a), person_name(b)) is same
    assert same_person(person_name(b), person_name(a)) is same


def _people(*names: str) -> People:
    return People([{"type": "person", "name": n} for n in names])


def test_a_surname_joins_a_full_name_only_when_one_person_has_it():
    people = _people("Nancy Pelosi", "Duncan Hunter", "Margaret Hunter", "Donald Trump")
    assert people.canonical("Pelosi", "person") == "Nancy Pelosi"
    assert people.canonical("Speaker Pelosi", "person") == "Nancy Pelosi"
    assert people.canonical("Hunter", "person") == "Hunter"  # Duncan or Margaret: not guessed
    assert people.canonical("Rep. Duncan Hunter", "person") == "Duncan Hunter"
    assert people.canonical("Trump Jr.", "person") == "Trump Jr."  # no Jr. in the coverage


@pytest.mark.parametrize(
    ("team", "joined"),
    [
        ("the Romney team", True),  # HuffPost beside NYT's "the Romney campaign" (BASIL 2012)
        ("Romney's team", True),
        ("the Romney campaign team", True),
        ("the president's team", False),  # whose, in no name
        ("his team", False),
        ("Mr. Trump's team", False),  # no Trump campaign in the coverage
    ],
)
def test_a_candidate_s_team_is_the_campaign_the_coverage_names(team, joined):
    people = People(
        [
            {"type": "person", "name": "Mitt Romney"},
            {"type": "person", "name": "Donald Trump"},
            {"type": "organization", "name": "Romney campaign"},
        ]
    )
    speakers = [(team, "group"), ("the Romney campaign", "organization")]
    people.know_groups(speakers)
    people.name_groups([(n, k, 1) for n, k in speakers])
    campaign = people.canonical("the Romney campaign", "organization")
    assert (people.canonical(team, "group") == campaign) is joined


@pytest.mark.parametrize(
    ("printed", "other", "joined"),
    [
        # the Times and the Post on Sanders after the California primary, June 2016 (PolNeAR
        # train): the Times' "Mr. Sanders's supporters" beside the Post's "some Sanders
        # supporters", one group, split in two speakers at a08d640
        ("Mr. Sanders's supporters", "some Sanders supporters", True),
        ("Mr. Sanders's backers", "Sanders supporters", True),  # the Times and Politico, 2016
        ("Mr. Rubio's advisers", "Rubio advisers", True),  # the Times' style for Rubio's
        ("aides to Mr. Rubio", "aides to Rubio", True),
        ("Many of Ms. Tlaib's new colleagues", "Many of Tlaib's new colleagues", True),
        # "Mrs. Clinton" beside Bill and Hillary Clinton says which; the bare name does not
        ("Mrs. Clinton's aides", "Clinton aides", False),
        ("Mr. Clinton's admirers", "Clinton admirers", False),
        ("Mr. Obama's aides", "Obama aides", False),  # the coverage's one Obama is Michelle
        ("Mr. Smith's supporters", "Smith supporters", False),  # no Smith in the coverage
        ("Mr. Sanders's supporters", "Rubio supporters", False),
    ],
)
def test_a_courtesy_title_before_whose_a_group_is_names_no_other_group(printed, other, joined):
    people = People(
        [
            {"type": "person", "name": "Bernie Sanders"},
            {"type": "person", "name": "Marco Rubio"},
            {"type": "person", "name": "Rashida Tlaib", "gender": "female"},
            {"type": "person", "name": "Hillary Clinton", "gender": "female"},
            {"type": "person", "name": "Bill Clinton", "gender": "male"},
            {"type": "person", "name": "Michelle Obama", "gender": "female"},
        ]
    )
    speakers = [(printed, "group"), (other, "group")]
    people.know_groups(speakers)
    people.name_groups([(n, k, 1) for n, k in speakers])
    same = people.canonical(printed, "group") == people.canonical(other, "group")
    assert same is joined


def test_a_person_described_by_two_roles_before_the_name_joins_the_name():
    # HuffPost and USA Today on Ben Carson's biography, 2015 (PolNeAR train): HuffPost's
    # "GOP presidential contender and former neurosurgeon Ben Carson responded on Sunday …"
    # was a speaker of its own beside both outlets' "Ben Carson"
    people = _people("Ben Carson", "George Stephanopoulos")
    printed = "GOP presidential contender and former neurosurgeon Ben Carson"
    assert people.canonical(printed, "person") == "Ben Carson"
    assert people.canonical(printed, "group") == "Ben Carson"  # "and" read as two by the tagger
    assert people.canonical("the mayor and Gov. Ben Carson", "person") != "Ben Carson"


@pytest.mark.parametrize(
    ("printed", "member"),
    [
        ("the president and first lady Michelle Obama", "Michelle Obama"),
        ("the mayor and his wife Jane Doe", "Jane Doe"),
        ("the senator and aide Jane Doe", "Jane Doe"),
    ],
)
def test_a_described_person_and_another_named_after_and_stay_two(printed, member):
    # a reviewer's sentences on b4952c4: "the president" refers to someone already named,
    # "his wife", "first lady" and "aide" are a relation to him; the pair speaks, not one of
    # them (at 595a137 each stayed its own speaker)
    people = _people("Michelle Obama", "Barack Obama", "Jane Doe")
    for kind in ("group", "person"):
        assert people.canonical(printed, kind) != member


@pytest.mark.parametrize(
    "printed",
    [
        "GOP presidential contender and former neurosurgeon Jane Doe",
        "longtime friend and aide Jane Doe",  # a relation on both sides: one person
        "his wife and campaign manager Jane Doe",  # a possessive says whose, no one else
    ],
)
def test_two_roles_with_no_determiner_before_one_name_are_that_person(printed):
    people = _people("Jane Doe", "Barack Obama")
    assert people.canonical(printed, "group") == "Jane Doe"


@pytest.mark.parametrize(
    "printed",
    [
        "Nina Pelton and Chuck Schuman",
        "Chuck Schuman and Nina Pelton",  # the other outlet's order
        "Ms. Pelton and Mr. Schuman",
        "House Speaker Nina Pelton and Senate Democratic Leader Chuck Schuman",
        "Speaker Nina Pelton (D-Calif.) and Sen. Chuck Schuman (D-N.Y.)",
        "both Pelton and Schuman",
    ],
)
def test_people_who_speak_together_are_one_speaker_named_by_them(printed):
    # Fox and NYT on the 2019 emergency declaration (names changed): the pair is named by its
    # members' names, in one order, whatever the outlet prints; never one of its members
    people = _people("Nina Pelton", "Chuck Schuman", "Steny Hoyt")
    for kind in ("group", "person"):
        assert people.canonical(printed, kind) == "Nina Pelton and Chuck Schuman"
    assert people.resolve("Schuman and Pelton") == {"Nina Pelton and Chuck Schuman"}


def test_a_name_of_a_person_and_of_their_joint_statement_reaches_the_person():
    # BASIL 2058ec60 (names changed): "Samuel Alito" typed on the web app held every word of
    # both "Samuel A. Alito Jr." and the joint "Justices Kennedy and Samuel A. Alito Jr." and
    # reached neither; a member's name reaches the member, the pair's names the pair
    people = _people("Samuel A. Alito Jr.", "Anthony Kennedy")
    speakers = {
        "Samuel A. Alito Jr.": {"Alito"},
        "Samuel A. Alito Jr. and Anthony Kennedy": {"Justices Kennedy and Samuel A. Alito Jr."},
    }
    assert people.resolve("Samuel Alito", speakers) == {"Samuel A. Alito Jr."}
    assert people.resolve("Kennedy and Alito", speakers) == {
        "Samuel A. Alito Jr. and Anthony Kennedy"
    }


def test_a_joint_source_is_named_by_its_members_only_when_each_is_someone():
    people = _people("Andre Carlson", "John Lewes")
    # "U.S. Reps. John Lewes, Andre Carlson and Emanuel Cleve said" (HuffPost, 2010, names
    # changed): a full name the tagger took for an organisation is still a member
    assert (
        people.canonical("U.S. Reps. John Lewes, Andre Carlson and Emanuel Cleve", "group")
        == "Andre Carlson, Emanuel Cleve and John Lewes"
    )
    # not a list of bodies, nor a person with a group
    assert people.joint("Marriott, Apple and American Airlines") is None
    assert people.joint("Andre Carlson and other Democrats") is None
    assert people.joint("Andre Carlson and Mr. Carlson") is None  # one person twice


def test_a_surname_printed_without_its_elided_first_word_is_the_one_person_with_it():
    # Fox, 2019: "Rourke demanded Barr “release the full Mueller report …”" beside "former
    # Texas Rep. Beto O’Rourke" (names changed)
    people = _people("Liam O’Connell", "Kamala Harris")
    assert people.canonical("Connell", "person") == "Liam O'Connell"
    assert people.canonical("O’Connell", "person") == "Liam O'Connell"
    # a Connell named in full is another person: the bare surname is not guessed
    people = _people("Liam O’Connell", "Mary Connell")
    assert people.canonical("Connell", "person") == "Connell"
    assert people.canonical("Mary Connell", "person") == "Mary Connell"
    # nor is a full name without the elided word that person
    people = _people("Liam O’Connell", "Sean Connell")
    assert people.canonical("Sean Connell", "person") == "Sean Connell"


def test_a_surname_of_two_words_without_the_given_name_is_the_one_person_with_it():
    # "Rep. Wasserman Schultz said …" after "Rep. Debbie Wasserman Schultz (D-Fla.)";
    # "López Obrador" for Andrés Manuel López Obrador; "Van Hollen" for Chris Van Hollen
    people = _people(
        "Debbie Wasserman Schultz",
        "Andrés Manuel López Obrador",
        "Chris Van Hollen",
        "Benjamin Todd Jealous",
        "George H. W. Bush",
        "George W. Bush",
    )
    assert people.canonical("Rep. Wasserman Schultz", "person") == "Debbie Wasserman Schultz"
    assert people.canonical("Lopez Obrador", "person") == "Andrés Manuel López Obrador"
    assert people.canonical("Sen. Van Hollen", "person") == "Chris Van Hollen"
    # a middle name that is a given name, or an initial, is no surname's first word
    assert people.canonical("Todd Jealous", "person") == "Todd Jealous"
    assert people.canonical("W. Bush", "person") == "W. Bush"
    # two people whose names end so: neither
    people = _people("Debbie Wasserman Schultz", "Mark Wasserman Schultz")
    assert people.canonical("Wasserman Schultz", "person") == "Wasserman Schultz"


@pytest.mark.parametrize(
    ("articles", "tail", "shown"),
    [
        # BASIL 76810849 (Fox and HuffPost on the Orlando shooting, 2016): Fox names the
        # gunman "Omar Mir Seddique Mateen"; HuffPost names him "Omar Mateen" and, as another
        # man, his father "Seddique Mateen": a person, not the gunman's surname
        (
            [["Omar Mir Seddique Mateen"], ["Omar Mateen", "Seddique Mateen"]],
            "Seddique Mateen",
            "Seddique Mateen",
        ),
        # a three-word name's middle word goes with the surname: "Rodham Clinton" beside
        # "Hillary Clinton" in one article is still Hillary Rodham Clinton
        (
            [["Hillary Rodham Clinton"], ["Hillary Clinton", "Rodham Clinton"]],
            "Rodham Clinton",
            "Hillary Clinton",
        ),
        # a tail printed alone, beside no shorter name of the person, is the surname
        (
            [["Andrés Manuel López Obrador"], ["López Obrador", "Marcelo Ebrard"]],
            "López Obrador",
            "Andrés Manuel López Obrador",
        ),
        # nor does an article that prints the tail alone tell apart a shorter name that
        # another article prints (the person, under the shorter name it goes by)
        (
            [["Andrés Manuel López Obrador", "Andrés Obrador"], ["López Obrador"]],
            "López Obrador",
            "Andrés Obrador",
        ),
    ],
)
def test_a_two_word_tail_an_article_names_beside_the_person_is_someone_else(articles, tail, shown):
    names = [{"type": "person", "name": name} for names in articles for name in names]

    def namesakes(surnames):
        return [names for names in articles if any(s in n for n in names for s in surnames)]

    assert People(names, namesakes).canonical(tail, "person") == shown


@pytest.mark.parametrize(
    ("names", "printed", "shown"),
    [
        # Breitbart 2016-02 (PolNeAR train): "Billionaire Donald Trump praised …"
        (["Billionaire Donald Trump", "Donald Trump"], "Billionaire Donald Trump", "Donald Trump"),
        (
            ["Democrat Hillary Clinton", "Hillary Clinton"],
            "Democrat Hillary Clinton",
            "Hillary Clinton",
        ),
        # the suffix goes with the name: "Billionaire Donald Trump Jr." is the son
        (
            ["Billionaire Donald Trump Jr.", "Donald Trump Jr.", "Donald Trump"],
            "Billionaire Donald Trump Jr.",
            "Donald Trump Jr.",
        ),
        # a known name the coverage never prints alone: the word stays, nothing is guessed
        (
            ["Billionaire Donald Trump", "Hillary Clinton"],
            "Billionaire Donald Trump",
            "Billionaire Donald Trump",
        ),
        # a given name of the lists or a rare word before a known name: a name
        (["Mary Anne Lowry", "Anne Lowry"], "Mary Anne Lowry", "Mary Anne Lowry"),
        (["Tipper Ann Gore", "Ann Gore"], "Tipper Ann Gore", "Tipper Ann Gore"),
        # a code reviewer's near-miss: a word of another name of the coverage (a list that
        # lost its comma) is no word of description
        (
            ["Trump Ted Cruz", "Ted Cruz", "Donald Trump"],
            "Trump Ted Cruz",
            "Trump Ted Cruz",
        ),
    ],
)
def test_a_common_word_glued_before_a_known_name_is_that_person(names, printed, shown):
    assert _people(*names).canonical(printed, "person") == shown


def test_a_surname_shared_by_a_father_and_son_names_neither():
    people = _people("Donald Trump", "Donald Trump Jr.", "Donald J. Trump")
    assert people.canonical("Donald J. Trump", "person") == "Donald Trump"
    assert people.canonical("Donald Trump Jr.", "person") == "Donald Trump Jr."
    assert people.canonical("Trump Jr.", "person") == "Donald Trump Jr."
    assert people.canonical("Trump", "person") == "Trump"


def _person(name: str, gender: str | None = None, *aliases: str) -> dict:
    return {"type": "person", "name": name, "gender": gender, "aliases": list(aliases)}


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        # "Mr. Lind" beside his daughter and his wife: only Eric is a man
        ({"gender": "male", "aliases": ["Mr. Lind"]}, "Eric Lind"),
        # "President Lind": one president in the coverage
        ({"aliases": ["President Lind"]}, "Eric Lind"),
        # "Ms. Lind": two women of that name, so neither
        ({"gender": "female", "aliases": ["Ms. Lind"]}, "Lind"),
        # nothing said of them: any of the three
        ({}, "Lind"),
    ],
)
def test_a_bare_surname_goes_to_the_one_person_its_honorific_or_title_fits(facts, expected):
    people = People(
        [
            _person("Eric Lind", None, "President Eric Lind"),  # male by the census
            _person("Iva Lind", "female"),  # "the president's daughter Iva Lind"
            _person("Mila Lind", "female", "First Lady Mila Lind"),
        ]
    )
    assert people.canonical("Lind", "person", facts) == expected


def test_an_honorific_never_picks_between_two_people_of_that_sex():
    father_and_son = People(
        [_person("Eric Lind", "male", "President Eric Lind"), _person("Eric Lind Jr.", "male")]
    )
    assert father_and_son.canonical("Lind", "person", {"gender": "male"}) == "Lind"
    # the title tells them apart where the sex cannot
    president = {"gender": "male", "aliases": ["President Lind"]}
    assert father_and_son.canonical("Lind", "person", president) == "Eric Lind"
    # a man and someone the coverage gives no sex ("Jory" is in neither census list)
    hunters = People([_person("Duncan Hunter"), _person("Jory Hunter")])
    assert hunters.canonical("Hunter", "person", {"gender": "male"}) == "Hunter"
    # a vice president is not the president
    vice = People(
        [_person("Mike Pence", None, "Vice President Mike Pence"), _person("Karen Pence")]
    )
    assert vice.canonical("Pence", "person", {"aliases": ["President Pence"]}) == "Pence"


def test_the_census_tells_a_given_name_s_sex_only_without_doubt():
    from whatweknow.names import sex_of_given_name

    assert sex_of_given_name("Donald") == "male"
    assert sex_of_given_name("Margaret") == "female"
    assert sex_of_given_name("Kim") is None  # given to both
    assert sex_of_given_name("Lindsey") is None
    assert sex_of_given_name("Ivanka") is None  # in neither list


@pytest.mark.parametrize(
    ("articles", "one"),
    [
        # one outlet's style: the New York Times prints the suffix, the others leave it out
        ([["Robert S. Mueller III"], ["Robert Mueller"], ["Robert Mueller"]], True),
        ([["Joseph R. Biden Jr.", "Hunter Biden"], ["Joe Biden"], ["Joe Biden"]], True),
        # one article names two generations: a bare surname beside the son is his father
        ([["Donald Trump Jr.", "Trump"], ["Donald Trump"], ["Donald Trump"]], False),
        ([["Jesse L. Jackson Jr.", "Jesse L. Jackson"], ["Jesse Jackson"]], False),
        # the suffix printed as often as left out: how the person is known
        ([["Donald Trump Jr."], ["Donald Trump"]], False),
        # an outlet's style: HuffPost leaves out both suffixes the Times prints (BASIL 2018,
        # the mail bombs), and so does Fox beside the Times (BASIL 2011, Wal-Mart v. Dukes)
        ([["James R. Clapper Jr.", "Cesar Sayoc Jr."], ["James Clapper", "Cesar Sayoc"]], True),
        (
            [
                ["Theodore J. Boutrous Jr.", "John G. Roberts Jr."],
                ["Theodore Boutrous", "John Roberts"],
                ["Theodore Boutrous Jr."],
            ],
            True,
        ),
        # … but not where the article with the suffix names the father too
        (
            [
                ["Donald Trump Jr.", "Trump", "Robert S. Mueller III"],
                ["Donald Trump", "Robert Mueller"],
            ],
            False,
        ),
        # nor for one suffix left out alone
        ([["James R. Clapper Jr.", "Eric H. Holder Jr."], ["James Clapper"]], False),
    ],
)
def test_a_suffix_only_one_outlet_prints_does_not_split_a_person(articles, one):
    names = [{"type": "person", "name": name} for names in articles for name in names]

    def namesakes(surnames):
        return [names for names in articles if any(s in n for n in names for s in surnames)]

    people = People(names, namesakes)
    son, plain = articles[0][0], articles[1][0]
    assert (people.canonical(son, "person") == people.canonical(plain, "person")) is one
    # without the documents to tell, a suffix always keeps two names apart
    strict = People(names)
    assert strict.canonical(son, "person") != strict.canonical(plain, "person")


def test_a_name_agreeing_with_two_people_joins_neither():
    people = _people("George W. Bush", "George H. W. Bush", "George Bush")
    assert people.canonical("George W. Bush", "person") == "George W. Bush"
    assert people.canonical("George H.W. Bush", "person") == "George H. W. Bush"
    assert people.canonical("George Bush", "person") == "George Bush"


def test_a_person_goes_by_the_commonest_form_of_their_name():
    people = _people("Charles E. Schumer", "Chuck Schumer", "Chuck Schumer")
    assert people.canonical("Sen. Charles Schumer, D-N.Y.", "person") == "Chuck Schumer"


def test_a_surname_tagged_as_an_organisation_is_the_person_it_names():
    people = People(
        [
            {"type": "person", "name": "Kathy Griffin", "aliases": ["Griffin"]},
            {"type": "organization", "name": "Fox News"},
        ]
    )
    assert people.canonical("Griffin", "organization") == "Kathy Griffin"
    assert people.canonical("House Speaker Kathy Griffin", "organization") == "Kathy Griffin"
    assert people.canonical("Fox News", "organization") == "Fox News"


def test_a_group_is_not_the_person_whose_surname_it_shares():
    people = People(
        [{"type": "person", "name": "Log Cabin Republicans", "aliases": ["Republicans"]}]
    )
    assert people.canonical("Republicans", "group") == "Republicans"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Justice Department", "the U.S. Justice Department"),
        ("Department of Justice", "Justice Department’s"),
        ("Capitol Police", "U.S. Capitol Police"),
        ("Department of Homeland Security", "Homeland Security Department"),
        ("Nebraska and Oklahoma", "Oklahoma and Nebraska"),
        ("many Democrats", "Democrats"),  # how many of a group spoke is not who they are
        # NYT 2015 (the Ryan speakership story): "But most Republicans agreed they had no real
        # recourse"; PolNeAR: "Most of the candidates said", "most economists thought"
        ("most Republicans", "Republicans"),
        ("Most of the candidates", "candidates"),
        ("most economists", "economists"),
        ("some Republican senators", "Republican senators"),
        # a party's senators under the names outlets give them (BASIL 2017, 2010, 2018)
        ("GOP senators", "Senate Republicans"),
        ("Republicans in the Senate", "Republican senators"),
        ("Democratic senators", "Senate Democrats"),
        # and its members in Congress: "on Capitol Hill", "in Congress" say no more
        ("Republican lawmakers on Capitol Hill", "Republicans"),
        ("Democrats in Congress", "Democrats"),
        ("Republicans in the House", "House Republicans"),
        # a party's wing under the names outlets give it (BASIL 2014, 2013)
        ("Conservative Republicans in the House", "some conservatives in the House"),
        ("House conservatives", "conservatives in the House"),
        ("liberal Democrats", "liberals"),
        ("Lawmakers from both parties", "lawmakers"),  # nor does a reach across the parties
        ("court records", "court documents"),  # the papers filed in a case
        # NYT, Fox and HuffPost, 2010: a movement's rank and file; NYT and Fox, 2018: leaders
        ("Tea Party groups", "Tea Party members"),
        ("Tea party organizers", "Tea Party members"),
        ("civil rights activists", "civil rights groups"),
        # the Times and Politico on the conventions, 2016 (PolNeAR): a candidate's backers
        ("some Sanders backers", "Sanders supporters"),
        # HuffPost and Fox on the White House gun plan, 2013: a cause's lobby is its groups
        ("The gun-rights lobby", "Gun-rights groups"),
        # and its advocates (Fox and HuffPost, 2013); HuffPost and the Post, 2016: a cause's
        # side by its movement, by what it stands for after the noun, and the other side
        # named against it or as its opponents
        ("gun-rights advocates", "Gun-rights groups"),
        ("Supporters of abortion rights", "Abortion rights advocates"),
        ("abortion rights supporters", "Abortion rights advocates"),
        ("The anti-abortion movement", "Abortion opponents"),
        ("antiabortion activists", "Abortion opponents"),
        ("antiwar activists", "war opponents"),  # "anti" in lower case: any cause
        ("Antiabortion advocates", "The anti-abortion movement"),
        ("opponents of the wage increase", "wage increase opponents"),
        # HuffPost and the Times, 2014: a named body's members, however an outlet words them
        (
            "several members of the House Foreign Affairs Committee",
            "some on the House Foreign Affairs Committee",
        ),
        ("members of the Republican National Committee", "Republican National Committee members"),
        ("Leading Democrats", "Top Democrats"),
        # Fox 2010 and a 2011 story: a movement's members by the -er form of its name
        ("Tea Partiers", "Tea Party groups"),
        # Fox and NYT, 2019: one party's field in a race, with and without its year
        ("The 2020 Democratic presidential candidates", "Democratic presidential candidates"),
        ("2020 Democrats", "Democratic presidential candidates"),
        ("2016 GOP hopefuls", "Republican presidential candidates"),
    ],
)
def test_an_organisation_is_one_under_its_forms(a, b):
    assert org_key(a) == org_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Senate Democrats", "Democrats"),
        ("GOP senators", "House Republicans"),
        ("Republican state senators", "Senate Republicans"),  # another senate's
        ("fellow Democrats", "Democrats"),
        ("conservative Democrats", "conservatives"),  # a wing of the other party's
        ("rank-and-file Democrats", "Democrats"),
        ("two Democrats", "Democrats"),
        ("U.S. Army", "Army"),  # too short to drop the country: it is the whole name
        ("Lawmakers at the scene of the shooting", "Lawmakers"),
        ("Top Democrats", "Democrats"),  # its leaders are not the party
        ("2020 Democrats", "Democrats"),  # nor its candidates in one race
        ("Democratic presidential candidates", "Republican presidential candidates"),
        ("Tea Party members", "Tea Party"),  # nor its members the movement
        ("Tea Partiers", "Tea Party"),
        ("Backers", "supporters"),  # whose they are, in neither name
        ("Sanders backers", "Sanders"),
        # a cause's two sides stay apart, and a side against a person keeps its words
        ("Abortion opponents", "Abortion rights advocates"),
        # the code review: a word that only begins with "anti" is no side against a cause,
        # and a named movement is the movement, not its members
        ("Antifa activists", "fa opponents"),
        ("Antioch members", "och opponents"),
        ("the movement", "the members"),  # a movement with no cause named
        ("a new movement", "a new members"),
        ("Tea Party movement", "Tea Party members"),
        ("Black Lives Matter movement", "Black Lives Matter members"),
        ("The anti-abortion movement", "The abortion rights movement"),
        ("anti-Trump groups", "Trump's opponents"),
        ("opponents", "Abortion opponents"),  # whose opponents, in one name only
        ("Supporters of the wage increase", "opponents of the wage increase"),
        # a body by its head noun alone may be any body; a party's members of it are not all
        ("those on the committee", "House Foreign Affairs Committee members"),
        ("members of the task force", "NRA task force members"),
        ("Republicans on the House Intelligence Committee", "House Intelligence Committee members"),
        ("some on the right", "right members"),  # the quantifier is all the name there is
        ("Chinese suppliers", "Chinese supply members"),  # lower case: no movement
    ],
)
def test_an_organisation_or_group_with_its_own_words_stays_apart(a, b):
    assert org_key(a) != org_key(b)


@pytest.mark.parametrize(
    ("groups", "shown"),
    [
        # one story's prosecutors, with and without the word that says whose they are
        (["Federal prosecutors", "prosecutors", "Prosecutors"], {"Federal prosecutors"}),
        (["federal investigators", "some investigators"], {"federal investigators"}),
        # two kinds of prosecutors: the bare word is neither
        (
            ["federal prosecutors", "state prosecutors", "prosecutors"],
            {"federal prosecutors", "state prosecutors", "prosecutors"},
        ),
        # "Russian officials" beside "U.S. officials": "officials" is neither
        (
            ["U.S. officials", "Russian officials", "officials"],
            {"U.S. officials", "Russian officials", "officials"},
        ),
        # a word that says which of them is no jurisdiction: they stay apart
        (["rank-and-file Democrats", "Democrats"], {"rank-and-file Democrats", "Democrats"}),
    ],
)
def test_a_group_with_and_without_whose_it_is_is_one_where_the_story_has_one(groups, shown):
    people = People([])
    people.know_groups((name, "group") for name in groups)
    assert {people.canonical(name, "group") for name in groups} == shown


@pytest.mark.parametrize(
    ("groups", "shown"),
    [
        # BASIL 2010 (the GOP letter to the majority leader): one caucus under three names
        (
            ["all 42 members of the GOP caucus", "Republicans", "all 42 Senate Republicans"],
            {"Senate Republicans"},
        ),
        # BASIL 2018 (birthright citizenship): the critics, with and without what of
        (["Critics of birthright citizenship", "Critics"], {"Critics of birthright citizenship"}),
        (["Democrats", "Democrats in the Senate"], {"Democrats in the Senate"}),
        # the coverage lengthens "Republicans" two ways: it is neither
        (
            ["Republicans", "Senate Republicans", "Senate GOP leaders", "House Republicans"],
            {"Republicans", "Senate Republicans", "Senate GOP leaders"},
        ),
        (
            ["Republicans", "Senate Republicans", "conservative Republicans"],
            {"Republicans", "Senate Republicans", "conservative Republicans"},
        ),
        # where or when they spoke is not whose they are (BASIL 2017 baseball shooting)
        (
            ["Lawmakers at the scene of Wednesday's shooting", "Lawmakers"],
            {"Lawmakers at the scene of Wednesday's shooting", "Lawmakers"},
        ),
        # some of a group is not the group (BASIL 2019 Mueller report)
        (
            ["Several candidates", "2020 Democratic presidential candidates"],
            {"candidates", "2020 Democratic presidential candidates"},
        ),
        # a role many bodies have: "officials" may be another body's
        (["hospital officials", "Officials"], {"hospital officials", "Officials"}),
        # a year before a party's name is its race's field, never the party
        (["Democrats", "2020 Democrats"], {"Democrats", "2020 Democrats"}),
        # a head noun shared, other words not nested: apart
        (["gun-rights groups", "gun-control groups"], {"gun-rights groups", "gun-control groups"}),
    ],
)
def test_a_group_is_the_one_longer_name_with_its_head_that_holds_its_words(groups, shown):
    people = People([])
    people.know_groups((name, "group") for name in groups)
    assert {people.canonical(name, "group") for name in groups} == shown


@pytest.mark.parametrize(
    ("documents", "shown"),
    [
        # one outlet says which amendment it is, another does not (BASIL 2018 birthright story)
        (["14th Amendment", "14th Amendment to the Constitution"], {"14th Amendment"}),
        # two reports the coverage tells apart: the shorter name is neither
        (
            ["GAO report", "GAO report on jobs", "GAO report on wages"],
            {"GAO report", "GAO report on jobs", "GAO report on wages"},
        ),
        # a head noun alone is any such document
        (["report", "report on school safety"], {"report", "report on school safety"}),
    ],
)
def test_a_document_with_and_without_which_it_is_is_one_where_the_story_has_one(documents, shown):
    people = People([])
    people.know_groups((name, "document") for name in documents)
    assert {people.canonical(name, "document") for name in documents} == shown


# PolNeAR train: the Times' and Politico's stories of the PPIC poll of California (2016-05-26
# and 27), each naming one poll several ways, and a survey the Times dates "in March"
_PPIC = [
    (
        "nyt",
        "poll by the Public Policy Institute of California",
        "Hillary Clinton leading Bernie Sanders among likely voters, 46 percent to 44 percent",
    ),
    (
        "nyt",
        "new statewide poll",
        "Hillary Clinton and Bernie Sanders are locked in a tight race in California",
    ),
    (
        "nyt",
        "survey by the organization in March",
        "Mrs. Clinton with a lead of 48 percent to 41 percent over Mr. Sanders",
    ),
    ("politico", "new poll", "Hillary Clinton and Bernie Sanders are virtually deadlocked"),
    (
        "politico",
        "survey",
        "Clinton with only a small lead over Sanders, 46 percent to 44 percent, among likely "
        "voters in the Democratic primary",
    ),
    ("politico", "PPIC poll", "the race breaking along familiar lines"),
]


@pytest.mark.parametrize(
    ("said", "shown"),
    [
        # one article's names of one poll are one; two articles' saying the same are one
        (
            _PPIC,
            {
                "new statewide poll": "poll by the Public Policy Institute of California",
                "new poll": "poll by the Public Policy Institute of California",
                "survey": "poll by the Public Policy Institute of California",
                "PPIC poll": "poll by the Public Policy Institute of California",
                "survey by the organization in March": "survey by the organization in March",
            },
        ),
        # two polls saying alike with other figures: two
        (
            [
                (
                    "nyt",
                    "poll",
                    "Mrs. Clinton leading Mr. Sanders among likely voters, 48 "
                    "percent to 41 percent",
                ),
                (
                    "politico",
                    "survey",
                    "Clinton leading Sanders among likely voters, 46 percent to 44 percent",
                ),
            ],
            {"poll": "poll", "survey": "survey"},
        ),
        # two issuers: two polls, however alike they read
        (
            [
                (
                    "nyt",
                    "CNN poll",
                    "Clinton leading Sanders among likely voters, 46 percent to 44 percent",
                ),
                (
                    "politico",
                    "Monmouth poll",
                    "Clinton leading Sanders among likely voters, 46 percent to 44 percent",
                ),
            ],
            {"CNN poll": "CNN poll", "Monmouth poll": "Monmouth poll"},
        ),
        # one article's poll and its recent polls: a poll is not several
        (
            [
                ("nyt", "poll", "Clinton leading Sanders among likely voters"),
                ("nyt", "Recent polls", "Clinton leading Sanders among likely voters"),
            ],
            {"poll": "poll", "Recent polls": "Recent polls"},
        ),
    ],
)
def test_one_document_however_each_article_words_it(said, shown):
    people = People([])
    people.know_groups((name, "document") for _, name, _ in said)
    people.know_said(said)
    assert {name: people.canonical(name, "document") for name in shown} == shown


@pytest.mark.parametrize(
    ("names", "short", "shown"),
    [
        # BASIL 2012, 2015, 2019: a name cut short, one outlet's or the same article's
        (["Secure America", "Secure America Now"], "Secure America", "Secure America Now"),
        (
            ["Senate Foreign Relations", "Senate Foreign Relations Committee"],
            "Senate Foreign Relations",
            "Senate Foreign Relations Committee",
        ),
        (
            ["St. Louis Tea Party", "St. Louis Tea Party Coalition"],
            "St. Louis Tea Party",
            "St. Louis Tea Party Coalition",
        ),
        # a body of it, a joint name, a newspaper, an acronym after it, a country: apart
        (
            ["Justice Department", "Justice Department’s Community Relations Service"],
            "Justice Department",
            "Justice Department",
        ),
        (["NBC News", "NBC News/Wall Street Journal"], "NBC News", "NBC News"),
        (["New York", "New York Times"], "New York", "New York"),
        (["Capitol Police", "Capitol Police MVP"], "Capitol Police", "Capitol Police"),
        (["United States", "United States Senate"], "United States", "United States"),
        # a movement is not its members ("Tea Partiers" are "Tea Party members")
        (["Tea Party", "Tea Partiers"], "Tea Party", "Tea Party"),
        # two longer names it opens: neither
        (
            ["Social Security", "Social Security Administration", "Social Security Trust Fund"],
            "Social Security",
            "Social Security",
        ),
    ],
)
def test_an_organisation_s_name_cut_short_is_the_one_longer_name_it_opens(names, short, shown):
    people = People([{"type": "organization", "name": name} for name in names])
    assert people.canonical(short, "organization") == shown


def test_a_body_s_officials_speak_for_the_body_the_coverage_names():
    # HuffPost, 2018: "FBI officials said they believed the package to be related to the
    # others", "DOJ officials said …", beside "the FBI said" in Fox and HuffPost
    people = People(
        [
            {"type": "organization", "name": "FBI"},
            {"type": "organization", "name": "Department of Justice", "aliases": ["DOJ"]},
        ]
    )
    assert people.canonical("FBI officials", "group") == "FBI"
    assert people.canonical("DOJ officials", "group") == "Department of Justice"
    # officials of no body the coverage names stay a group of their own
    assert people.canonical("Russian officials", "group") == "Russian officials"
    assert people.canonical("police officials", "group") == "police officials"


def test_how_many_of_a_group_spoke_is_dropped_with_its_of():
    """HuffPost, 2012 debate story: "Some of the more experienced Republicans" was shown as
    "of the more experienced Republicans"."""
    people = People([])
    shown = people.canonical("some of the more experienced Republicans", "anonymous")
    assert shown == "more experienced Republicans"
    assert org_key("several of the senators") == org_key("senators")
    # NYT, 2019 shutdown (BASIL 70c75d68): "Some on the right also pushed back" was shown as
    # "on the right"; with nothing but a place after it, the quantifier is the name
    assert people.canonical("Some on the right", "anonymous") == "Some on the right"
    assert people.canonical("many in the party", "anonymous") == "many in the party"


def test_some_of_a_group_an_article_quotes_beside_the_group_is_a_speaker_of_its_own(tmp_path):
    """NYT, 2017 (BASIL 47a209b0, the Gorsuch filibuster): "Some Republicans have expressed
    reservations about changing the rules" beside "Republicans have cited this history" in
    the same article are two speakers, the few against the rest (the brief showed both as
    "Republicans"). Where an article quotes only some of the group, the quantifier says how
    many spoke, not who: HuffPost's "some Republican senators" are the Republicans of the
    other outlets."""
    texts = [
        "Some Republicans have expressed reservations about changing the rules, but Senator "
        "Lindsey Graham of South Carolina said Thursday that he would relent if it meant "
        "seating Judge Gorsuch. Republicans have cited this history often in accusing their "
        "colleagues of hypocrisy on Judge Gorsuch.",
        "Republicans said the call for a delay was ridiculous.",
        "Some Republican senators said they would vote to change the rules.",
    ]
    found = _outlets_by_speaker(
        tmp_path, texts, ["The New York Times", "Fox News", "HuffPost"], "2017-03-24"
    )
    assert found["some Republicans"] == ["The New York Times"]
    assert found["Republicans"] == ["Fox News", "HuffPost", "The New York Times"]


@pytest.mark.parametrize(
    ("texts", "speakers"),
    [
        # BASIL 22da9865 (NYT)
        (
            [
                "That tweet immediately caused problems for the White House, as some legal "
                "experts said it potentially exposed the president to obstruction of justice "
                "allegations."
            ],
            {"some legal experts"},
        ),
        # BASIL 062117bd (NYT), 4a0712e7 (Fox)
        (
            [
                "But some observers said Cantor’s tough stance toward the end of the primary was "
                "too little too late."
            ],
            {"some observers"},
        ),
        (
            [
                "In Tuesday's arguments, several justices suggested they were troubled by the case "
                "and lower court decisions against Bentonville, Ark.-based Wal-Mart."
            ],
            {"several justices"},
        ),
        # the bulk of a group holds its view: "many Democrats" are Democrats
        (["Many Democrats said the deal was unacceptable."], {"democrats"}),
        # another outlet names the group itself: how many spoke in one says nothing of who
        (
            [
                "Some legal experts said the tweet exposed the president.",
                "Legal experts said the tweet was a mistake.",
            ],
            {"legal experts"},
        ),
    ],
)
def test_a_few_of_a_group_no_article_names_otherwise_keep_their_quantifier(
    tmp_path, texts, speakers
):
    """The seed's "some experts" and BASIL 22da9865's "some legal experts" were shown as
    "Experts" and "Legal experts": a quantifier that makes a group a part of it, dropped,
    showed the group bigger than the text says (25 speakers in a brief of the 216 BASIL
    articles). Where no article of the coverage names the group otherwise, its name keeps
    them."""
    outlets = ["The New York Times", "Fox News"][: len(texts)]
    shown = _coverage_speakers(tmp_path, texts, outlets, "2017-12-02")
    assert {s["name"].casefold() for s in shown} == speakers


def test_some_of_a_group_is_told_apart_only_beside_the_group_in_one_document():
    people = People([])
    people.know_told_apart(
        [
            ("nyt", "some Democrats", "group"),
            ("nyt", "Democrats", "group"),
            ("nyt", "many Democrats", "group"),
            ("fox", "some Republicans", "group"),
            ("hpo", "Republicans", "group"),
            ("hpo", "all 42 Senate Republicans", "group"),
            ("hpo", "Senate Republicans", "group"),
        ]
    )
    assert people.canonical("some Democrats", "group") == "some Democrats"
    assert people.canonical("Some Democrats", "group") == "some Democrats"
    assert people.canonical("Democrats", "group") == "Democrats"
    # in no document beside the whole group: how many spoke, not who
    assert people.canonical("some Republicans", "group") == "Republicans"
    # the bulk of a group beside it holds the group's view (BASIL 70c75d68, NYT: "many
    # Democrats considered it unacceptable" beside "Democrats continued to insist …")
    assert people.canonical("many Democrats", "group") == "Democrats"
    # all of a group is the group
    assert people.canonical("all 42 Senate Republicans", "group") == "Senate Republicans"


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        # the bulk of a group beside the group in one article holds the group's view (NYT,
        # 2015: "most Republicans agreed they had no real recourse" beside "Republicans")
        ("most Republicans", "Republicans"),
        ("Most Republicans", "Republicans"),
        # near misses: "most" with only a place or a party after it is all the name there is
        ("most in the party", "most in the party"),
        ("Most in Miami", "Most in Miami"),
        # a superlative, not a share of a group
        ("the most vulnerable Republicans", "the most vulnerable Republicans"),
        # a few of the group beside it stay apart, as before
        ("some Republicans", "some Republicans"),
    ],
)
def test_most_of_a_group_is_the_group(name, shown):
    people = People([])
    people.know_told_apart(
        [
            ("nyt", name, "group"),
            ("nyt", "Republicans", "group"),
            ("hpo", "Republicans", "group"),
        ]
    )
    assert people.canonical(name, "group") == shown


def test_a_newspaper_named_by_its_masthead_s_last_word_is_the_one_newspaper_so_named():
    # HuffPost, 2011: "The Journal reported that …" after "The Wall Street Journal reported"
    people = People(
        [
            {"type": "organization", "name": n}
            for n in ("Wall Street Journal", "Washington Post", "New York Post", "White House")
        ]
    )
    assert people.canonical("Journal", "organization") == "Wall Street Journal"
    assert people.canonical("the Journal", "organization") == "Wall Street Journal"
    assert people.canonical("Post", "organization") == "Post"  # two Posts: neither
    assert people.canonical("House", "organization") == "House"  # no newspaper's word
    assert people.canonical("Times", "organization") == "Times"  # no Times named in full


def test_an_acronym_is_the_one_organisation_the_coverage_spells_out_with_its_initials():
    # one outlet writes "the Congressional Budget Office", another "CBO"; NYT's "N.A.A.C.P."
    # beside HuffPost's "National Association for the Advancement of Colored People"
    people = People(
        [
            {"type": "organization", "name": n}
            for n in (
                "Congressional Budget Office",
                "CBO",
                "National Association for the Advancement of Colored People",
                "N.A.A.C.P.",
                "Department of Justice",
                "DOJ",
                "Democratic National Committee",
                "Democratic National Convention",
                "DNC",
                "United Nations",
                "UN",
            )
        ]
    )
    assert people.canonical("CBO", "organization") == "Congressional Budget Office"
    assert people.canonical("N.A.A.C.P.", "organization") == (
        "National Association for the Advancement of Colored People"
    )
    assert people.canonical("DOJ", "organization") == "Department of Justice"
    assert people.canonical("DNC", "organization") == "DNC"  # a committee or a convention
    assert people.canonical("UN", "organization") == "UN"  # two letters: too short to tell


def test_an_acronym_the_tagger_took_for_a_place_is_the_organisation_when_it_speaks():
    # HuffPost, the 2013 gun-plan story: "the National Rifle Association … “It is
    # unfortunate …,” the NRA said", with "NRA" tagged a place (GPE) in every article
    people = People(
        [
            {"type": "organization", "name": "National Rifle Association"},
            {"type": "place", "name": "NRA"},
        ]
    )
    people.know_speakers([("NRA", "organization"), ("Barack Obama", "person")])
    assert people.canonical("NRA", "organization") == "National Rifle Association"
    unheard = People([{"type": "organization", "name": "National Rifle Association"}])
    unheard.know_speakers([("Barack Obama", "person")])
    assert unheard.canonical("NRA", "organization") == "NRA"  # no NRA speaks: nothing to join


def test_the_white_house_is_not_the_united_states():
    assert org_key("the White House") != org_key("United States")
    people = People([{"type": "organization", "name": "White House"}])
    assert people.canonical("the White House", "organization") == "White House"


# -- in a store: two articles in, one speaker out, or two --------------------------------------


def _reported(text: str, speaker: str, kind: str, outlet: str) -> Extraction:
    """An article as an extractor reports it: `speaker` says what follows " said "."""
    document = clean(
        Article(
            raw=text,
            origin=f"{outlet}.txt",
            kind="text",
            outlet=outlet,
            published="2019-01-22",
        )
    )
    text = document.text
    cue = text.index(" said ") + 1
    mention = document.span(0, cue - 1)
    entity = Entity(
        "e1",
        speaker,
        "person" if kind == "person" else "organization",
        "PERSON" if kind == "person" else "ORG",
        (mention,),
    )
    content = document.span(cue + 5, len(text) - 1)
    statement = Statement(
        "s1",
        Speaker(speaker, kind, mention, "e1"),
        document.span(cue, cue + 4),
        content,
        (),
        "indirect",
        certainty={"hedged": False, "basis": None, "level": None, "cues": []},
    )
    return Extraction(document, (entity,), (statement,))


def _brief_speakers(tmp_path, articles) -> dict[str, list[str]]:
    with Store(tmp_path / "news.db") as store:
        for extraction in articles:
            store.add(extraction)
        return {s["name"]: s["outlets"] for s in build(store, everything=True)["speakers"]}


def _coverage_speakers(
    tmp_path, texts: list[str], outlets: list[str], published: str
) -> list[dict]:
    """The whole chain on one story's coverage (one text per outlet): the brief's speakers."""
    articles = [
        Article(raw=text, origin=f"{n}.txt", kind="text", outlet=outlet, published=published)
        for n, (text, outlet) in enumerate(zip(texts, outlets, strict=True))
    ]
    with Store(tmp_path / "news.db") as store:
        for result in run(articles):
            assert isinstance(result, Extraction), result
            store.add(result)
        return build(store, everything=True)["speakers"]


def _outlets_by_speaker(
    tmp_path, texts: list[str], outlets: list[str], published: str
) -> dict[str, list[str]]:
    """Each brief speaker of the coverage with the outlets that quote it."""
    shown = _coverage_speakers(tmp_path, texts, outlets, published)
    return {s["name"]: s["outlets"] for s in shown}


IDENTITY = [
    (
        "Jr. and his father are two",
        [
            ("Donald Trump Jr. said the meeting was short.", "Donald Trump Jr.", "person"),
            ("President Donald Trump said his son did nothing wrong.", "Donald Trump", "person"),
        ],
        {"Donald Trump Jr.": ["Fox News"], "Donald Trump": ["HuffPost"]},
    ),
    (
        "a suffix only one outlet prints",
        [
            (
                "Robert S. Mueller III said the report did not exonerate him.",
                "Robert S. Mueller III",
                "person",
            ),
            ("Robert Mueller said the report did not exonerate him.", "Robert Mueller", "person"),
            ("Robert Mueller said the report spoke for itself.", "Robert Mueller", "person"),
        ],
        {"Robert Mueller": ["Fox News", "HuffPost", "The New York Times"]},
    ),
    (
        "a surname printed without its elided first word",
        [
            (
                "Former Representative Liam O’Connell said those facts needed to be laid out.",
                "Liam O’Connell",
                "person",
            ),
            # Fox, 2019: the tagger takes the bare "Rourke" for an organisation
            ("Connell said the full report should be released.", "Connell", "organization"),
        ],
        {"Liam O'Connell": ["Fox News", "HuffPost"]},
    ),
    (
        "a body's officials",
        [
            ("The FBI said the packages each held a pipe bomb.", "FBI", "organization"),
            (
                "FBI officials said they believed the package to be related to the others.",
                "FBI officials",
                "group",
            ),
        ],
        {"FBI": ["Fox News", "HuffPost"]},
    ),
    (
        "a newspaper by its masthead's last word",
        [
            (
                "The Wall Street Journal said AARP was softening its opposition to cuts.",
                "Wall Street Journal",
                "organization",
            ),
            (
                "The Journal said AARP policy chief John Rother is pushing the group to accept "
                "cuts.",
                "Journal",
                "organization",
            ),
        ],
        {"Wall Street Journal": ["Fox News", "HuffPost"]},
    ),
    (
        "a surname of two words without the given name",
        [
            (
                "Rep. Debbie Wasserman Schultz said the package had been sent to her office.",
                "Debbie Wasserman Schultz",
                "person",
            ),
            (
                "Wasserman Schultz said the package was addressed to her.",
                "Wasserman Schultz",
                "person",
            ),
        ],
        {"Debbie Wasserman Schultz": ["Fox News", "HuffPost"]},
    ),
    (
        "an acronym and the name it spells",
        [
            (
                "The Congressional Budget Office said the bill would cost $1.5 trillion.",
                "Congressional Budget Office",
                "organization",
            ),
            ("CBO said the bill would add to the deficit.", "CBO", "organization"),
        ],
        {"Congressional Budget Office": ["Fox News", "HuffPost"]},
    ),
    (
        "a middle initial",
        [
            ("Donald J. Trump said the wall would be built.", "Donald J. Trump", "person"),
            ("Donald Trump said the wall would be paid for.", "Donald Trump", "person"),
        ],
        {"Donald Trump": ["Fox News", "HuffPost"]},
    ),
    (
        "a nickname and a party-state tag",
        [
            (
                "Sen. Charles E. Schumer said the offer was a non-starter.",
                "Charles E. Schumer",
                "person",
            ),
            ("Chuck Schumer, D-N.Y., said the offer was a non-starter.", "Chuck Schumer", "person"),
        ],
        {"Chuck Schumer": ["Fox News", "HuffPost"]},
    ),
    (
        "a title",
        [
            (
                "House Speaker Nancy Pelosi said the offer was a rehash.",
                "Speaker Nancy Pelosi",
                "person",
            ),
            ("Nancy Pelosi said the offer was a rehash.", "Nancy Pelosi", "person"),
        ],
        {"Nancy Pelosi": ["Fox News", "HuffPost"]},
    ),
    (
        "a bare surname, one person with it",
        [
            ("Pelosi said the offer was a rehash.", "Pelosi", "person"),
            ("Nancy Pelosi said the offer was a rehash.", "Nancy Pelosi", "person"),
        ],
        {"Nancy Pelosi": ["Fox News", "HuffPost"]},
    ),
    (
        "a surname tagged as an organisation",
        [
            ("Trump said the wall would be built.", "Trump", "organization"),
            ("Donald Trump said the wall would be built.", "Donald Trump", "person"),
        ],
        {"Donald Trump": ["Fox News", "HuffPost"]},
    ),
    (
        "a typo",
        [
            ("Kristen Gillibrand said the deal was a fraud.", "Kristen Gillibrand", "person"),
            ("Kirsten Gillibrand said the deal was a fraud.", "Kirsten Gillibrand", "person"),
        ],
        {"Kirsten Gillibrand": ["Fox News", "HuffPost"]},
    ),
    (
        "a spokesman is not his principal",
        [
            (
                "A spokesman for Tim Kaine said the senator would vote no.",
                "spokesman for Tim Kaine",
                "person",
            ),
            ("Tim Kaine said he would vote no.", "Tim Kaine", "person"),
        ],
        {"spokesman for Tim Kaine": ["Fox News"], "Tim Kaine": ["HuffPost"]},
    ),
    (
        "a shared surname",
        [
            ("Rep. Duncan Hunter said his wife handled the money.", "Duncan Hunter", "person"),
            ("Margaret Hunter said she would plead guilty.", "Margaret Hunter", "person"),
            ("Hunter said the case was political.", "Hunter", "person"),
        ],
        {
            "Duncan Hunter": ["Fox News"],
            "Margaret Hunter": ["HuffPost"],
            "Hunter": ["The New York Times"],
        },
    ),
    (
        "one party's members in Congress under the names outlets give them",
        [
            ("GOP representatives said the bill was a power grab.", "GOP representatives", "group"),
            ("Republicans said the bill was a federal takeover.", "Republicans", "group"),
            ("House Republicans said the bill was a power grab.", "House Republicans", "group"),
        ],
        {"Republicans": ["Fox News", "HuffPost", "The New York Times"]},
    ),
    (
        "one chamber's party members are not the other's",
        [
            ("Senate Republicans said the bill was dead.", "Senate Republicans", "group"),
            ("House Republicans said the bill was a power grab.", "House Republicans", "group"),
        ],
        {"Senate Republicans": ["Fox News"], "House Republicans": ["HuffPost"]},
    ),
    (
        "someone's staff under the names outlets give them",
        [
            ("Other staffers said he had a harsh temper.", "Other staffers", "group"),
            ("Other aides said he set the tone in the office.", "other aides", "group"),
            ("Former staff members said he made crude jokes.", "Former staff members", "group"),
        ],
        {"other aides": ["Fox News", "HuffPost", "The New York Times"]},
    ),
    (
        "the White House stays the White House",
        [
            ("The White House said the president would sign.", "White House", "organization"),
            ("The White House said the bill was dead.", "White House", "organization"),
        ],
        {"White House": ["Fox News", "HuffPost"]},
    ),
    (
        "one document in three outlets, singular or plural",
        [
            (
                "The indictment said the officers hacked the party's emails.",
                "indictment",
                "document",
            ),
            ("The indictments said the officers hacked the emails.", "indictments", "document"),
            ("The indictment said the hacking began in March.", "the indictment", "document"),
        ],
        {"indictment": ["Fox News", "HuffPost", "The New York Times"]},
    ),
    (
        "two reports whose owners differ stay two",
        [
            ("The GAO report said the program wasted money.", "GAO report", "document"),
            ("The CBO report said the program would cost more.", "CBO report", "document"),
        ],
        {"GAO report": ["Fox News"], "CBO report": ["HuffPost"]},
    ),
    (
        "a resolution of its own is not the resolution, and is one however it is worded",
        [
            ("The resolution said the movement must act.", "resolution", "document"),
            (
                "A resolution of its own said the group was partisan.",
                "resolution of its own",
                "document",
            ),
            ("Its own resolution said the group must withdraw.", "its own resolution", "document"),
        ],
        {"resolution": ["Fox News"], "its own resolution": ["HuffPost", "The New York Times"]},
    ),
    (
        "a movement's members by the -er form of its name",
        [
            ("Tea Partiers said the charge was false.", "Tea Partiers", "organization"),
            ("Tea Party groups said the charge was false.", "Tea Party groups", "organization"),
        ],
        {"Tea Partiers": ["Fox News", "HuffPost"]},
    ),
    (
        # HuffPost and NYT, 2013 (names changed): one story's task force by its head noun
        "one body under the head nouns outlets give it",
        [
            ("The task force said armed staff would deter attacks.", "task force", "organization"),
            ("The committee said armed staff would deter attacks.", "committee", "organization"),
            ("The task force panel said schools need guards.", "task force panel", "anonymous"),
        ],
        {"committee": ["Fox News", "HuffPost", "The New York Times"]},
    ),
    (
        "the committee is the one committee the coverage names in full",
        [
            (
                "The House Intelligence Committee said the memo was accurate.",
                "House Intelligence Committee",
                "organization",
            ),
            ("The committee said the memo was accurate.", "committee", "organization"),
        ],
        {"House Intelligence Committee": ["Fox News", "HuffPost"]},
    ),
    (
        "two committees stay two, and the bare one is neither",
        [
            (
                "The House Intelligence Committee said the memo was accurate.",
                "House Intelligence Committee",
                "organization",
            ),
            (
                "The Senate Judiciary Committee said the nominee was qualified.",
                "Senate Judiciary Committee",
                "organization",
            ),
            ("The committee said the memo was accurate.", "committee", "organization"),
        ],
        {
            "House Intelligence Committee": ["Fox News"],
            "Senate Judiciary Committee": ["HuffPost"],
            "committee": ["The New York Times"],
        },
    ),
    (
        "an organisation under its forms",
        [
            (
                "The U.S. Justice Department said it would review the case.",
                "U.S. Justice Department",
                "organization",
            ),
            (
                "The Department of Justice said it would review the case.",
                "Department of Justice",
                "organization",
            ),
        ],
        {"Department of Justice": ["Fox News", "HuffPost"]},
    ),
    # BASIL 2019 (Schiff): Fox's "the letter stated", HuffPost's "the GOP committee members
    # stated in their letter", named "The Intelligence Committee Republicans' letter"
    (
        "a document by its noun alone is the one the coverage names with whose it is",
        [
            (
                "The letter said his actions were incompatible with his duty as chairman.",
                "letter",
                "document",
            ),
            (
                "The Intelligence Committee Republicans’ letter said his actions were "
                "incompatible with his duty.",
                "Intelligence Committee Republicans’ letter",
                "document",
            ),
        ],
        {"Intelligence Committee Republicans’ letter": ["Fox News", "HuffPost"]},
    ),
    # BASIL 2016 (the Clintons' tax returns): "the returns" and "the tax returns" in the Times
    # and HuffPost, "Mrs. Clinton's tax return" in the Times, telling the same sums
    (
        "a document said more fully is one with its shorter names where they say the same",
        [
            (
                "The returns said the couple paid $43,885,310 in federal income taxes from "
                "2007 through 2014.",
                "returns",
                "document",
            ),
            (
                "The tax returns said the couple paid $43,885,310 in federal income taxes "
                "over eight years.",
                "tax returns",
                "document",
            ),
            (
                "Mrs. Clinton’s tax return said the couple paid $43,885,310 in federal "
                "income taxes.",
                "Mrs. Clinton’s tax return",
                "document",
            ),
        ],
        {"tax returns": ["Fox News", "HuffPost", "The New York Times"]},
    ),
    # BASIL 2011 (the AARP story): a coalition's report is not the CRS report another
    # outlet quotes
    (
        "a document by its noun alone saying something else is another one",
        [
            ("The report said even the modest COLA is not safe.", "report", "document"),
            (
                "The Congressional Research Service report said lifting the cap would make "
                "the program solvent.",
                "Congressional Research Service report",
                "document",
            ),
        ],
        {"report": ["Fox News"], "Congressional Research Service report": ["HuffPost"]},
    ),
    (
        "polls are not the one poll the coverage names",
        [
            ("Polls said the race was tight.", "polls", "document"),
            ("An NBC News poll said Mr. Trump led.", "NBC News poll", "document"),
        ],
        {"polls": ["Fox News"], "NBC News poll": ["HuffPost"]},
    ),
    (
        "a document by its noun alone beside two it could be is neither",
        [
            ("The letter said the chairman should resign.", "letter", "document"),
            (
                "Mr. Schiff’s letter said the report must be released.",
                "Mr. Schiff’s letter",
                "document",
            ),
            (
                "The Republicans’ letter said the chairman should resign.",
                "Republicans’ letter",
                "document",
            ),
        ],
        {
            "letter": ["Fox News"],
            "Mr. Schiff’s letter": ["HuffPost"],
            "Republicans’ letter": ["The New York Times"],
        },
    ),
    # BASIL 2011 (Trump and the birthers): the Times' "An NBC News/Wall Street Journal poll",
    # HuffPost's "A national NBC/WSJ poll"
    (
        "a poll's sponsors spelled out and shortened are one poll",
        [
            (
                "An NBC News/Wall Street Journal poll said Mr. Trump was the most favored.",
                "NBC News/Wall Street Journal poll",
                "document",
            ),
            (
                "A national NBC/WSJ poll said Trump tied for second.",
                "national NBC/WSJ poll",
                "document",
            ),
        ],
        {"NBC News/Wall Street Journal poll": ["Fox News", "HuffPost"]},
    ),
    # BASIL 2012 (Romney's Medicare ad): Fox's "The ad says", the Times' "the advertisement says"
    (
        "an ad and an advertisement saying the same are one",
        [
            (
                "The ad said “You paid in to Medicare for years … now when you need it, Obama "
                "has cut $716 billion from Medicare. Why? To pay for ObamaCare.”",
                "ad",
                "document",
            ),
            (
                "The advertisement said “You paid into Medicare for years, every paycheck. Now "
                "when you need it, Obama has cut $716 billion from Medicare. Why? To pay for "
                "Obamacare.”",
                "advertisement",
                "document",
            ),
        ],
        {"ad": ["Fox News", "HuffPost"]},
    ),
    # BASIL 2015 (the Clintons' tax returns): Fox's documents tell what the Times' returns do
    (
        "documents telling what tax returns tell are the tax returns",
        [
            (
                "The documents said the Clintons have paid $43 million in federal taxes since "
                "2007.",
                "documents",
                "document",
            ),
            (
                "The tax returns said from 2007 through 2014 the couple paid $43,885,310 in "
                "federal taxes, for an effective tax rate of 31.6 percent.",
                "tax returns",
                "document",
            ),
        ],
        {"tax returns": ["Fox News", "HuffPost"]},
    ),
    (
        "two polls with a sponsor in common are two",
        [
            ("A CNN/ORC poll said the race was tight.", "CNN/ORC poll", "document"),
            ("A CNN/Time poll said the race was tight.", "CNN/Time poll", "document"),
        ],
        {"CNN/ORC poll": ["Fox News"], "CNN/Time poll": ["HuffPost"]},
    ),
    # BASIL 2012 (Netanyahu ad): Fox's "is costing Secure America $1 million, the organization
    # confirmed", HuffPost's "Secure America Now"
    (
        "an organisation's name cut short is the one it opens",
        [
            ("Secure America said the ad cost $1 million.", "Secure America", "organization"),
            (
                "Secure America Now said the ad would run in Florida.",
                "Secure America Now",
                "organization",
            ),
        ],
        {"Secure America Now": ["Fox News", "HuffPost"]},
    ),
    # PolNeAR train (Breitbart and HuffPost on Trump praising Boyle, 2016-02): Breitbart's
    # "Billionaire Donald Trump praised …", the tagger taking the capitalised word into the
    # name, beside HuffPost's "Donald Trump"
    (
        "a word of description glued before a name is not the name's first word",
        [
            (
                "Billionaire Donald Trump said the endorsement was an honor.",
                "Billionaire Donald Trump",
                "person",
            ),
            ("Donald Trump said the endorsement was an honor.", "Donald Trump", "person"),
        ],
        {"Donald Trump": ["Fox News", "HuffPost"]},
    ),
    (
        "a given name before a known name keeps it a name of its own",
        [
            ("Mary Anne Lowry said the endorsement was an honor.", "Mary Anne Lowry", "person"),
            ("Anne Lowry said the endorsement was an honor.", "Anne Lowry", "person"),
        ],
        {"Mary Anne Lowry": ["Fox News"], "Anne Lowry": ["HuffPost"]},
    ),
    (
        "a body that belongs to an organisation is not the organisation",
        [
            ("The White House said the order was lawful.", "White House", "organization"),
            (
                "The White House Counsel’s Office said the order was lawful.",
                "White House Counsel’s Office",
                "organization",
            ),
        ],
        {"White House": ["Fox News"], "White House Counsel’s Office": ["HuffPost"]},
    ),
]


@pytest.mark.parametrize(
    ("case", "articles", "speakers"), IDENTITY, ids=[case for case, _, _ in IDENTITY]
)
def test_two_articles_in_one_speaker_out_or_two(tmp_path, case, articles, speakers):
    outlets = ["Fox News", "HuffPost", "The New York Times"]
    extractions = [
        _reported(text, speaker, kind, outlet)
        for (text, speaker, kind), outlet in zip(articles, outlets, strict=False)
    ]
    found = _brief_speakers(tmp_path, extractions)
    assert found == speakers


END_TO_END = [
    # BASIL 2012 (Fox and HuffPost on the president's interview, and three other stories that
    # name a network by its letters and as its news): one network
    (
        [
            "Obama made the groundbreaking news in an interview with ABC. ABC said the "
            "president had changed his view.",
            "According to ABC News, he said that he supports it.",
        ],
        {"ABC News"},
    ),
    # one story's prosecutors and court papers, however each outlet names them (BASIL, names
    # and sums changed)
    (
        [
            "Federal prosecutors said he had spent $750,000 on personal items. Court records "
            "show he planned to plead guilty. Additional records disclosed Wednesday show that "
            "he bought a $43,000 watch.",
            "Prosecutors said he had used the money for a lavish lifestyle. Court papers "
            "released on Wednesday showed how he spent it. The document said he bought a "
            "guitar.",
        ],
        {"Federal prosecutors", "court papers"},
    ),
    (
        [
            "Former Rep. Harold L. Brooks Jr. pleaded guilty on Wednesday. Mr. Brooks, the son "
            "of the Rev. Harold L. Brooks, said he regretted it.",
            "Former Rep. Harold Brooks Jr. pleaded guilty on Wednesday. His father, the Rev. "
            "Harold Brooks, sat behind him. Brooks said he was clearheaded.",
        ],
        {"Harold Brooks Jr."},
    ),
    # BASIL 2010 (the GOP letter, names changed): the letter, whether it speaks by a
    # participle or by "which" hung on its signers
    (
        [
            "Every Senate Republican has signed onto a letter vowing to block all "
            "Democratic-backed legislation until the chamber extends the tax cuts.",
            "On Wednesday, Senate Majority Leader Harry Ried received a letter signed by all 42 "
            'Senate Republicans, which stated, "We write to inform you that we will not agree '
            'to invoke cloture on the motion."',
        ],
        {"letter"},
    ),
    # BASIL 2010 (the GOP letter to the majority leader, names changed): the caucus
    (
        [
            "Throwing down the gauntlet, all 42 members of the GOP caucus wrote that they will "
            "bring matters to a standstill. Republicans want the tax cuts extended.",
            "Senate Majority Leader Harry Ried received a letter on Wednesday. All 42 Senate "
            "Republicans said they will not agree to invoke cloture on any motion.",
        ],
        {"Senate Republicans"},
    ),
    (
        [
            "Donald J. Trump said the wall would be built.",
            "Donald Trump said the wall would be paid for.",
        ],
        {"Donald Trump"},
    ),
    (
        [
            "Senate Minority Leader Charles E. Schumer said the offer was a non-starter.",
            "Sen. Chuck Schumer, D-N.Y., said the offer was a non-starter.",
        ],
        {"Chuck Schumer"},
    ),
    (
        [
            "House Speaker Nancy Pelosi said the proposal was a rehash of old ideas.",
            "Nancy Pelosi told reporters the proposal was a rehash of old ideas.",
        ],
        {"Nancy Pelosi"},
    ),
    (
        [
            "Rep. Duncan Hunter said his wife had handled the family finances.",
            "Margaret Hunter said she would plead guilty.",
        ],
        {"Duncan Hunter", "Margaret Hunter"},
    ),
    # one report, however each outlet sizes and dates it (NRA school report, 2013, shortened)
    (
        [
            "A task force released a 225-page report on Tuesday that called for armed officers "
            "in every school.",
            "The report found that local school authorities are in the best position to decide.",
        ],
        {"report"},
    ),
    (
        [
            "U.S. Capitol Police said the suspect had been detained.",
            "Capitol Police said the suspect had been detained.",
        ],
        {"Capitol Police"},
    ),
]


@pytest.mark.parametrize(
    ("texts", "speaker"),
    [
        # HuffPost and Fox, 2011 (shortened): the nation's leading advocate is AARP
        (
            [
                "WASHINGTON -- The nation's leading advocate for senior citizens says that it "
                "hasn't wavered in its opposition to cutting benefits. The Wall Street Journal "
                "reported Friday that AARP was softening its opposition. AARP said the program "
                "needs to be changed.",
                "The AARP said its position on strengthening Social Security remains unchanged.",
            ],
            "AARP",
        ),
        # HuffPost and Fox, 2010 (shortened): the leaders of the country's largest civil
        # rights organization are NAACP leaders
        (
            [
                "KANSAS CITY, Mo. — Leaders of the country's largest civil rights organization "
                "accused tea party activists on Tuesday of tolerating bigotry. The resolution was "
                "adopted at the convention of the National Association for the Advancement of "
                "Colored People, spokesman Chris Fleming said. Tea party organizers called on the "
                "NAACP to withdraw the resolution.",
                "NAACP leaders said protesters had hurled racial epithets at black lawmakers.",
            ],
            "NAACP leaders",
        ),
    ],
)
def test_a_body_ranked_in_the_country_is_one_speaker_with_the_body_it_stands_for(
    tmp_path, texts, speaker
):
    found = _outlets_by_speaker(tmp_path, texts, ["HuffPost", "Fox News"], "2011-05-13")
    assert found.get(speaker) == ["Fox News", "HuffPost"], found


def test_a_president_is_never_his_daughter_quoted_in_full(tmp_path):
    # Fox and HuffPost, 2014 (shortened): "the president remarked" beside "Malia and Sasha
    # Obama" named in full; "Mr. Obama asked his daughters" in the other outlet
    texts = [
        "A Republican staffer apologized for a Facebook post that criticized Malia and Sasha "
        "Obama's appearance at the turkey pardon.\n\nThe First Daughters join President Obama "
        'at the ceremony every year. The president remarked that it was "puzzling that I do '
        'this every year." Sasha Obama said the turkeys were cute.',
        "“You want to pet him?” Mr. Obama asked his daughters. President Obama said the turkey "
        "would live out its days on a farm.",
    ]
    shown = _coverage_speakers(tmp_path, texts, ["Fox News", "HuffPost"], "2014-11-28")
    found = {s["name"]: [i["text"] for i in s["statements"]] for s in shown}
    assert found.get("Sasha Obama", []) == ["the turkeys were cute"], found
    assert len(found["Obama"]) == 3, found


def test_mr_and_a_title_join_a_bare_surname_to_the_one_person_they_fit(tmp_path):
    # One outlet never gives the president's first name and names his daughter; the other
    # names him in full and his wife: "Mr. Lind" is the one man among the Linds.
    texts = [
        "Near the dugout, the president’s daughter Iva Lind chatted with fans. When a video "
        "message from President Lind played, some booed. “You are showing the world that we "
        "will not be intimidated,” Mr. Lind said.",
        "President Eric Lind said that he was deeply saddened by the news. First lady Mila Lind "
        "visited the hospital. “Our prayers are with the families,” she said.",
    ]
    found = _outlets_by_speaker(tmp_path, texts, ["The New York Times", "HuffPost"], "2017-06-15")
    assert found["Eric Lind"] == ["HuffPost", "The New York Times"]
    assert "Lind" not in found


def test_a_bare_surname_that_speaks_is_the_one_of_its_namesakes_quoted_in_full(tmp_path):
    # HuffPost and NYT on the NRA school report, 2013 (names changed): the father speaks in
    # both, by surname only in one; his son, named beside him there, only died. Where both
    # namesakes speak, the surname names neither (Duncan and Margaret Hunter above).
    quoted = _reported(
        "Mark Tollan said politics needs to be set aside.",
        "Mark Tollan",
        "person",
        "The New York Times",
    )
    named = _reported(
        "Tollan said the program was a good one. The former congressman introduced Mark "
        "Tollan, whose 6-year-old son, James Tollan, was killed in December.",
        "Tollan",
        "person",
        "HuffPost",
    )
    text = named.document.text
    namesakes = tuple(
        Entity(f"e{n}", name, "person", "PERSON", (named.document.span(at, at + len(name)),))
        for n, name in enumerate(("Mark Tollan", "James Tollan"), start=2)
        for at in [text.index(name)]
    )
    named = Extraction(named.document, named.entities + namesakes, named.statements)
    found = _brief_speakers(tmp_path, [quoted, named])
    assert found == {"Mark Tollan": ["HuffPost", "The New York Times"]}


@pytest.mark.parametrize(
    ("longer", "tail", "shorter", "shown"),
    [
        # BASIL 76810849 (Fox and HuffPost, 2016): the gunman and his father stay two
        (
            "Omar Mir Seddique Mateen",
            "Seddique Mateen",
            "Omar Mateen",
            {"Omar Mateen": ["Fox News"], "Seddique Mateen": ["HuffPost"]},
        ),
        # a maiden name before the surname: one person
        (
            "Hillary Rodham Clinton",
            "Rodham Clinton",
            "Hillary Clinton",
            {"Hillary Clinton": ["Fox News", "HuffPost"]},
        ),
    ],
)
def test_a_father_named_by_the_end_of_his_son_s_name_is_not_the_son(
    tmp_path, longer, tail, shorter, shown
):
    first = _reported(
        f"{longer} said he had pledged allegiance to the Islamic State.",
        longer,
        "person",
        "Fox News",
    )
    second = _reported(
        f"{tail} said the Taliban had been good to the country. {shorter} went to school "
        "in Florida.",
        tail,
        "person",
        "HuffPost",
    )
    at = second.document.text.index(shorter)
    other = Entity(
        "e2", shorter, "person", "PERSON", (second.document.span(at, at + len(shorter)),)
    )
    second = Extraction(second.document, (*second.entities, other), second.statements)
    assert _brief_speakers(tmp_path, [first, second]) == shown


# BASIL 2014 (Fox and NYT on the Ferguson grand jury, names changed): the spokesman one outlet
# leaves unnamed is the one the other names as the same principal's spokesman
RELATED = [
    (
        [
            "A spokesman for St. Louis County Prosecutor Bob McCullen said there was no "
            "timeline for the process, but it could take weeks.",
            "Edward Magner, a spokesman for Robert P. McCullen, the prosecuting attorney for "
            "St. Louis County, said it could take weeks for the grand jury to consider all of "
            "the evidence.",
        ],
        {"Edward Magner": ["Fox News", "HuffPost"]},
    ),
    # two spokesmen the coverage names for one principal: the unnamed one is neither
    (
        [
            "A spokesman for St. Louis County Prosecutor Bob McCullen said there was no "
            "timeline for the process, but it could take weeks.",
            "Edward Magner, a spokesman for Robert P. McCullen, said it could take weeks. Paul "
            "Fenner, a spokesman for Robert P. McCullen, said the jury would meet Wednesday.",
        ],
        {
            "spokesman for St. Louis County Prosecutor Bob McCullen": ["Fox News"],
            "Edward Magner": ["HuffPost"],
            "Paul Fenner": ["HuffPost"],
        },
    ),
    # a spokesman for someone else is not the one named as the principal's
    (
        [
            "A spokesman for Gov. Jay Nixton said there was no timeline for the process.",
            "Edward Magner, a spokesman for Robert P. McCullen, said it could take weeks.",
        ],
        {"spokesman for Gov. Jay Nixton": ["Fox News"], "Edward Magner": ["HuffPost"]},
    ),
]


@pytest.mark.parametrize(("texts", "speakers"), RELATED)
def test_an_unnamed_spokesman_is_the_one_the_coverage_names_for_that_principal(
    tmp_path, texts, speakers
):
    assert _outlets_by_speaker(tmp_path, texts, ["Fox News", "HuffPost"], "2014-08-20") == speakers


@pytest.mark.parametrize(("texts", "speakers"), END_TO_END)
def test_the_whole_chain_gives_one_speaker_per_person(tmp_path, texts, speakers):
    found = _outlets_by_speaker(tmp_path, texts, ["Fox News", "HuffPost"], "2019-01-22")
    assert set(found) == speakers
    assert all(len(outlets) == 2 for outlets in found.values()) or len(speakers) == 2


PARTY_GROUPS = [
    # BASIL 2017 (Fox and HuffPost on a new FBI director, names changed): a party's senators
    # by one outlet, the party by the other
    (
        [
            "Some Republican senators called the idea of Lieberwitz replacing Coley "
            "“intriguing,” but Sen. Clara McCaskey, D-Mo., said it was a “mistake” to nominate "
            "him.",
            "Democrats were quick to criticize the choice. Republicans, by contrast, praised "
            "Lieberwitz.",
        ],
        {"Republican senators": ["Fox News", "HuffPost"], "Clara McCaskey": ["Fox News"]},
    ),
    # BASIL 2017 (Fox and HuffPost on a Senate nominee, names changed): some of the party's
    # senators, some of its lawmakers on Capitol Hill
    (
        [
            "Several GOP senators called on him to step aside if the allegations are true.",
            "On Thursday, numerous Republican lawmakers on Capitol Hill called on Moorland to "
            "drop out of the race if the allegations were true.",
        ],
        {"GOP senators": ["Fox News", "HuffPost"]},
    ),
    # the Senate's Republicans and the House's, both quoted in one article, stay two
    (
        [
            "GOP senators said the bill was dead on arrival. House Republicans said they would "
            "pass it anyway.",
            "Republican senators said the bill would never reach the floor.",
        ],
        {"GOP senators": ["Fox News", "HuffPost"], "House Republicans": ["Fox News"]},
    ),
    # BASIL 2014 (Fox and NYT on the majority leader's race): a party's wing in a chamber
    (
        [
            "Some conservatives in the House were pushing for a postponement of the June 19 "
            "election for majority leader, saying they wanted more time to put someone with "
            "more right-wing views in the running for the position.",
            "Conservative Republicans in the House pleaded Friday for a delay in the voting, "
            "saying the race was being rushed.",
        ],
        {"Conservative Republicans in the House": ["Fox News", "HuffPost"]},
    ),
    # a party's wing is no chamber's: "Republicans" lengthened two ways is neither
    (
        [
            "Conservative Republicans said the plan was amnesty. Senate Republicans said they "
            "would vote for it.",
            "Republicans said the bill would pass.",
        ],
        {
            "Conservative Republicans": ["Fox News"],
            "Senate Republicans": ["Fox News"],
            "Republicans": ["HuffPost"],
        },
    ),
    # BASIL 2010 (NYT on the tax deal, names changed): a party's members beside someone
    # ("fellow Democrats") are theirs, not the party's lawmakers
    (
        [
            "The administration has been pushing back hard against criticism from fellow "
            "Democrats that the president has caved too much to Republicans. Democratic "
            "lawmakers said the sense of disappointment remained strong.",
            "House Democrats said the deal gives away too much to the wealthy.",
        ],
        {
            "Democratic lawmakers": ["Fox News", "HuffPost"],
            "administration": ["Fox News"],
            "fellow Democrats": ["Fox News"],
        },
    ),
]


@pytest.mark.parametrize(("texts", "speakers"), PARTY_GROUPS)
def test_a_partys_members_are_one_speaker_under_the_names_outlets_give_them(
    tmp_path, texts, speakers
):
    assert _outlets_by_speaker(tmp_path, texts, ["Fox News", "HuffPost"], "2017-05-18") == speakers


def test_each_outlets_the_report_is_the_report_it_named(tmp_path):
    """BASIL 2011 (the AARP story, names changed): HuffPost's "the report" is the
    Congressional Research Service report it named, not one speaker with Fox's "a report"."""
    texts = [
        "A September 2010 Congressional Research Service report found that lifting the cap "
        'would make the program solvent. "If all earnings were taxed, the program would be '
        'solvent," the report said.',
        "A coalition called Strengthen Benefits has railed against cuts, releasing a report "
        "claiming that even the modest COLA is not safe.",
    ]
    shown = _coverage_speakers(tmp_path, texts, ["HuffPost", "Fox News"], "2011-06-17")
    found = {s["name"]: (s["outlets"], len(s["statements"])) for s in shown}
    assert found["September 2010 Congressional Research Service report"] == (["HuffPost"], 2)
    assert found["report"] == (["Fox News"], 1)


def test_a_group_goes_by_the_name_its_statements_carry_most(tmp_path):
    """Fox News, 2011 (the motto vote): "House Republicans" speak twice and "the GOP" once;
    the one group the merge makes of them goes by the name the coverage quotes it under most,
    not the party's name a document tagged first. "NAACP officials" still speak for the
    NAACP (`test_a_body_s_officials_speak_for_the_body_the_coverage_names`)."""
    texts = [
        "House Republicans have argued that the procedural votes don't take up very much "
        "time. House Republicans said they had brought up 15 bills that would help create "
        "jobs. The GOP leadership scheduled a vote on the motto.",
        "The GOP said the president had ignored the House. Democrats said the vote was a "
        "waste of time.",
    ]
    found = _outlets_by_speaker(tmp_path, texts, ["Fox News", "HuffPost"], "2011-11-02")
    assert found["House Republicans"] == ["Fox News", "HuffPost"]
    assert "GOP" not in found


# -- the same identity behind every lookup: a speaker reached by any of its names ------------

LOOKUP = [
    ("Nancy Pelosi said the offer was a rehash.", "Nancy Pelosi", "person", "Fox News"),
    (
        "House Speaker Nancy Pelosi said the wall was immoral.",
        "Speaker Nancy Pelosi",
        "person",
        "HuffPost",
    ),
    (
        "Sen. Charles E. Schumer said the offer was a non-starter.",
        "Charles E. Schumer",
        "person",
        "The New York Times",
    ),
    ("Chuck Schumer said the shutdown must end.", "Chuck Schumer", "person", "Fox News"),
]


LOOKUP_NAMES = ("Pelosi", "Nancy Pelosi")


@pytest.fixture
def lookup_db(tmp_path):
    db = tmp_path / "news.db"
    with Store(db) as store:
        for text, speaker, kind, outlet in LOOKUP:
            store.add(_reported(text, speaker, kind, outlet))
    return db


def test_the_store_finds_whom_a_name_stands_for_under_every_name(lookup_db):
    with Store(lookup_db) as store:
        by_text = {d["id"]: store.document(d["id"])["text"] for d in store.documents()}
        pelosi = {i for i, text in by_text.items() if "Pelosi" in text}
        assert store.spellings("Pelosi") >= {"Nancy Pelosi", "Speaker Nancy Pelosi"}
        about = {name: {d["id"] for d in store.select(about=name)} for name in LOOKUP_NAMES}
        assert about["Pelosi"] == about["Nancy Pelosi"] == pelosi
        # "Chuck" is in one article's text only; the other names him Charles E. Schumer
        schumer = {i for i, text in by_text.items() if "Schumer" in text}
        assert len(schumer) == 2
        assert {d["id"] for d in store.select(about="Chuck Schumer")} == schumer
        assert {d["id"] for d in store.select(about="chuck schumer")} == schumer


def test_the_brief_and_the_web_reach_a_speaker_by_any_of_their_names(lookup_db):
    from click.testing import CliRunner
    from fastapi.testclient import TestClient

    from whatweknow.cli import cli
    from whatweknow.web import create_app

    result = CliRunner().invoke(cli, ["brief", str(lookup_db), "--about", "Chuck Schumer"])
    assert result.exit_code == 0, result.output
    assert "Chuck Schumer" in result.output and "Charles E. Schumer" not in result.output
    assert "non-starter" in result.output and "shutdown must end" in result.output

    client = TestClient(create_app(lookup_db, None))
    page = client.get("/speakers/Pelosi")
    assert page.status_code == 200
    assert "Nancy Pelosi" in page.text
    assert "rehash" in page.text and "immoral" in page.text
    said = client.get("/api/statements", params={"speaker": "Pelosi"}).json()
    assert {s["speaker"] for s in said} == {"Nancy Pelosi"} and len(said) == 2
    filtered = client.get("/brief", params={"speaker": "Charles Schumer"})
    assert "non-starter" in filtered.text and "shutdown must end" in filtered.text


def test_a_speaker_named_with_a_slash_has_a_page_and_no_one_named_has_none(tmp_path):
    """ "the NBC/WSJ poll" (BASIL): every link to its page quotes the slash, which a router
    would otherwise read as two path segments (a 404); a statement whose speaker is no one
    named keeps its colour in the document's legend but links to no speaker page."""
    from dataclasses import replace

    from fastapi.testclient import TestClient

    from whatweknow.web import create_app

    poll = _reported(
        "The NBC/WSJ poll said most voters oppose the wall.", "NBC/WSJ poll", "org", "Fox News"
    )
    unnamed = _reported("Someone said the talks had stalled.", "Someone", "person", "HuffPost")
    statement = unnamed.statements[0]
    unnamed = replace(
        unnamed, statements=(replace(statement, speaker=replace(statement.speaker, name=None)),)
    )
    db = tmp_path / "news.db"
    with Store(db) as store:
        store.add(poll)
        store.add(unnamed)
        ids = {d["outlet"]: d["id"] for d in store.documents()}
    client = TestClient(create_app(db, None))
    for path in ("/", "/speakers", "/brief", f"/documents/{ids['Fox News']}"):
        html = client.get(path).text
        assert 'href="/speakers/NBC%2FWSJ%20poll' in html, path
        assert 'href="/speakers/NBC/WSJ' not in html, path
    page = client.get("/speakers/NBC%2FWSJ%20poll")
    assert page.status_code == 200 and "most voters oppose the wall" in page.text
    document = client.get(f"/documents/{ids['HuffPost']}").text
    assert "unresolved speaker" in document and 'href="/speakers/unresolved' not in document


def test_a_group_is_reached_by_its_bare_noun(tmp_path):
    """ "prosecutors" finds "Federal prosecutors" in the brief, the web's speaker filter and
    `wwk brief --about` (BASIL, names changed)."""
    from click.testing import CliRunner
    from fastapi.testclient import TestClient

    from whatweknow.cli import cli
    from whatweknow.web import create_app

    db = tmp_path / "news.db"
    with Store(db) as store:
        for text, speaker, outlet in [
            (
                "Federal prosecutors said he spent $750,000 on himself.",
                "Federal prosecutors",
                "Fox News",
            ),
            ("Prosecutors said he bought a guitar with the money.", "Prosecutors", "HuffPost"),
        ]:
            store.add(_reported(text, speaker, "group", outlet))
    result = CliRunner().invoke(cli, ["brief", str(db), "--about", "prosecutors"])
    assert result.exit_code == 0, result.output
    assert "Federal prosecutors" in result.output
    assert "$750,000" in result.output and "guitar" in result.output
    said = TestClient(create_app(db, None)).get(
        "/api/statements", params={"speaker": "prosecutors"}
    )
    assert {s["speaker"] for s in said.json()} == {"Federal prosecutors"}
    assert len(said.json()) == 2


# -- a joint source: the statement keeps the group and is reached through each member --------

JOINT = [
    "Mark Marsden, a fellow at the Stimson Center, and Mark Kessian, an adviser at CSIS, spoke "
    "on Monday. Mr. Marsden and Mr. Kessian said the troops were unlikely to change the war.",
    "Mark Kessian of CSIS said the deployment was small.",
]


@pytest.fixture
def joint_db(tmp_path):
    db = tmp_path / "news.db"
    articles = [
        Article(raw=text, origin=f"{n}.txt", kind="text", outlet=outlet, published="2024-11-05")
        for n, (text, outlet) in enumerate(zip(JOINT, ["BBC", "CNN"], strict=True))
    ]
    with Store(db) as store:
        for result in run(articles):
            store.add(result)
    return db


def test_a_joint_statement_keeps_its_group_and_names_its_members(joint_db):
    with Store(joint_db) as store:
        found = {s["name"]: s for s in build(store, everything=True)["speakers"]}
    # named by its members, by surname, whatever order the text gives them
    joint = found["Mark Kessian and Mark Marsden"]
    assert joint["kind"] == "group"
    assert joint["members"] == ["Mark Kessian", "Mark Marsden"]
    assert [s["text"] for s in joint["statements"]] == [
        "the troops were unlikely to change the war"
    ]
    # the main brief lists it once, under the group, not again under each member
    assert [s["text"] for s in found["Mark Kessian"]["statements"]] == ["the deployment was small"]
    assert "Mark Marsden" not in found


def test_each_member_of_a_joint_source_reaches_its_statement(joint_db):
    from click.testing import CliRunner
    from fastapi.testclient import TestClient

    from whatweknow.cli import cli
    from whatweknow.web import create_app

    client = TestClient(create_app(joint_db, None))
    said = client.get("/api/statements", params={"speaker": "Marsden"}).json()
    assert [(s["speaker"], s["text"], s["with"]) for s in said] == [
        (
            "Mark Marsden",
            "the troops were unlikely to change the war",
            "Mark Kessian and Mark Marsden",
        )
    ]
    said = client.get("/api/statements", params={"speaker": "Mark Kessian"}).json()
    assert {s["text"] for s in said} == {
        "the deployment was small",
        "the troops were unlikely to change the war",
    }
    page = client.get("/speakers/Marsden")
    assert page.status_code == 200
    assert "1 statement in 1 outlet: BBC" in page.text
    assert "jointly: Mark Kessian and Mark Marsden" in page.text
    assert "a fellow at the Stimson Center" in page.text  # what the text says of the member
    filtered = client.get("/brief", params={"speaker": "Marsden"})
    assert "unlikely to change the war" in filtered.text
    result = CliRunner().invoke(cli, ["brief", str(joint_db), "--about", "Marsden"])
    assert result.exit_code == 0, result.output
    assert "unlikely to change the war" in result.output
    assert "Mark Kessian and Mark Marsden" in result.output


def test_a_pair_printed_two_ways_is_one_speaker_across_outlets_and_never_a_member(tmp_path):
    # Fox and NYT on the 2019 emergency declaration (names changed); HuffPost quotes the
    # speaker alone
    texts = [
        '"This is plainly a power grab by a disappointed President," House Speaker Nina '
        "Pelton and Senate Democratic Leader Chuck Schuman said in a statement.",
        "“This is plainly a power grab by a disappointed president,” Speaker Nina Pelton of "
        "California and Senator Chuck Schuman of New York, the Democratic leader, said in a "
        "joint statement.",
        "House Speaker Nina Pelton said the proclamation was a gross abuse of power.",
    ]
    shown = _coverage_speakers(
        tmp_path, texts, ["Fox News", "The New York Times", "HuffPost"], "2019-02-15"
    )
    found = {s["name"]: s for s in shown}
    pair = found["Nina Pelton and Chuck Schuman"]
    assert (pair["kind"], pair["outlets"]) == ("group", ["Fox News", "The New York Times"])
    assert found["Nina Pelton"]["outlets"] == ["HuffPost"]


def test_markdown_says_a_statement_on_a_members_page_was_made_jointly(joint_db):
    from whatweknow.brief.markdown import _speakers as markdown_speakers
    from whatweknow.merge import speaker

    with Store(joint_db) as store:
        entry = speaker(store, store.documents(), "Marsden")
    (line,) = [line for line in markdown_speakers({"speakers": [entry]}) if line.startswith("- ")]
    assert "the troops were unlikely to change the war" in line
    assert "_(jointly: Mark Kessian and Mark Marsden)_" in line


def test_an_organisation_one_outlet_names_by_a_description_is_the_one_named_in_full(tmp_path):
    # Fox and NYT on the NRA school report, 2013: the NYT names it "the rifle association"
    # where the statement is; Fox by its full name.
    texts = [
        "The National Rifle Association called Tuesday for state legislatures to allow more "
        "armed officers in schools. The NRA said it needs time to digest the report.",
        "Technically, the task force is independent of the rifle association, even though it "
        "paid for the study. The rifle association also called on states to require schools "
        "to develop security plans.",
    ]
    found = _outlets_by_speaker(tmp_path, texts, ["Fox News", "The New York Times"], "2013-04-02")
    assert found == {"National Rifle Association": ["Fox News", "The New York Times"]}


def test_a_person_one_outlet_quotes_by_a_description_is_the_person_the_other_names(tmp_path):
    # HuffPost and NYT on Rubio's foreign policy speech, 2015 (names changed): HuffPost
    # quotes him once as "the presidential hopeful", in an article about him that later
    # describes someone else with the same words.
    texts = [
        RUBIN_SPEECH,
        "Senator Marco Rubin of Florida said Wednesday that the nation's military must be "
        "adequately funded.",
    ]
    found = _outlets_by_speaker(tmp_path, texts, ["HuffPost", "The New York Times"], "2015-05-13")
    assert found.get("Marco Rubin") == ["HuffPost", "The New York Times"], found
    assert "presidential hopeful" not in found, found


def test_a_description_that_fits_two_organisations_names_neither(tmp_path):
    texts = [
        "The Justice Department said the law was clear. The State Department said the cable "
        "was accurate.",
        "The department said it would review the request.",
    ]
    found = _outlets_by_speaker(tmp_path, texts, ["Fox News", "HuffPost"], "2013-04-02")
    assert found["Justice Department"] == ["Fox News"], found
    assert found["State Department"] == ["Fox News"], found


def test_an_acronym_tagged_a_person_is_the_organisation_it_spells(tmp_path):
    # HuffPost and Fox on Clinton's Benghazi testimony, 2013: "The ARB … mentions" (tagged a
    # person) and Fox's "the review board … found" are the Accountability Review Board.
    texts = [
        "Clinton repeatedly cited the classified version of the review by a State Department "
        "Accountability Review Board, distributed to lawmakers last month. The ARB, in its "
        "unclassified form, mentions that the attackers' motivation is the subject of an "
        "ongoing FBI investigation.",
        "Asked Wednesday about Lamb's testimony, Clinton noted that the review board that "
        "examined the Libya attack found budget issues have played a role. “That's why you "
        "have an independent group like an Accountability Review Board; that's why it was "
        "created,” she said.",
    ]
    found = _outlets_by_speaker(tmp_path, texts, ["HuffPost", "Fox News"], "2013-01-23")
    assert found["Accountability Review Board"] == ["Fox News", "HuffPost"], found
    assert set(found) == {"Clinton", "Accountability Review Board"}, found


def test_a_suffix_one_outlet_prints_joins_where_both_names_carry_one_title(tmp_path):
    # NYT and Fox on Wal-Mart v. Dukes, 2011: "Chief Justice John G. Roberts Jr." and "Chief
    # Justice John Roberts" are one person (one article each: the title tells), and the NYT's
    # "The chief justice also asked …" is he.
    texts = [
        "The court of Chief Justice John G. Roberts Jr. has recently issued a series of "
        "rulings in favor of plaintiffs. “Is it true,” Chief Justice Roberts asked Mr. "
        "Sellers, “that Wal-Mart’s pay disparity across the company was less than the "
        "national average?” The chief justice also asked Mr. Sellers “how many examples of "
        "abuse need to be shown before you can say that flows from the policy?”",
        "Chief Justice John Roberts also offered his doubts about the merits of lawsuit, "
        "suggesting that any discriminatory acts at Wal-Mart are no worse than anywhere else.",
    ]
    found = _outlets_by_speaker(tmp_path, texts, ["The New York Times", "Fox News"], "2011-03-29")
    assert found["John Roberts"] == ["Fox News", "The New York Times"], found
    assert "chief justice" not in found and "John G. Roberts Jr." not in found, found


@pytest.mark.parametrize(
    ("text", "name", "titled"),
    [
        # a title "of" a body in capitals, printed whole before the name (BASIL 2013, Fox)
        (
            "Director of National Intelligence James Clapper issued a statement late Thursday.",
            "James Clapper",
            "Director of National Intelligence James Clapper",
        ),
        (
            "Secretary of Homeland Security Jeh Johnson said the agency was ready.",
            "Jeh Johnson",
            "Secretary of Homeland Security Jeh Johnson",
        ),
        # a place or a body before the name, no title: nothing kept
        ("University of Texas economist Dan Hamermesh said the gap was small.", None, None),
        ("Friends of the Earth president Erich Pica said the plan fell short.", None, None),
        # a sentence ends between the office and the next name (the code review of round 62)
        (
            "Trump fired the Director of National Intelligence. Dan Coats said he would leave.",
            "Dan Coats",
            None,
        ),
    ],
)
def test_a_title_of_a_body_before_a_name_is_kept_with_it(text, name, titled):
    (result,) = run([Article(raw=text, origin="a.txt", kind="text")])
    assert isinstance(result, Extraction), result
    kept = [a for e in result.entities if e.type == "person" for a in e.aliases if " of " in a]
    assert kept == ([titled] if titled else []), [(e.name, e.aliases) for e in result.entities]
    if name:
        assert any(e.name == name for e in result.entities), result.entities


@pytest.mark.parametrize(
    ("nyt", "one"),
    [
        # BASIL 2013 (the NSA leaks): Fox prints the office as a title before the name, the
        # Times as an appositive after it with the suffix; one office, one person
        (
            "After rushing to declassify some carefully selected descriptions of the programs, "
            "James R. Clapper Jr., the director of national intelligence, conceded for the "
            "first time that the program existed.",
            True,
        ),
        # another office, or an appositive that is no office, says nothing: a tie stays apart
        (
            "James R. Clapper Jr., the director of the F.B.I., conceded for the first time "
            "that the program existed.",
            False,
        ),
        (
            "James R. Clapper Jr., the former Air Force general, conceded for the first time "
            "that the program existed.",
            False,
        ),
    ],
)
def test_a_suffix_one_outlet_prints_joins_where_a_title_and_an_appositive_give_one_office(
    tmp_path, nyt, one
):
    fox = (
        "While civil liberties groups cried foul over the program, Director of National "
        "Intelligence James Clapper issued a statement late Thursday decrying the leak of the "
        'materials. He called the disclosure reprehensible, saying it "threatens potentially '
        "long-lasting and irreversible harm to our ability to identify and respond to the "
        'many threats facing our nation."'
    )
    found = _outlets_by_speaker(
        tmp_path, [fox, nyt], ["Fox News", "The New York Times"], "2013-06-07"
    )
    joined = [outlets for name, outlets in found.items() if "Clapper" in name]
    assert (joined == [["Fox News", "The New York Times"]]) is one, found


def test_a_suffix_one_outlet_prints_keeps_two_people_apart_under_different_titles(tmp_path):
    texts = [
        "Donald Trump Jr. said the meeting was short.",
        "President Donald Trump said the meeting was productive.",
    ]
    found = _outlets_by_speaker(tmp_path, texts, ["Fox News", "HuffPost"], "2017-07-11")
    assert found == {"Donald Trump Jr.": ["Fox News"], "Donald Trump": ["HuffPost"]}, found


def test_a_title_alone_is_the_one_person_the_coverage_gives_it(tmp_path):
    # HuffPost and NYT on the 2012 vice-presidential debate: "the vice president" in Ryan's
    # quote is Biden, whom HuffPost names "Vice President Biden"; a title two people hold
    # names neither.
    texts = [
        "Vice President Biden said the Republican ticket had no plan. And Ryan then added: "
        "“With respect to that quote, I think the vice president very well knows that "
        "sometimes the words don't come out of your mouth the right way.”",
        "Joe Biden said the ticket would cut taxes for the rich. Vice President Joe Biden said "
        "Mr. Ryan's numbers did not add up.",
    ]
    found = _outlets_by_speaker(tmp_path, texts, ["HuffPost", "The New York Times"], "2012-10-12")
    assert found["Joe Biden"] == ["HuffPost", "The New York Times"], found
    assert "vice president" not in found, found
    two = People(
        [
            {"name": "Mike Pence", "type": "person", "aliases": ["Vice President Mike Pence"]},
            {"name": "Joe Biden", "type": "person", "aliases": ["Vice President Joe Biden"]},
        ]
    )
    assert two.office_holder("the vice president") is None
    assert two.canonical("vice president", "person") == "vice president"


_STATE_OFFICERS = [
    _person("Eric Schneiderman", None, "New York Attorney General Eric Schneiderman"),
    _person("Greg Abbott", None, "Texas Gov. Greg Abbott"),
    _person("Eric Holder", None, "Attorney General Eric Holder"),
    _person("Jon Husted", None, "Ohio Secretary of State Jon Husted"),
]


@pytest.mark.parametrize(
    ("speaker", "shown"),
    [
        # USA Today on the Trump University records (2016): "The attorney general of the
        # state of New York" is the man the Washington Post names "New York Attorney General
        # Eric Schneiderman"
        ("The attorney general of the state of New York", "Eric Schneiderman"),
        ("the attorney general of New York", "Eric Schneiderman"),
        ("the governor of Texas", "Greg Abbott"),
        # … but not an office of another state, a former one, nor one the coverage gives
        # no one with that state
        ("the attorney general of Texas", "the attorney general of Texas"),
        ("the former governor of Texas", "the former governor of Texas"),
        ("the lieutenant governor of Texas", "the lieutenant governor of Texas"),
        ("the governor of New York", "the governor of New York"),
        # Husted's title stops at "of": "secretary of state" in Ohio is no "secretary of Ohio"
        ("the secretary of state of Ohio", "the secretary of state of Ohio"),
    ],
)
def test_an_office_of_a_state_is_the_one_person_the_coverage_titles_so(speaker, shown):
    people = People(_STATE_OFFICERS)
    assert people.canonical(speaker, "person") == shown


def test_an_office_of_a_state_joins_the_person_another_outlet_titles_so(tmp_path):
    # USA Today and the Washington Post on the Trump University records (2016); the Post
    # prints the state before the title, the letter names the office alone
    texts = [
        "The attorney general of the state of New York is suing Trump for $40 million, "
        "claiming Trump University was a scam.",
        "In addition to the class action cases, New York Attorney General Eric Schneiderman "
        "filed a $40 million lawsuit in 2013. Schneiderman alleged in the suit that Trump "
        "personally earned $5 million from the enterprise.",
    ]
    found = _outlets_by_speaker(tmp_path, texts, ["USA Today", "Washington Post"], "2016-06-01")
    assert found["Eric Schneiderman"] == ["USA Today", "Washington Post"], found
    # the office of another state stays apart
    texts[0] = texts[0].replace("New York", "Texas")
    (tmp_path / "tx").mkdir()
    found = _outlets_by_speaker(
        tmp_path / "tx", texts, ["USA Today", "Washington Post"], "2016-06-01"
    )
    assert found["Eric Schneiderman"] == ["Washington Post"], found


def test_an_office_of_a_state_two_people_hold_names_neither():
    people = People(
        [
            _person("Rick Perry", None, "Texas Gov. Rick Perry"),
            _person("Greg Abbott", None, "Texas Gov. Greg Abbott"),
        ]
    )
    assert people.office_holder("the governor of Texas") is None


def test_an_office_of_a_state_held_by_a_joined_person_names_the_one_kept():
    # a join adds the dropped person's offices to the kept one's; the dropped one's are not
    # a second holder (the merge joins people by what they said before it asks for holders)
    people = People(
        [
            _person("Greg Abbott", None, "Texas Gov. Greg Abbott"),
            _person("Beto Smith", None, "Beto Smith"),
        ]
    )
    keep, drop = people.names.index("Beto Smith"), people.names.index("Greg Abbott")
    assert people.office_holder("the governor of Texas") == drop
    people._join(keep, drop)
    assert people.office_holder("the governor of Texas") == keep


def test_a_title_alone_opening_a_sentence_is_the_one_person_the_coverage_gives_it(tmp_path):
    # HuffPost on the 2012 vice-presidential debate opens a paragraph with "The vice
    # president dominated the spotlight …" (here one that says something); the NYT names
    # "Vice President Joe Biden". The extractor drops the article before the merge sees the
    # name (`speakers.group_name`); asked directly, a capitalised article is still the title.
    texts = [
        "DANVILLE, Ky. – The vice president said Rep. Paul Ryan's numbers did not add up.",
        "Vice President Joe Biden said the Republican ticket had no plan.",
    ]
    found = _outlets_by_speaker(tmp_path, texts, ["HuffPost", "The New York Times"], "2012-10-12")
    assert found["Joe Biden"] == ["HuffPost", "The New York Times"], found
    one = People([{"name": "Joe Biden", "type": "person", "aliases": ["Vice President Joe Biden"]}])
    assert one.office_holder("The vice president") == one.office_holder("the vice president")
    assert one.office_holder("The vice president") is not None
    assert one.office_holder("The Vice President") is None


@pytest.mark.parametrize(
    ("texts", "speakers"),
    [
        # BASIL 2018 (the mail bombs, shortened): the Times prints both suffixes, HuffPost
        # neither; its "James Clapper" is the Times's "James R. Clapper Jr."
        (
            [
                "A law enforcement official identified the suspect as Cesar Sayoc Jr., 56, of "
                "Aventura, Fla., just north of Miami. One package was addressed to James R. "
                "Clapper Jr., the former director of national intelligence. “This is "
                "definitely domestic terrorism,” Mr. Clapper said.",
                "Cesar Sayoc, 56, of South Florida was taken into custody on Friday. James "
                "Clapper, a CNN contributor, said the bombs were domestic terrorism.",
            ],
            {"James Clapper": ["HuffPost", "The New York Times"]},
        ),
        # the son's article names his father too: two people, whatever else it leaves out
        (
            [
                "Donald Trump Jr. said the meeting was short. President Trump said Robert S. "
                "Mueller III was conflicted.",
                "Donald Trump said the meeting was productive. Robert Mueller declined to comment.",
            ],
            {
                "Donald Trump Jr.": ["The New York Times"],
                "Donald Trump": ["HuffPost"],
                "Trump": ["The New York Times"],  # "President Trump" beside his son: not told
            },
        ),
    ],
)
def test_a_suffix_an_outlet_leaves_out_for_everyone_does_not_split_a_person(
    tmp_path, texts, speakers
):
    found = _outlets_by_speaker(tmp_path, texts, ["The New York Times", "HuffPost"], "2018-10-26")
    assert {k: v for k, v in found.items() if k in speakers or "Trump" in k} == speakers, found


NETANYAHU_SAID = (
    "President Obama has said that he is determined to prevent Iran from getting nuclear weapons"
)


@pytest.mark.parametrize(
    ("articles", "one"),
    [
        # BASIL 2012 (Netanyahu's ad): HuffPost's "Bibi Netanyahu" and Fox's "Benjamin
        # Netanyahu" quote one sentence; the nicknames list lacks "Bibi"
        (
            [
                [
                    (
                        "Bibi Netanyahu",
                        "“President Obama has said that he’s determined to prevent "
                        "Iran from getting nuclear weapons and I appreciate that and I respect that,”",
                    )
                ],
                [("Benjamin Netanyahu", NETANYAHU_SAID)],
                [
                    (
                        "Benjamin Netanyahu",
                        "The fact is that every day that passes, Iran gets "
                        "closer and closer to nuclear arms",
                    )
                ],
            ],
            True,
        ),
        # the same names saying different things: nothing tells they are one
        (
            [
                [
                    (
                        "Bibi Netanyahu",
                        "“I know that people are trying to draw me into the "
                        "American election. I’m not going to do that.”",
                    )
                ],
                [("Benjamin Netanyahu", NETANYAHU_SAID)],
            ],
            False,
        ),
        # one sentence twice in one article is no second outlet's word
        ([[("Bibi Netanyahu", NETANYAHU_SAID), ("Benjamin Netanyahu", NETANYAHU_SAID)]], False),
        # father and son: "Rand" is not in the list either, but the two say different things
        (
            [
                [
                    (
                        "Rand Paul",
                        "We have to decide what is conservative and what isn’t conservative",
                    )
                ],
                [("Ron Paul", "It isn't about viewership")],
            ],
            False,
        ),
        # an article naming both keeps them two, whatever the others print (BASIL's 2016
        # Zimmerman gun sale: USA Today names Tracy Martin and his son Trayvon)
        (
            [
                [
                    (
                        "Tracy Martin",
                        "a foundation in his son's name is focusing on ending "
                        "senseless gun violence",
                    ),
                    ("Trayvon Martin", ""),
                ],
                [
                    (
                        "Trayvon Martin",
                        "a foundation in his son's name is focusing on ending "
                        "senseless gun violence",
                    )
                ],
            ],
            False,
        ),
        # two given names the list knows are two people ("Michelle" is no "Michael")
        (
            [
                [("Michelle Obama", NETANYAHU_SAID)],
                [("Michael Obama", NETANYAHU_SAID)],
            ],
            False,
        ),
        # other initials: "Benjamin" is not "Yoni"
        ([[("Yoni Netanyahu", NETANYAHU_SAID)], [("Benjamin Netanyahu", NETANYAHU_SAID)]], False),
    ],
)
def test_a_nickname_the_list_lacks_joins_a_person_quoted_saying_the_same(articles, one):
    names = [{"type": "person", "name": n} for said in articles for n, _ in said]

    def namesakes(surnames):
        return [
            {n for n, _ in said}
            for said in articles
            if any(s in n for n, _ in said for s in surnames)
        ]

    people = People(names, namesakes)
    people.know_people_said(
        (f"doc{number}", name, content)
        for number, said in enumerate(articles)
        for name, content in said
        if content
    )
    first, second = articles[0][0][0], articles[-1][-1][0]
    if len(articles) > 1:
        second = articles[1][0][0]
    shown = {people.canonical(first, "person"), people.canonical(second, "person")}
    assert (len(shown) == 1) is one
    if one:
        # under the name the list knows, and the bare surname is that one person
        assert shown == {"Benjamin Netanyahu"}
        assert people.canonical("Mr. Netanyahu", "person") == "Benjamin Netanyahu"
