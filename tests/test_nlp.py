"""The parse (`whatweknow.nlp`): where a sentence ends, and how the tokenizer splits a word the
model would misread."""

from __future__ import annotations

import pytest

from whatweknow import load_nlp


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # the period of dotted capitals or a suffix also ends the sentence (BASIL, names changed)
        (
            "The two appeared before Judge Ann Moore in Washington, D.C. Miller's wife spent "
            "$5,000 on furniture.",
            2,
        ),
        ("“Mr. Hale lied many times to the F.B.I. Nothing happened to him.”", 2),
        ("“We need a great director of the F.B.I. I cherish the F.B.I.”", 2),
        ("I don’t think that’s O.K. You might think it’s O.K.", 2),
        ("Former Rep. Harold Brooks Jr. He pleaded guilty.", 2),
        # and does not where the sentence goes on
        ("U.S. Attorney Paul Fishman said only that his office would cooperate.", 1),
        ("The top official in the state was Suffolk County D.A. Ralph Martin.", 1),
        ("The rally was in Washington, D.C., and Mayor Ann Bowser spoke.", 1),
        ("He spoke at the U.S. Chamber of Commerce on Monday.", 1),
        ("Martin Luther King Jr. Day is a holiday.", 1),
    ],
)
def test_an_abbreviation_ends_a_sentence_only_where_a_new_one_opens(text, sentences):
    assert len(list(load_nlp()(text).sents)) == sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # a title's abbreviation the tokenizer splits from its period goes on to the name
        # after it (PolNeAR, Politico and the Western Journal 2016, names changed)
        ("“We can,” said Pentagon spokesman Navy Capt. Jeff Dale, who was asked about it.", 1),
        ("“I really don’t understand it,” said Air Force 1st Lt. Tyler Lindon.", 1),
        ("“The candidates left just don’t understand,” said Army Capt. Chris Pardee.", 1),
        ("The story of Army Capt. Hamid Kahn, 27, moved voters.", 1),
        ("“We are ready,” said Sgt. Mary Jonas.", 1),  # the verb right before the title
        # a period after a title with no name after it, or after a word that is no title,
        # still ends the sentence
        ("He retired as a Navy Capt. He said the war was lost.", 2),
        ("He served in the Army. Capt. Ron Jansen of the Highway Patrol spoke.", 2),
        # nor does a title run on from a word keep its name, which the parser may then hang on
        # another verb (Washington Post 2015, PolNeAR, names changed)
        (
            "In May, the city council voted to pay $5.5 million to victims abused by the unit "
            'known as the "Midnight Crew," directed by then-Cmdr. Jon Burgess.',
            2,
        ),
    ],
)
def test_a_title_s_split_period_before_a_name_ends_no_sentence(text, sentences):
    assert len(list(load_nlp()(text).sents)) == sentences


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        # BASIL af4a3f41 (Fox): a slash at the end of a word joins it to the next name
        ("A new NBC/ Wall Street Journal poll", ["A", "new", "NBC", "/", "Wall", "Street"]),
        ("(ABC/ Washington Post)", ["(", "ABC", "/", "Washington", "Post", ")"]),
        # a slash elsewhere stays on its token
        ("and/or 24/7 after 9/11", ["and/or", "24/7", "after", "9/11"]),
        ("see https://example.com/ now", ["see", "https://example.com/", "now"]),
    ],
)
def test_a_slash_at_the_end_of_a_word_is_its_own_token(text, tokens):
    assert [t.text for t in load_nlp()(text)][: len(tokens)] == tokens


