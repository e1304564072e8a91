"""Certainty, table-driven: hedges, boosters, negation, the ICD 203 level and the basis of
each figure and statement, on real and news-style sentences. Scope follows the parse."""

from __future__ import annotations

from functools import cache

import pytest

from whatweknow import clean, extract, load_nlp
from whatweknow.extract.certainty import _cue_type, level
from whatweknow.model import Article

# (figure or statement, text, figure text or cue, hedged, negated, ICD 203 level, basis, cue words)
CASES = [
    (
        "figure",
        "Pyongyang may actually deploy as many as 100,000 troops.",
        "as many as 100,000",
        True,
        False,
        None,
        "the article itself",
        ["may"],
    ),
    (
        "figure",
        "The number was originally put at about 11,000 by the Pentagon.",
        "about 11,000",
        False,
        False,
        None,
        "government",
        ["about"],
    ),
    (
        "figure",
        # "reportedly": the figure is unnamed reports' (a statement of theirs), so its basis is
        # an anonymous source, still hedged
        "Russia is reportedly suffering over 1,000 casualties a day.",
        "over 1,000",
        True,
        False,
        None,
        "anonymous",
        ["reportedly"],
    ),
    (
        "figure",
        "The troops are believed to number about 12,000.",
        "about 12,000",
        True,
        False,
        None,
        "the article itself",
        ["about", "believed"],
    ),
    (
        "figure",
        "The army appears to have lost 300 tanks.",
        "300",
        True,
        False,
        None,
        "the article itself",
        ["appears"],
    ),
    ("figure", "Officials said 200 people had died.", "200", False, False, None, "anonymous", []),
    (
        "figure",
        "Officials said 200 people might have died.",
        "200",
        True,
        False,
        None,
        "anonymous",
        ["might"],
    ),
    (
        "figure",
        "Unnamed sources say 5,000 soldiers were sent.",
        "5,000",
        True,
        False,
        None,
        "anonymous",
        ["Unnamed sources"],
    ),
    (
        "figure",
        "Perhaps 2,000 people attended the rally.",
        "2,000",
        True,
        False,
        None,
        "the article itself",
        ["Perhaps"],
    ),
    (
        "figure",
        "The death toll could rise to 100.",
        "100",
        True,
        False,
        None,
        "the article itself",
        ["could"],
    ),
    (
        "figure",
        "An estimated 1.2 million people fled the city.",
        "An estimated 1.2 million",
        True,
        False,
        None,
        "the article itself",
        ["An estimated", "estimated"],
    ),
    (
        "figure",
        "The US estimates that around 600,000 troops have been killed or wounded.",
        "around 600,000",
        True,
        False,
        None,
        "government",
        ["around", "estimates"],
    ),
    (
        "figure",
        "The report suggests that 30% of the funds were lost.",
        "30%",
        True,
        False,
        None,
        "named organisation",
        ["suggests"],
    ),
    (
        "figure",
        "There were probably about 500 protesters.",
        "about 500",
        True,
        False,
        "likely",
        "the article itself",
        ["about", "probably"],
    ),
    (
        "figure",
        "The ministry confirmed that 12 soldiers were killed.",
        "12",
        False,
        False,
        None,
        "government",
        ["confirmed"],
    ),
    (
        "figure",
        "The figures clearly show that 3,000 jobs were lost.",
        "3,000",
        False,
        False,
        None,
        "anonymous",
        ["clearly"],
    ),
    (
        "figure",
        "Allegedly, 40 officers took bribes.",
        "40",
        True,
        False,
        None,
        "the article itself",
        ["Allegedly"],
    ),
    (
        "figure",
        "The company did not lay off 200 workers, its spokesman said.",
        "200",
        False,
        True,
        None,
        "anonymous",
        ["not"],
    ),
    (
        "figure",
        "Intelligence officials fear that the North could send 10,000 more troops.",
        "10,000",
        True,
        False,
        None,
        "intelligence agency",
        ["could", "fear"],
    ),
    # "but the other army has 300,000" is a clause of its own, its subject its own: the "may"
    # of the clause before hedges 1.28 million, not 300,000
    (
        "figure",
        "The secretive kingdom may have 1.28 million active soldiers, but the other army has 300,000.",
        "300,000",
        False,
        False,
        None,
        "the article itself",
        [],
    ),
    (
        "figure",
        "The secretive kingdom may have 1.28 million active soldiers, but the other army has 300,000.",
        "1.28 million",
        True,
        False,
        None,
        "the article itself",
        ["may"],
    ),
    (
        "figure",
        "The storm killed 12 people. Officials may raise the toll later.",
        "12",
        False,
        False,
        None,
        "the article itself",
        [],
    ),
    (
        "figure",
        "With Russia reportedly suffering over 1,000 casualties on the battlefield, reducing casualties could help.",
        "over 1,000",
        True,
        False,
        None,
        "anonymous",
        ["reportedly"],
    ),
    (
        "statement",
        "Mark Cancian believes that the army is poorly trained.",
        "believes",
        True,
        False,
        None,
        "named person",
        ["believes"],
    ),
    (
        "statement",
        "A senior official said the plan was dead.",
        "said",
        True,
        False,
        None,
        "anonymous",
        ["A senior official"],
    ),
    (
        "statement",
        "Reuters reported that the ship had been seized.",
        "reported",
        False,
        False,
        None,
        "named organisation",
        [],
    ),
    (
        "statement",
        "South Korean intelligence said the troops were elite.",
        "said",
        False,
        False,
        None,
        "intelligence agency",
        [],
    ),
    (
        "statement",
        "The Pentagon said the troops had arrived.",
        "said",
        False,
        False,
        None,
        "government",
        [],
    ),
    (
        "statement",
        "Some experts believe the language barrier would complicate any combat role.",
        "believe",
        True,
        False,
        None,
        "anonymous",
        ["believe"],
    ),
    (
        "statement",
        "Officials said it is very likely that more troops will be sent.",
        "said",
        True,
        False,
        "very likely",
        "anonymous",
        ["likely", "very likely"],
    ),
    (
        "statement",
        "Analysts said it was unlikely that the ships would arrive.",
        "said",
        True,
        False,
        "unlikely",
        "anonymous",
        ["unlikely"],
    ),
    (
        "statement",
        "The general said there was a roughly even chance that the line would hold.",
        "said",
        True,
        False,
        "roughly even chance",
        "anonymous",
        ["roughly even chance"],
    ),
    (
        "statement",
        "The ministry said the attack almost certainly came from the north.",
        "said",
        False,
        False,
        "almost certain",
        "government",
        ["almost certainly", "certainly"],
    ),
    (
        "statement",
        "“They are not battle-tested at the moment,” said the general.",
        "said",
        False,
        True,
        None,
        "anonymous",
        ["not"],
    ),
    (
        "statement",
        "The spokesman said the army had clearly won.",
        "said",
        False,
        False,
        None,
        "anonymous",
        ["clearly"],
    ),
    (
        "statement",
        "Observers say Moscow may need more manpower.",
        "say",
        True,
        False,
        None,
        "anonymous",
        ["may"],
    ),
    (
        "statement",
        "The minister confirmed that the talks had failed.",
        "confirmed",
        False,
        False,
        None,
        "anonymous",
        ["confirmed"],
    ),
    (
        "statement",
        "Unnamed sources believe that Pyongyang may deploy more troops.",
        "believe",
        True,
        False,
        None,
        "anonymous",
        ["Unnamed sources", "believe", "may"],
    ),
    (
        "statement",
        "Officials said there was almost no chance of a deal.",
        "said",
        True,
        False,
        "almost no chance",
        "anonymous",
        ["almost no chance"],
    ),
    (
        "statement",
        "The report said the attack was highly unlikely to succeed.",
        "said",
        True,
        False,
        "very unlikely",
        "named organisation",
        ["highly unlikely", "unlikely"],
    ),
    # A hedge marks a figure only in its own clause or its complement: not one whose clause
    # the figure is set before ("With a majority …, it seems unlikely that …"; BASIL
    # b764f81f, 1bb79cc1), nor a clause joined with its own subject, nor a likelihood of
    # another phrase of the sentence ("likely Republican voters"; BASIL 0ffb34cd, 8dc7ccfe,
    # b5eefefb, f11c2566, 6f95dcb9, a28a0329; as printed)
    (
        "figure",
        "With a majority of Americans now supporting marijuana legalization, and with states "
        "continuing to pass legalization laws, it seems unlikely that the federal government "
        "would push back against the legalizations.",
        "a majority",
        False,
        False,
        None,
        "the article itself",
        [],
    ),
    (
        "figure",
        "After 11 hearings, 25,000 pages of documents, and now this release, we can hopefully "
        "spend our time working on what’s important.",
        "11",
        False,
        False,
        None,
        "the article itself",
        [],
    ),
    (
        "figure",
        "According to one recent poll, immigration was cited by only 4 percent of likely "
        "Republican voters as the most important issue.",
        "4 percent",
        False,
        False,
        None,
        "named organisation",
        [],
    ),
    (
        "figure",
        "Nine states, including California, Delaware and New Jersey, now allow civil unions and "
        "broad domestic partnerships that most likely fit Mr. Romney’s description of "
        "marriage-like arrangements.",
        "Nine",
        False,
        False,
        None,
        "the article itself",
        [],
    ),
    (
        "figure",
        "The latest Fox News national poll of likely voters showed Romney edging Obama, 46 "
        "percent to 45 percent.",
        "46 percent to 45 percent",
        False,
        False,
        None,
        "named organisation",
        [],
    ),
    (
        "figure",
        "“You take 18 of them, California, Illinois and New York, where you know we’re not "
        "likely to do well at the top of the ticket, and those districts are frankly pretty "
        "vulnerable.”",
        "18",
        False,
        False,
        None,
        "the article itself",
        [],
    ),
    # "can" of ability, permission or general possibility hedges nothing (BASIL 1bb79cc1
    # HuffPost, 7f9c83f7 Fox, 005a2961 Fox; PolNeAR train NYT 2016-07-15; as printed)
    (
        "figure",
        "After 11 hearings, 25,000 pages of documents, and now this release, we can hopefully "
        "spend our time working on what’s important.",
        "25,000",
        False,
        False,
        None,
        "the article itself",
        [],
    ),
    (
        "statement",
        "As for Iran, Rubio said it cannot be trusted.",
        "said",
        False,
        True,
        None,
        "named person",
        ["not"],
    ),
    (
        "statement",
        '"I have people that actually have been studying it and they cannot believe what '
        'they\'re finding," Trump told NBC\'s "Today" show on Thursday.',
        "told",
        False,
        False,
        None,
        "named person",
        [],
    ),
    (
        "statement",
        "Voters see Hillary Clinton as a wounded candidate, with a large and growing majority "
        "of voters saying she cannot be trusted, according to the latest New York Times/CBS "
        "News poll.",
        "saying",
        False,
        True,
        None,
        "anonymous",
        ["not"],
    ),
    # "appear" with nothing it raises is showing up, no hedge (BASIL d16050b3, NYT); with "to"
    # it hedges (the army case above)
    (
        "statement",
        "CNN, which has enlisted Ms. Griffin to host New Year’s Eve programming alongside "
        "Anderson Cooper for the last decade, announced on Wednesday that she would no longer "
        "appear.",
        "announced",
        False,
        False,
        None,
        "named organisation",
        [],
    ),
    # A capital stands for its government in foreign affairs (a second country named).
    (
        "statement",
        "Moscow said the claims by Kyiv were false.",
        "said",
        False,
        False,
        None,
        "government",
        [],
    ),
]


