"""Cleaning: captions and credits, glued words, normalisation, and the offset map."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from whatweknow.clean import _CHAR_MAP, clean_text
from whatweknow.clean.captions import is_credit


def test_seed_loses_both_getty_caption_lines(seed_text):
    cleaned = clean_text(seed_text)
    assert "Getty" not in cleaned.text
    assert "KPA soldiers march" not in cleaned.text
    assert "shake hands after a welcoming ceremony" not in cleaned.text


def test_seed_captions_under_photos_are_kept_but_marked(seed_text):
    cleaned = clean_text(seed_text)
    captions = [c.text for c in cleaned.captions]
    assert captions == [
        "Some observers now say we should not be too quick to dismiss North Korea’s military "
        "capabilities",
        "Kim Jong Un and Vladimir Putin signed a pact in June pledging mutual support against "
        "“aggression”",
    ]


@pytest.mark.parametrize(
    "glued, split",
    [
        ("combat with Ukrainian soldierstheir role", "combat with Ukrainian soldiers their role"),
        (
            "a tit-for-tat balloon campaignthere are thousands",
            "a tit-for-tat balloon campaign there are thousands",
        ),
        ("tensions between themshortly after", "tensions between them shortly after"),
        ("the troops.The next day", "the troops. The next day"),
    ],
)
def test_words_glued_by_a_scraper_are_split(glued, split):
    assert clean_text(glued).text == split


@pytest.mark.parametrize(
    "text",
    [
        "Mark Cancian, of the CSIS, believes",  # a name unknown to wordfreq
        "Pyongyang and Kyiv",
        "see www.northkoreatech.org for details",  # a URL
        "write to press@stimsoncenter.org today",
        "the photojournalist filed",  # a rare but real word
        "YouTube and iPhone and eBay",
        "in 2022 the invasion",
        "Lt. Gen. (retd) Chun said",
        # a word with a letter outside ASCII is one word, not a run after it (USA Today, 2015)
        "others have shared Gülenist material on their social media accounts",
    ],
)
def test_names_urls_and_real_words_are_never_split(text):
    assert clean_text(text).text == text


@pytest.mark.parametrize(
    "line",
    [
        "Getty Images",
        "Image source, Getty Images",
        "Photo: Reuters",
        "AFP via Getty Images",
        "Jung Yeon-je/AFP/Getty Images",
        "(Photo by Chip Somodevilla/Getty Images)",
        "Photograph: Jon Super/AP",
        "Getty Images KPA soldiers march during a mass rally in Pyongyang on September 9, "
        "2018Getty Images",
        "EPA Kim Jong Un inspects a missile launch",
    ],
)
def test_credit_lines_are_recognised(line):
    assert is_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "Reuters reported on Tuesday that the troops had arrived.",
        "According to Bloomberg, unnamed sources believe that Pyongyang may deploy 100,000 troops.",
        "How effective are these troops?",
        "The photo agency Getty Images said it had withdrawn the picture.",
    ],
)
def test_prose_about_agencies_is_not_a_credit(line):
    assert not is_credit(line)


@pytest.mark.parametrize(
    "raw, text, caption",
    [
        pytest.param(
            "Image caption, Kim Jong Un met Vladimir Putin in June\n\nThe pact was signed.",
            "Kim Jong Un met Vladimir Putin in June\n\nThe pact was signed.",
            "Kim Jong Un met Vladimir Putin in June",
            id="image-caption-label-is-dropped-and-its-text-marked",
        ),
        pytest.param(
            "Troops march in Pyongyang. Photograph: KCNA/Reuters\n\nMore text.",
            "Troops march in Pyongyang.\n\nMore text.",
            "Troops march in Pyongyang.",
            id="trailing-photograph-credit-is-cut-and-the-line-marked-as-caption",
        ),
        pytest.param(
            "The WeWork logo is displayed in New York.Reuters\n\nWeWork said on Monday.",
            "The WeWork logo is displayed in New York.\n\nWeWork said on Monday.",
            "The WeWork logo is displayed in New York.",
            id="credit-glued-to-a-caption-sentence-is-cut",
        ),
    ],
)
def test_a_caption_s_label_or_credit_is_cut_and_its_line_marked_as_caption(raw, text, caption):
    cleaned = clean_text(raw)
    assert cleaned.text == text
    assert [c.text for c in cleaned.captions] == [caption]


def test_whitespace_is_collapsed_and_paragraphs_separated_by_one_blank_line():
    raw = "  First\u00a0 paragraph\there.  \r\n\r\n\r\n\tSecond\u200b one.\nThird  "
    cleaned = clean_text(raw)
    assert cleaned.text == "First paragraph here.\n\nSecond one.\n\nThird"


def test_hard_wrapped_paragraphs_are_rejoined():
    raw = (
        "The troops arrived in the Kursk region\nlast week, officials said.\n\n"
        "Analysts were not surprised\nby the move.\n"
    )
    cleaned = clean_text(raw)
    assert cleaned.text == (
        "The troops arrived in the Kursk region last week, officials said.\n\n"
        "Analysts were not surprised by the move."
    )


def test_typewriter_double_quotes_become_curly_and_map_back():
    raw = "''This isn't tax reform,'' he said. ``Really.''"
    cleaned = clean_text(raw)
    assert cleaned.text == "“This isn't tax reform,” he said. “Really.”"
    assert raw[cleaned.offsets.to_raw(cleaned.text.index("he said"))] == "h"


def test_quote_variants_normalised_one_for_one():
    raw = "He said „never” and «soon» − twice."
    cleaned = clean_text(raw)
    assert cleaned.text == "He said “never” and “soon” - twice."
    assert len(cleaned.text) == len(raw)


def test_a_left_single_quote_inside_a_word_is_an_apostrophe():
    # PolNeAR train (HuffPost 2016-06-08): the brief had "Donald Trump‘s" as a speaker of its own
    raw = (
        "Sen. Chuck Grassley (R-Iowa) on Tuesday downplayed Donald Trump\u2018s attack on a "
        "federal judge. \u2018We don\u2018t,\u2019 she said of the \u2018s\u2019 word."
    )
    cleaned = clean_text(raw)
    assert "Donald Trump\u2019s attack" in cleaned.text and "don\u2019t" in cleaned.text
    # an opening quote stays one: after a space, or before a word it does not end
    assert "\u2018We" in cleaned.text and "the \u2018s\u2019 word" in cleaned.text
    assert len(cleaned.text) == len(raw)


# The reviewer's words: the mark after a letter outside ASCII, a digit, in capitals, and in
# mojibake ftfy repairs after the characters are normalised (the same HuffPost sentence, names
# changed where the name is the point).
@pytest.mark.parametrize(
    "raw, turned",
    [
        (
            "Sen. Chuck Grassley downplayed Jean-Louis Debr\u00e9\u2018s attack.",
            "Debr\u00e9\u2019s",
        ),
        ("The 1990\u2018s were different, he said.", "1990\u2019s"),
        ("DONALD TRUMP\u2018S ATTACK: \u2018WE DON\u2018T KNOW,\u2019 SHE SAID.", "TRUMP\u2019S"),
        ("DONALD TRUMP\u2018S ATTACK: \u2018WE DON\u2018T KNOW,\u2019 SHE SAID.", "DON\u2019T"),
        ("Sen. Chuck Grassley downplayed Donald Trump\u00e2\u20ac\u02dcs attack.", "Trump\u2019s"),
    ],
)
def test_a_left_single_quote_after_any_letter_or_digit_is_an_apostrophe(raw, turned):
    cleaned = clean_text(raw)
    assert turned in cleaned.text
    # an opening quote stays one ("‘WE"), and the text after the mark keeps its offsets
    assert cleaned.text.count("\u2018") == raw.count(" \u2018")
    end = cleaned.text.index(turned) + len(turned)
    assert len(raw) - cleaned.offsets.to_raw(end) == len(cleaned.text) - end


# PolNeAR train (USA Today 2016-09-01, NYT 2016-04-23): UTF-8 read as Latin-1, then decomposed
# ("A" and a combining tilde for "Ã"), or read twice.
_PENA = "Donald Trump met with Mexican President Enrique PeA\u0303\u00b1a Nieto on Wednesday."
_DELATTRE = "the French ambassador to the United Nations, Fran\u00c3\u00a7ois Delattre, uttered"
_TWICE = "the pollster Jane Bas\u00c3\u0083\u00c2\u00a1\u00c3\u0083\u00c2\u00b1ez said"
# ... and then their second byte spelled out by a compatibility normalisation (USA Today
# 2015-11-20, NYT 2016-04-23, 2015-11-10 and 2016-08-01, The Washington Post 2016-09-04):
# "¼" as "1⁄4", "¨" and "¯" as a space and a combining mark, "º" and "ª" as letters.
_GULEN = (
    "a Turkish religious movement named for its founder, Fethullah GA\u03031\u20444len. "
    "USA TODAY reported last month"
)
_ROYAL = (
    "The French minister of environment and energy, S\u00c3\u00a9gol\u00c3 \u0308ne Royal, "
    "alluded to the importance"
)
_NAIVE = "Mr. Netanyahu considers Mr. Obama hopelessly na\u00c3 \u0304ve about one of the world"
_JESUS = "said Federico de JesA\u0303\u0083A\u0302os, a Democratic strategist"
_ETRE = "Fox News's raison d'\u00c3atre was to fill a void"
# ... and a second byte that is a soft hyphen (0xAD), which cleaning drops as invisible (The
# Washington Post 2015-12-04): the speaker was "Jesús "Chuy" GarcÃa"
_GARCIA = (
    'a forced runoff with Jes\u00c3\u00bas "Chuy" GarcA\u0303\u00ada, a little-known county '
    "commissioner"
)


@pytest.mark.parametrize(
    "raw, word, broken",
    [
        (_PENA, "Peña", "PeA\u0303\u00b1a"),
        (_DELATTRE, "François", "Fran\u00c3\u00a7ois"),
        (_TWICE, "Basáñez", "Bas\u00c3\u0083\u00c2\u00a1\u00c3\u0083\u00c2\u00b1ez"),
        (_GULEN, "Gülen", "GA\u03031\u20444len"),
        (_ROYAL, "Ségolène", "S\u00c3\u00a9gol\u00c3 \u0308ne"),
        (_NAIVE, "naïve", "na\u00c3 \u0304ve"),
        (_JESUS, "Jesús", "JesA\u0303\u0083A\u0302os"),
        (_ETRE, "être", "\u00c3atre"),
        (_GARCIA, "García", "GarcA\u0303\u00ada"),
    ],
)
def test_mojibake_words_are_repaired_and_map_back_to_the_whole_raw_word(raw, word, broken):
    cleaned = clean_text(raw)
    assert word in cleaned.text
    assert "\u00c3" not in cleaned.text
    start = cleaned.text.index(word)
    end = start + len(word)
    raw_span = (cleaned.offsets.to_raw(start), cleaned.offsets.to_raw(end - 1) + 1)
    assert raw[raw_span[0] : raw_span[1]] == broken
    # the words around it keep their offsets
    after = cleaned.text.index(" ", end) + 1
    assert cleaned.text[after:].startswith(raw[cleaned.offsets.to_raw(after) :][:5])


# A spelled-out sign is put back only after a mojibake lead, and kept only where ftfy repairs
# the word: a real "Ã" and a real fraction stay as written.
@pytest.mark.parametrize(
    "raw",
    ["S\u00c3O PAULO (Reuters) - Brazil said", "JO\u00c3O Santos said", "about 1\u20444 of voters"],
)
def test_text_that_is_no_mojibake_stays_as_written(raw):
    assert clean_text(raw).text == raw


# A soft hyphen stays in a word only for its repair: one no repair takes ("€Ã"), or one after no lead,
# is dropped as before ("news\u00adpaper": Breitbart 2016-01-19), and so is one a repair gives
# back ("\u00c2\u00ad" is the mojibake of a soft hyphen itself).
@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("a 40-year-old news\u00adpaper editor", "a 40-year-old newspaper editor"),
        ("\u201d Doug \u00adAndres, a spokesman", "\u201d Doug Andres, a spokesman"),
        ("a soft\u00c2\u00adhyphen", "a softhyphen"),
        ("a price of \u20ac\u00c3\u00ad here", "a price of \u20ac\u00c3 here"),
    ],
)
def test_a_soft_hyphen_no_repair_needs_is_dropped(raw, clean):
    assert clean_text(raw).text == clean


# A repaired word goes through the quoting, the glue split and the character map as any word
# (the reviewer's sentence; a BASIL glue with the mojibake of its dash; a minus sign in mojibake).
@pytest.mark.parametrize(
    "raw, plain, clean, broken",
    [
        (
            "''PeÃ±a Nieto is here,'' he said.",
            "''Peña Nieto is here,'' he said.",
            "“Peña Nieto is here,” he said.",
            "Ã±",
        ),
        (
            "a balloon campaignthereâ€”there are thousands",
            "a balloon campaignthere—there are thousands",
            "a balloon campaign there—there are thousands",
            "â€”",
        ),
        ("Temperatures fell to âˆ’5 overnight.", "Temperatures fell to −5 overnight.", None, "âˆ’"),
    ],
)
def test_a_repaired_word_is_quoted_split_and_mapped_as_any_word(raw, plain, clean, broken):
    cleaned = clean_text(raw)
    assert cleaned.text == clean_text(plain).text
    if clean is not None:
        assert cleaned.text == clean
    # every character outside the broken ones maps to itself; the repaired ones to their start
    at = raw.index(broken)
    for i, char in enumerate(cleaned.text):
        j = cleaned.offsets.to_raw(i)
        if at <= j < at + len(broken):
            assert j == at and char not in " “”", (i, char, j)
        elif char not in " “”":
            assert raw[j].translate(_CHAR_MAP) == char, (i, char, j)
        elif char in "“”":
            assert raw[j : j + 2] == "''", (i, char, j)


def test_the_reviewers_sentence_keeps_the_word_mapped_to_its_raw_form():
    raw = "''PeÃ±a Nieto is here,'' he said."
    cleaned = clean_text(raw)
    start = cleaned.text.index("Peña")
    end = start + len("Peña")
    assert raw[cleaned.offsets.to_raw(start) : cleaned.offsets.to_raw(end - 1) + 1] == "PeÃ±a"
    assert cleaned.offsets.to_raw(0) == 0


def test_a_repaired_minus_sign_maps_to_a_hyphen_at_its_raw_start():
    raw = "Temperatures fell to âˆ’5 overnight."
    cleaned = clean_text(raw)
    assert "-5 overnight" in cleaned.text
    assert "\u2212" not in cleaned.text
    sign = cleaned.text.index("-5")
    assert cleaned.offsets.to_raw(sign) == raw.index("âˆ’")
    assert cleaned.offsets.to_raw(sign + 1) == raw.index("5")


@pytest.mark.parametrize("word", ["Ólafur", "café", "naïve", "São Paulo", "Zürich"])
def test_real_accented_words_are_left_alone(word):
    assert clean_text(f"He met {word} on Monday.").text == f"He met {word} on Monday."


def test_a_mojibake_title_is_repaired_as_the_text_is():
    from whatweknow.clean import _repaired_title

    assert _repaired_title("Trump didn't need to meet with PeÃ±a Nieto.") == (
        "Trump didn't need to meet with Peña Nieto."
    )
    assert _repaired_title(None) is None


def _assert_map_holds(raw: str) -> None:
    cleaned = clean_text(raw)
    for i, char in enumerate(cleaned.text):
        j = cleaned.offsets.to_raw(i)
        assert 0 <= j <= len(raw)
        if char not in " \n":
            source = raw[j].translate(_CHAR_MAP)
            assert source == char or (char in "“”" and raw[j : j + 2] in ("''", "``")), (i, char, j)


def test_offset_map_points_every_seed_character_back_to_the_raw_text(seed_text):
    _assert_map_holds(seed_text)


_PIECES = [*"ab cdeTh.\n\t\u00a0\u200b“”„«»—", "soldierstheir", "Getty Images", "\r\n", "Cancian"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=80).map("".join))
def test_offset_map_property_on_random_text(raw):
    _assert_map_holds(raw)