@pytest.mark.parametrize(
    ("text", "word", "tag"),
    [
        # BASIL ae243a95 (HuffPost): "W]e" was a PERSON, the subject of "inform"
        (
            'The letter stated, "[W]e write to inform you that we will not agree to invoke '
            'cloture."',
            "[W]e",
            "PRP",
        ),
        # PolNeAR train (The Western Journal, HuffPost)
        ("“[I]f it was left up to her, she wouldn’t have time,” Limbaugh said.", "[I]f", "IN"),
        ("“[T]he stakes are higher than the fight of the day,” he wrote.", "[T]he", "DT"),
    ],
)
def test_a_word_with_an_editors_bracketed_capital_is_one_token_read_as_the_word(text, word, tag):
    (token,) = [t for t in load_nlp()(text) if word in t.text]
    assert (token.text, token.tag_, token.ent_type_) == (word, tag, "")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # PolNeAR train (Politico): "O’Donnell" was a common noun, untyped, and the brief gave
        # the statement to an anonymous "O’Donnell"
        ("“It’s taxing on campaign resources,” O’Donnell said. “Big time.”", "O’Donnell"),
        # the same article: tagged an organisation, "Brett O’Donnell" spoke as an anonymous one
        (
            "“While it’s great to brag about …,” said Brett O’Donnell, chief strategist for "
            "Michele Bachmann’s campaign four years ago.",
            "O’Donnell",
        ),
        # PolNeAR train (The Western Journal): four statements of an anonymous "D’Souza"
        (
            "D’Souza told Beck that he is making a movie set to be released in the summer.",
            "D’Souza",
        ),
        # PolNeAR train (HuffPost): "O’Malley frequently notes that …" had no speaker
        (
            "The candidate’s executive action announcements were broadly similar to those of "
            "O’Malley and Clinton, although O’Malley frequently notes that he was the first to "
            "put out an immigration platform.",
            "O’Malley",
        ),
    ],
)
def test_a_name_with_a_curly_apostrophe_reads_as_its_straight_spelling(text, word):
    nlp = load_nlp()
    doc, straight = nlp(text), nlp(text.replace(word, word.replace("’", "'")))
    assert [t.tag_ for t in doc if t.text == word] == ["NNP"] * text.count(word)
    assert [(t.tag_, t.dep_, t.head.i, t.ent_type_) for t in doc] == [
        (t.tag_, t.dep_, t.head.i, t.ent_type_) for t in straight
    ]


def test_a_curly_apostrophe_elsewhere_keeps_its_reading():
    # a contraction keeps its norm ("n’t" is "not"), and so does a word in capitals
    doc = load_nlp()("I don’t know. WE DON’T KNOW. It’s the plan.")
    assert [(t.text, t.norm_) for t in doc if "’" in t.text] == [
        ("n’t", "not"),
        ("DON’T", "don’t"),
        ("’s", "'s"),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # PolNeAR dev (The Washington Post 2016-09-08): "Marcia "" a person, "Cia" Price" a work
        (
            '"This is a big year for our potential United States senator, Bobby Scott!" '
            'Scott\'s niece, state Del. Marcia "Cia" Price (D-Newport News), shouted to the '
            "crowd.",
            'Marcia "Cia" Price',
        ),
        # PolNeAR train (The Western Journal 2016-07-28): "Tiegen" was an organisation
        (
            "Western Journalism reported that former CIA operative and Marine John “Tig” "
            "Tiegen found both issues to be disqualifying.",
            "Marine John “Tig” Tiegen",
        ),
        # PolNeAR train (The Washington Post 2016-04-17): "C.L." alone a person
        ('his campaign was represented by Gov. C.L. "Butch" Otter (R-Idaho)', 'C.L. "Butch" Otter'),
        # BASIL 2013 d3a1ce0a (The New York Times): "William "Mo" a person, "Cowan" nothing
        (
            'Massachusetts Gov. Deval Patrick named his former Chief of Staff William "Mo" '
            "Cowan to the seat.",
            'William "Mo" Cowan',
        ),
    ],
)
def test_a_name_cut_at_a_quoted_nickname_is_one_person(text, name):
    doc = load_nlp()(text)
    assert [e.text for e in doc.ents if e.label_ == "PERSON" and name in e.text] == [name]
    assert not [e for e in doc.ents if e.label_ != "PERSON" and name.endswith(e.text)]


@pytest.mark.parametrize(
    "text",
    [
        # a quoted word after a name that is no nickname: no capitalised word after it, or a
        # lower-case one inside
        'Trump called Clinton "Crooked" on Tuesday.',
        'Trump said Clinton was "crooked" Hillary.',
    ],
)
def test_a_quoted_word_after_a_name_that_is_no_nickname_leaves_the_name(text):
    assert not [e.text for e in load_nlp()(text).ents if '"' in e.text]