@cache
def extraction_of(text: str):
    return extract(clean(Article(text, "test", "text")), load_nlp())


@pytest.mark.parametrize("kind, text, key, hedged, negated, icd, basis, cues", CASES)
def test_certainty(kind, text, key, hedged, negated, icd, basis, cues):
    extraction = extraction_of(text)
    if kind == "figure":
        (item,) = [f for f in extraction.figures if f.span.text == key]
        assert item.hedged is hedged
    else:
        (item,) = [s for s in extraction.statements if s.cue and s.cue.text == key]
    record = item.certainty
    assert (record["hedged"], record["negated"], record["level"], record["basis"]) == (
        hedged,
        negated,
        icd,
        basis,
    )
    assert sorted({c["text"] for c in record["cues"]}) == cues
    for cue in record["cues"]:
        assert text[cue["start"] : cue["end"]] == cue["text"]


def test_table_covers_at_least_forty_sentences():
    assert len({case[1] for case in CASES}) >= 40


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("almost certainly", "almost certain"),
        ("very likely", "very likely"),
        ("highly improbable", "very unlikely"),
        ("a roughly even chance", "roughly even chance"),
        ("probably", "likely"),
        ("unlikely", "unlikely"),
        ("there is almost no chance", "almost no chance"),
        ("it rained", None),
    ],
)
def test_icd_203_ladder(phrase, expected):
    assert level(phrase) == expected


def test_a_may_in_another_sentence_does_not_hedge():
    (figure,) = extraction_of(
        "The storm killed 12 people. Officials may raise the toll later."
    ).figures
    assert figure.hedged is False


@pytest.mark.parametrize(
    "text, hedged",
    [
        # "appear" with nothing it raises is showing up (BASIL d16050b3's "would no longer
        # appear"; written sentences after it)
        ("She announced that she would no longer appear on the show.", False),
        ("The White House said Trump would appear at the rally.", False),
        # it hedges what it raises, a state included; "seem" always hedges
        ("Trump appears to be winning.", True),
        ("The talks appear on track.", True),
        ("The deal seemed in trouble.", True),
    ],
)
def test_appear_hedges_only_what_it_raises(text, hedged):
    (verb,) = [t for t in load_nlp()(text) if t.lemma_ in ("appear", "seem")]
    assert (_cue_type(verb) == "epistemic") is hedged
