"""The pieces the HTML brief and the web pages are drawn with: marked passages, source
sentences, cluster headings, charts and numbers. No model needed."""

from __future__ import annotations

import re

import pytest

from whatweknow import lexicon
from whatweknow.brief.compare import compare
from whatweknow.brief.context import add_context, context, cue_as_written, cue_time
from whatweknow.brief.headings import _capital, _phrases, headed, heading
from whatweknow.brief.html import figure_chart, negation
from whatweknow.brief.markdown import _disputed, _figures
from whatweknow.brief.numbers import (
    compact,
    describe_value,
    number,
    plural,
    range_text,
    ticks,
    unit_name,
    who_gives,
)
from whatweknow.brief.passages import Passage, continued_style, paragraphs

# From the seed (examples/north-korean-troops.txt).
DEPLOYED = (
    "Even the number being deployed — originally put at about 11,000 by the Pentagon — has "
    "been debated. According to Bloomberg, unnamed sources believe that Pyongyang may actually "
    "deploy as many as 100,000 troops.\n\nHowever, accurate information is difficult to obtain."
)


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_a_figure_inside_a_quote_is_its_own_link_inside_the_quotes_anchor():
    quote = _span(DEPLOYED, "that Pyongyang may actually deploy as many as 100,000 troops")
    figure = _span(DEPLOYED, "as many as 100,000")
    body, split = paragraphs(
        DEPLOYED,
        [
            Passage(*quote, anchor="d-x-quote"),
            Passage(*quote, link="#rec-s4", classes="q c1"),
            Passage(*figure, anchor="d-x-figure"),
            Passage(*figure, link="#rec-f2", classes="fig"),
        ],
    )
    html = str(body[0].html)
    assert len(body) == 2 and split == []
    assert '<span class="psg" id="d-x-quote"><a href="#rec-s4" class="q c1">that Pyongyang' in html
    assert (
        '<span class="psg" id="d-x-figure"><a href="#rec-f2" class="q c1 fig">as many as 100,000'
        "</a></span>"
    ) in html
    assert not re.search(r"<a [^>]*>(?:(?!</a>).)*<a ", html)  # no link inside a link
    assert html.count("<span") == html.count("</span>")


def test_crossing_passages_are_split_and_their_later_pieces_named():
    text = "one two three four five"
    body, split = paragraphs(text, [Passage(0, 13, anchor="d-a"), Passage(8, 23, anchor="d-b")])
    html = str(body[0].html)
    assert 'id="d-a"' in html and 'id="d-b"' in html and 'data-of="d-b"' in html
    assert split == ["d-b"]
    assert '[id="d-b"]:target) [data-of="d-b"]' in str(continued_style(split))
    assert re.sub(r"<[^>]+>", "", html) == text


def test_article_text_in_passages_is_escaped():
    text = 'Officials said <script>alert(1)</script> and "x"'
    body, _ = paragraphs(text, [Passage(0, 9, anchor="d-x-0-9", link="#rec-s1")])
    html = str(body[0].html)
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_context_is_the_sentence_around_a_span():
    start, end = _span(DEPLOYED, "as many as 100,000")
    sentence = context(DEPLOYED, start, end)
    assert sentence["text"] == (
        "According to Bloomberg, unnamed sources believe that Pyongyang may actually deploy as "
        "many as 100,000 troops."
    )
    assert DEPLOYED[sentence["start"] : sentence["end"]] == sentence["text"]


def test_context_does_not_stop_at_a_title():
    text = (
        "They are not battle-tested at the moment, but soon they will not be,” said Lt. Gen. "
        "(retd) Chun. Still, some experts disagree."
    )
    start, end = _span(text, "soon they will not be")
    assert context(text, start, end)["text"].endswith("said Lt. Gen. (retd) Chun.")


@pytest.mark.parametrize(
    "text, at, sentence",
    [
        # a whole word before a full stop ends its sentence (the round-63 code review: "Mayor"
        # and "King" were taken for abbreviations, and the two sentences for one)
        (
            "The bill was signed by the Mayor. The council voted 5 to 2 on it.",
            "5 to 2",
            "The council voted 5 to 2 on it.",
        ),
        (
            "It was a gift from the King. Critics called 40 million too much.",
            "40 million",
            "Critics called 40 million too much.",
        ),
        # an abbreviation does not
        (
            "Sen. Tim Kaine and Gov. Terry McAuliffe met on Jan. 5 with 40 donors.",
            "40 donors",
            "Sen. Tim Kaine and Gov. Terry McAuliffe met on Jan. 5 with 40 donors.",
        ),
    ],
)
def test_context_ends_at_a_full_stop_after_a_word_not_after_an_abbreviation(text, at, sentence):
    start, end = _span(text, at)
    assert context(text, start, end)["text"] == sentence


@pytest.mark.parametrize(
    "text, cue, said, when",
    [
        # the seed: the Pentagon's figure, given up since ("has been debated")
        (DEPLOYED, "put", "about 11,000", "originally"),
        # BASIL 2742e9c1 (Fox): a plan he backed off
        (
            "Hutchinson had initially said he planned to sign the bill but backed off as his "
            "state, overnight, became the new focal point of a nationwide backlash over such "
            "legislation.",
            "said",
            "he planned to sign the bill",
            "initially",
        ),
        # BASIL 97b1305c (Fox): a resolution's wording, amended since
        (
            'The resolution initially said the NAACP would "repudiate the racism of the Tea '
            'Parties," though the wording was amended to downplay criticism of all Tea Partiers.',
            "said",
            'the NAACP would "repudiate the racism of the Tea Parties,"',
            "initially",
        ),
        # BASIL 7a97de89 (Fox): what he said first, then what he said after
        (
            "LePage initially said his outburst was justified because Gattine called him a "
            "racist – something Gattine has denied.",
            "said",
            "his outburst was justified",
            "initially",
        ),
        (
            "He later said he had misspoke and meant to say all “Maine women” not only “Maine’s "
            "white women.”",
            "said",
            "he had misspoke",
            "later",
        ),
        # BASIL 06ffda2d (Fox): an announcement overtaken by his resignation
        (
            "Farenthold, R-Texas, had previously announced that he would not seek re-election in "
            "the 2018 midterm election, when reports of sexual misconduct first surfaced.",
            "announced",
            "that he would not seek re-election in the 2018 midterm election",
            "previously",
        ),
        # BASIL 2058ec60 (Fox): the cue after the quote
        (
            "“I could see the men going forth and the women in the store stayed in the basic "
            "positions they were always in,” Dukes once told an interviewer.",
            "told",
            "I could see the men going forth",
            "once",
        ),
        # near misses: "first reported by" breaks news (BASIL 97b1305c), "also" adds nothing
        # (1ed4f378), and a time inside the quote is the quote's, not its cue's (8dc7ccfe)
        (
            "The NAACP resolution, first reported by the Kansas City Star, was expected to make "
            "reference to the March incident on Capitol Hill.",
            "reported",
            "The NAACP resolution",
            None,
        ),
        (
            "Democracy for America, the political action committee founded by former Democratic "
            'presidential candidate Howard Dean, also said: "If you want to know why we lost in '
            "2016 … look no further than this weak and profoundly disappointing cave from Senate "
            "Democrats.”",
            "said",
            "If you want to know why we lost in 2016",
            None,
        ),
        (
            "“I just saw the reports that he had previously said he opposed same sex marriage and "
            "now, according to ABC News, he said that he supports it,” Romney said.",
            "said",
            "I just saw the reports that he had previously said he opposed same sex marriage and "
            "now, according to ABC News, he said that he supports it",
            None,
        ),
    ],
)
def test_a_cue_keeps_the_adverb_that_dates_the_claim(text, cue, said, when):
    """The seed's Pentagon line read "put at: about 11,000", the figure "per Pentagon": the
    "originally" that the text sets on the cue, and the debate that followed, were lost, and
    the brief gave a figure given up as the Pentagon's word now (the round-56 reader's
    class); 17 such cues in the BASIL articles ("initially said", "previously announced",
    "later said", "once told")."""
    start, end = _span(text, said)
    assert cue_time(text, cue, context(text, start, end), start, end) == when


@pytest.mark.parametrize(
    "text, cue, said, shown",
    [
        # BASIL 0c78e748 (HuffPost): "pleaded: lying to the FBI" gave no plea
        (
            "Flynn pleaded guilty on Friday for lying to the FBI in special counsel Robert "
            "Mueller’s investigation into possible collusion between Trump’s campaign and Russia.",
            "pleaded",
            "lying to the FBI",
            "pleaded guilty on Friday for",
        ),
        # BASIL 0c78e748 (Fox): an attempt at an explanation, not one given
        (
            "Dowd attempted to explain Sunday that the tweet was referring to then-acting "
            "Attorney General Sally Yates telling White House Counsel Don McGahn in January.",
            "explain",
            "that the tweet was referring",
            "attempted to explain",
        ),
        # BASIL 9879bbc0 (Fox), b5eefefb (NYT), a4f1d515 (NYT): trying, with a particle after
        (
            'The secretary tried to explain that "1.43 million cables" come through the '
            "department every year.",
            "explain",
            'that "1.43 million cables"',
            "tried to explain",
        ),
        (
            "And the vice president made full use of his old Senate colleague’s 1988 debate "
            "playbook, shaking his head and scoffing pityingly at Representative Paul D. Ryan, "
            "trying to paint his opponent as a latter-day Dan Quayle.",
            "paint",
            "his opponent as a latter-day Dan Quayle",
            "trying to paint",
        ),
        (
            "The administration, by disclosing the briefings, sought to push back on claims by "
            "Democrats and Republicans in Congress that they were either not aware of programs.",
            "push",
            "claims by Democrats",
            "sought to push back on",
        ),
        # BASIL 76810849 (NYT), 8dac6c12 (Fox): a refusal, not a "not say"
        (
            "He demanded that Mr. Obama resign because he refused to say the words “radical "
            "Islam” in his remarks.",
            "say",
            "the words “radical Islam”",
            "refused to say",
        ),
        (
            "Hillary Clinton said Sunday the problems that Congress has with President Obama’s "
            "trade agenda should be an opportunity for the president to ask fellow Democrats "
            "about their concerns with the proposal but still declined to say whether she "
            "supports or opposes the legislation.",
            "say",
            "whether she supports",
            "declined to say",
        ),
        # BASIL 87609973 (Fox), 22da9865: how it looked, not what was said (the round-61
        # reviewer: "suggest:", "call on:")
        (
            "He seemed to suggest a double standard is at play, compared with the lack of "
            "punishment for Clinton and her aides.",
            "suggest",
            "a double standard",
            "seemed to suggest",
        ),
        (
            'President Trump went after "Crooked" Hillary Clinton aide Huma Abedin on Tuesday, '
            "appearing to call on the “Deep State” Justice Department to look at potential "
            "security issues.",
            "call on",
            "the “Deep State” Justice Department",
            "appearing to call on",
        ),
        (
            "He also said the agents seemed to think Flynn was confused.",
            "think",
            "Flynn was confused",
            "seemed to think",
        ),
        # the writer's verdict on whether it is true stays with the cue (BASIL 2742e9c1,
        # 9ffbc255, 4029406a; the round-62 reviewer: "Mike Pence — tried to suggest: …")
        (
            'White House Press Secretary Josh Earnest said, "Governor Pence falsely tried to '
            'suggest the law is the same as the 1993 law. That is not true."',
            "suggest",
            "the law is the same",
            "falsely tried to suggest",
        ),
        (
            "He has falsely claimed the caravan is stocked with criminals.",
            "claimed",
            "the caravan is stocked",
            "falsely claimed",
        ),
        (
            "LePage was upset because he mistakenly believed Gattine heard those remarks.",
            "believed",
            "Gattine heard those remarks",
            "mistakenly believed",
        ),
        # a negation before the verdict turns it round and stays with it (the code review)
        (
            "He has never falsely claimed that the law was the same.",
            "claimed",
            "that the law was the same",
            "never falsely claimed",
        ),
        (
            "She did not correctly predict that the bill would pass.",
            "predict",
            "that the bill would pass",
            "not correctly predict",
        ),
        # near-miss: an adverb of manner or time says nothing of whether it is true
        (
            "He has repeatedly claimed the caravan is stocked with criminals.",
            "claimed",
            "the caravan is stocked",
            "claimed",
        ),
        # the code review of round 62: the negation of the verb of seeming stays with it
        (
            "Smith did not appear to suggest that the inquiry should end.",
            "suggest",
            "that the inquiry should end",
            "not appear to suggest",
        ),
        (
            "Jones never seemed to say that the budget was balanced.",
            "say",
            "that the budget was balanced",
            "never seemed to say",
        ),
        (
            "Jones didn't appear to suggest that the budget was balanced.",
            "suggest",
            "that the budget was balanced",
            "didn't appear to suggest",
        ),
        # near misses: "pleaded with" is no plea (BASIL 13792511, NYT), "went on to say" and
        # "took to Twitter to explain" no trying or refusing (96b7046f, NYT; d16050b3, HuffPost)
        (
            "Christie seemed such an antidote to all that ailed the Republican brand that senior "
            "figures in the party pleaded with him to run for president as a substitute for the "
            "eventual nominee, Mitt Romney.",
            "pleaded",
            "him to run for president",
            "pleaded with",
        ),
        (
            "She went on to say that Malia and Sasha were “coming up a little short in the ‘good "
            "role model’ department”.",
            "say",
            "that Malia and Sasha",
            "say",
        ),
        (
            "After news of the photo shoot broke, Griffin took to Twitter to explain her "
            "motivations behind the image.",
            "explain",
            "her motivations behind the image",
            "explain",
        ),
        # the round-65 reader: "went: “The bottom line …”" for "he went on" (BASIL 1f99798f,
        # HuffPost): a cue after the words keeps the particle that closes its clause; one
        # that opens a phrase of time or place is no part of it
        (
            "“The bottom line is that Americans must unify,” he went on. His comments echoed "
            "those he has delivered at rallies.",
            "went",
            "The bottom line is that Americans must unify",
            "went on",
        ),
        (
            "“It was a mistake,” she shot back, before leaving the room.",
            "shot",
            "It was a mistake",
            "shot back",
        ),
        (
            "“We will win this race,” he said on Tuesday.",
            "said",
            "We will win this race",
            "said",
        ),
        (
            "“The fight goes on,” Sanders said in Vermont.",
            "said",
            "The fight goes on",
            "said",
        ),
        # the round-66 reader (BASIL 0d10341a, HuffPost and NYT): the writer's verdict set
        # after the cue ("claimed, falsely, that", "claiming inaccurately that") was lost, so
        # the line gave a claim the text calls false as a plain one
        (
            "In a tweet Wednesday morning, Trump claimed, falsely, that Mexico was already "
            "paying for a border wall.",
            "claimed",
            "that Mexico was already paying for a border wall",
            "falsely claimed",
        ),
        (
            "“Walls work,” he added, claiming inaccurately that former President Barack Obama "
            "has one “around his compound” in Washington.",
            "claiming",
            "that former President Barack Obama has one “around his compound” in Washington",
            "inaccurately claiming",
        ),
        (
            "He claimed that the wall was already largely done, which was false.",
            "claimed",
            "that the wall was already largely done",
            "claimed",
        ),
    ],
)
def test_a_cue_keeps_the_words_that_make_its_meaning(text, cue, said, shown):
    """The round-57 reader: "Michael Flynn — pleaded: lying to the FBI" (the text: "pleaded
    guilty … for lying"), "explain:" for "attempted to explain": a plea, or the verb of trying
    or refusing whose infinitive the cue is, makes what the cue means; 13 lines of 10 of the 32
    BASIL stories with such a phrase changed, all read. The round-61 reader: "suggest:" for
    "seemed to suggest" told as said what the text tells only as how it looked (4 of 3,624
    cues over the 216 BASIL articles change, all read)."""
    assert cue_as_written(text, cue, *_span(text, said)) == shown


@pytest.mark.parametrize(
    "cue, shown",
    [
        ("refused to say", ""),  # "**refused to say**: the words …", never "not refused"
        ("decided not to recommend", ""),  # its own "not", never "not decided not to"
        ("say", "not"),  # "did not say that …"
    ],
)
def test_a_cue_that_refuses_or_says_not_itself_gets_no_not(cue, shown):
    assert negation({"cue": cue, "negated": True}) == shown


def test_a_figure_its_source_gave_originally_says_so_on_its_line():
    """The seed: "“about 11,000” per Pentagon, originally", and "Pentagon, originally" in its
    dispute, as its statement's line "originally put at: about 11,000" says; another source's
    value in the same sentence keeps its own line."""
    start, end = _span(DEPLOYED, "about 11,000")
    later = _span(DEPLOYED, "as many as 100,000")
    where = {"document": "d", "outlet": "BBC", "published": "2024-11-05"}
    pentagon = {**_value("about 11,000", 11000.0, "approx", source="Pentagon"), "via": []}
    pentagon["location"] = {**where, "start": start, "end": end}
    bloomberg = {**_value("as many as 100,000", 1e5, "upper", source="unnamed sources")}
    bloomberg.update(via=["Bloomberg"], location={**where, "start": later[0], "end": later[1]})
    for value in (pentagon, bloomberg):
        value.update(reliability="F", hedged=False)
    statement = {"cue": "put", "source": {**where, "start": start, "end": end}}

    class Texts:
        def texts(self, ids):
            return {"d": DEPLOYED}

    pentagon["id"], bloomberg["id"] = "a", "b"
    cluster = {
        "values": [pentagon, bloomberg],
        "measure": "number deploy",
        "status": "disputed",
        "independent_sources": 2,
        "credibility": 4,
        "credibility_label": "doubtful",
        "sources": [
            {"source": "Pentagon", "reported_by": ["BBC"]},
            {"source": "unnamed sources", "reported_by": ["BBC"]},
        ],
        "disputes": [("a", "b")],
        "why": [
            "“about 11,000” (Pentagon, BBC) against “as many as 100,000” (unnamed sources, BBC)"
        ],
    }
    brief = {
        "figures": [cluster],
        "disputed": [cluster],
        "speakers": [{"name": "Pentagon", "kind": "organization", "statements": [statement]}],
    }
    add_context(Texts(), brief)
    assert statement["cue"] == "originally put at"
    assert describe_value(pentagon).startswith("“about 11,000” per Pentagon, originally (about;")
    assert who_gives(pentagon) == "Pentagon, originally"
    # the relay is named with its source on every line: "unnamed sources via Bloomberg"
    assert who_gives(bloomberg) == "unnamed sources via Bloomberg"
    assert describe_value(bloomberg).startswith("“as many as 100,000” per unnamed sources via")
    assert "originally" not in describe_value(bloomberg)
    # every line of the cluster and its dispute names the Pentagon one way
    shown = "\n".join(_figures(brief) + _disputed(brief))
    assert "_Sources: Pentagon, originally, reported by BBC; unnamed sources, reported" in shown
    assert "- “about 11,000” per Pentagon, originally (about;" in shown
    assert (
        "_Why: “about 11,000” (Pentagon, originally, BBC) against “as many as 100,000” (" in shown
    )
    assert "- Pentagon, originally: “about 11,000”" in shown
    assert shown.count("Pentagon, originally") == 4
    # the one other "Pentagon" is the sentence's own ("originally put at … by the Pentagon")
    assert re.findall(r"Pentagon(?!, originally)", shown) == ["Pentagon"]


def test_a_figure_past_the_first_clause_of_a_timed_statement_keeps_its_line():
    """BASIL ad409798 (NYT): the statement ran on past its clause ("initially said: Mr. Jones
    and Infowars had not violated its policies, later suspended the two accounts for a week
    …"), and "a week" read "per Twitter, initially": the suspension came later, so the
    figure gets no time."""
    text = (
        "Twitter, which initially said Mr. Jones and Infowars had not violated its policies, "
        "later suspended the two accounts for a week for violating rules against inciting "
        "violence."
    )
    start, end = _span(text, "Mr. Jones and Infowars had not violated its policies, later")
    week = _span(text, "a week")
    where = {"document": "d", "outlet": "The New York Times", "published": "2018-08-18"}
    value = {**_value("a week", 7.0, "exact", source="Twitter"), "via": []}
    value.update(location={**where, "start": week[0], "end": week[1]}, reliability="F")
    statement = {"cue": "said", "source": {**where, "start": start, "end": end + 50}}

    class Texts:
        def texts(self, ids):
            return {"d": text}

    brief = {
        "figures": [{"values": [value], "measure": "suspend"}],
        "speakers": [{"name": "Twitter", "kind": "organization", "statements": [statement]}],
    }
    add_context(Texts(), brief)
    assert statement["cue"] == "initially said"
    assert "said_when" not in value and who_gives(value) == "Twitter"


def test_a_cluster_heading_says_what_is_measured_in_the_articles_words():
    start, end = _span(DEPLOYED, "about 11,000")
    value = {
        "text": "about 11,000",
        "measure": "number deploy",
        "counted": None,
        "unit": None,
        "currency": None,
        "per": [],
        "location": {"start": start, "end": end},
        "context": context(DEPLOYED, start, end),
    }
    assert heading({"values": [value], "measure": "troops"}) == "Number being deployed"


def _figure_in(sentence, text, measure, words=(), verb=None, owner=None, noun=None, **fields):
    start = sentence.index(text)
    return {
        "text": text,
        "measure": measure,
        "counted": None,
        "unit": None,
        "currency": None,
        "per": [],
        "quantity": {
            "dimension": "count",
            "noun": noun,
            "words": list(words),
            "verb": verb,
            "owner": owner,
        },
        "location": {"start": start, "end": start + len(text)},
        "context": context(sentence, start, start + len(text)),
        **fields,
    }


@pytest.mark.parametrize(
    ("sentence", "figure", "fields", "expected"),
    [
        # the measure phrase beside the figure, not the verb before it ("Federal income")
        (
            "The couple paid $43,885,310 in federal taxes and $13,625,777 in state and local "
            "taxes, and made $14,959,450 in charitable contributions during that time.",
            "$43,885,310",
            {
                "measure": "USD pay",
                "words": ["federal", "pay", "taxis"],
                "verb": "pay",
                "owner": "couple",
                "currency": "USD",
            },
            "Federal taxes",
        ),
        # the owner is kept ("Average federal tax rate" was Jeb Bush's)
        (
            "Mr. Bush said his average federal tax rate was 36 percent, and contrasted that "
            "with what he said was the Clintons’ 2014 tax rate: 30 percent.",
            "36 percent",
            {
                "measure": "% say",
                "words": ["average", "federal", "rate", "tax"],
                "owner": "bush",
                "unit": "%",
            },
            "Mr. Bush said his average federal tax rate",
        ),
        # the counted noun with its modifiers, not a clause after it ("to help bolster")
        (
            "Moscow has been recruiting at least 20,000 new soldiers a month to help bolster "
            "its war effort.",
            "at least 20,000",
            {
                "measure": "new soldier recruit per month",
                "words": ["bolster", "help", "recruit", "soldier"],
                "verb": "recruit",
                "noun": "soldier",
                "counted": "soldiers",
                "per": ["month"],
            },
            "New soldiers",
        ),
        # no phrase across a comma ("Raid on Medicare, and tackling")
        (
            "“Mitt Romney and Paul Ryan have always been fully committed to repealing "
            "Obamacare, ending President Obama’s $716 billion raid on Medicare, and tackling "
            "the serious fiscal challenges our country faces,” said Lanhee Chen.",
            "$716 billion",
            {
                "measure": "USD end tackle",
                "words": ["end", "medicare", "obama", "president", "raid"],
                "verb": "end",
                "owner": "obama",
                "noun": "raid",
                "currency": "USD",
            },
            "Raid on Medicare",
        ),
        # a list's commas are part of it
        (
            "The Clintons' effective federal tax rate for 2014 was 35.7 percent, while the "
            "effective tax rate for federal, state and local taxes was 45.8 percent.",
            "45.8 percent",
            {
                "measure": "%",
                "words": ["effective", "federal", "local", "rate", "tax", "taxis"],
                "unit": "%",
            },
            "Effective tax rate for federal, state and local taxes",
        ),
        # no phrase through its verb into the verb's object (BASIL, 3 of 8 triplets read:
        # "… opponents condemned his remarks", below, "… spending was insufficient")
        (
            "Before he met congressional leaders on Wednesday, Mr. Trump publicly rejected a "
            "compromise that Mr. Pence floated privately with Democrats last month, saying $2.5 "
            "billion in border security spending was insufficient.",
            "$2.5 billion",
            {
                "measure": "USD say",
                "words": ["border", "insufficient", "security", "spending"],
                "currency": "USD",
            },
            "Border security spending",
        ),
        # a participle before its preposition is part of the name
        (
            "Those documents were then examined by department lawyers, who found roughly 900 "
            "pages pertaining to the Benghazi attacks.",
            "roughly 900",
            {
                "measure": "page find",
                "words": ["attack", "benghazi", "page", "pertain"],
                "verb": "pertain",
                "noun": "page",
                "counted": "pages",
            },
            "Pages pertaining to the Benghazi attacks",
        ),
        # an age is headed by its person's name (BASIL 2018 pipe bombs: "Years of age"), with
        # a middle initial (BASIL 58f414e5: "Hodgkinson")
        (
            "The assailant, who authorities have identified as 66-year-old James T. Hodgkinson "
            "of Belleville, Illinois, died after being shot by police.",
            "66-year-old",
            {"measure": "year of age", "owner": "hodgkinson", "unit": "year of age"},
            "James T. Hodgkinson",
        ),
        (
            "Cesar Sayoc, 56, of South Florida was taken into custody on Friday, FBI Director "
            "Chris Wray confirmed at a press conference.",
            "56",
            {"measure": "year of age", "owner": "sayoc", "unit": "year of age"},
            "Cesar Sayoc",
        ),
        # two people of one surname: the name nearest the age (BASIL 2742e9c1 NYT and 68748e7f
        # HuffPost were headed "Asa Hutchinson" and "Mark Mattioli")
        (
            "It was only the latest chapter in a politically complicated relationship between "
            "Asa Hutchinson, a former congressman, and Seth Hutchinson, 31, an organizer for the "
            "Texas State Employees Union.",
            "31",
            {"measure": "year of age", "owner": "hutchinson", "unit": "year of age"},
            "Seth Hutchinson",
        ),
        (
            "When he had finished introducing the report, Hutchinson called up Mark Mattioli, "
            "whose 6-year-old son, James Mattioli, was killed in December along with 19 other "
            "children at Sandy Hook Elementary School.",
            "6-year-old",
            {"measure": "year of age", "owner": "mattioli", "unit": "year of age"},
            "James Mattioli",
        ),
    ],
)
def test_a_cluster_heading_is_the_figures_own_phrase(sentence, figure, fields, expected):
    value = _figure_in(sentence, figure, **fields)
    made = headed({"values": [value], "measure": None})
    assert made == {"heading": expected, "sentence": None}


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # an age with no name beside it is headed by the noun it is set on or that "in his"
        # or "who are" gives it (the round-40 reader's class: "Years of age" in BASIL 2058ec60
        # HuffPost, 65cb14cb NYT, af4a3f41 HuffPost, 1f99798f Fox, 576116e5 Fox, 79bf99c6 Fox)
        (
            "The 10-year-old lawsuit, argued in lively exchanges at the court Tuesday, claims "
            "that Wal-Mart Stores Inc., the world's largest employer, favors men over women in "
            "pay and promotions.",
            "10-year-old",
            "Lawsuit",
        ),
        (
            "The former Pennsylvania senator has a 3-year-old daughter, Bella, with a serious "
            "chromosomal disorder.",
            "3-year-old",
            "Daughter",
        ),
        (
            "I counseled fifteen-year-old pregnant girls who were afraid to tell their parents "
            "about their condition.",
            "fifteen-year-old",
            "Pregnant girls",
        ),
        (
            "A separate law enforcement source told Fox News that the suspect is a white male in "
            "his 50s, who used to live in New York and had prior arrests for terroristic threats.",
            "50s",
            "White male",
        ),
        ("Workers who are 58 and older would not be affected.", "58 and older", "Workers"),
        (
            "She won despite her proposals changing the seniority system that has key "
            "committees led by lawmakers in their 80s.",
            "80s",
            "Lawmakers",
        ),
        # and an age bound by the noun it bounds (BASIL b764f81f Fox and be026bd1 Fox, PolNeAR
        # train breitbart_2015-12-10), not "Years of age"
        (
            "The two states filed a lawsuit seeking a court order to prevent Colorado from "
            "enforcing the measure known as Amendment 64, which was approved by voters in 2012 "
            "and allows recreational marijuana for adults over 21.",
            "over 21",
            "Adults",
        ),
        (
            "The Post noted that the legal age of consent in the state is 16, and sexual contact "
            "by anyone 19 or older with anyone between 12 and 16 years old is considered "
            "second-degree sexual abuse.",
            "between 12 and 16 years old",
            "Anyone",
        ),
        (
            "The Post noted that the legal age of consent in the state is 16, and sexual contact "
            "by anyone 19 or older with anyone between 12 and 16 years old is considered "
            "second-degree sexual abuse.",
            "19 or older",
            "Anyone",
        ),
        (
            "The poll was conducted between Oct. 30 and Nov. 9, and surveyed 2,000 people between "
            "the ages of 18 and 29 with a margin of error of 2.8 percentage points.",
            "18 and 29",
            "People",
        ),
        # a pronoun, or the person's own verb, names no one: the unit, the sentence beside
        # (79bf99c6 HuffPost, b5eefefb HuffPost)
        (
            "The same people have been running the caucus for years and they’re all in their "
            "70s now.",
            "70s",
            "Years of age",
        ),
        (
            "Though it was Biden at the center of attention, the 42-year-old kept his composure "
            "for most of the night.",
            "42-year-old",
            "Years of age",
        ),
        (
            "When my 11-year-old tries to do that at the dinner table, it’s not tolerated.",
            "11-year-old",
            "Years of age",
        ),
    ],
)
def test_an_age_with_no_name_is_headed_by_whom_its_sentence_gives_it(sentence, figure, expected):
    assert _headed_alone(sentence, figure)["heading"] == expected


def test_an_age_describing_a_speaker_is_headed_by_the_speaker():
    """ "“…,” the 43-year-old said" (BASIL 7f9c83f7 Fox, the round-40 reader's "Years of age"):
    the speaker of the statement that sentence cites under that cue."""
    sentence = (
        "“It takes forethought to design and many years to build the capabilities we may need "
        "at a moment’s notice,” the 43-year-old said."
    )
    value = _figure_in(sentence, "43-year-old", "year of age", unit="year of age")
    value["location"]["document"] = "dff869a5"
    speakers = {("dff869a5", 0): {"said": "Marco Rubio"}}
    assert headed({"values": [value], "measure": None}, speakers)["heading"] == "Marco Rubio"
    assert headed({"values": [value], "measure": None})["heading"] == "Years of age"


@pytest.mark.parametrize(
    ("sentence", "figure", "fields", "expected"),
    [
        # a verb alone is no heading ("Issued: 3 times"): the counted noun, the sentence beside
        (
            "In September, Russian President Vladimir Putin issued an order – for the third "
            "time since the war began – to expand his army.",
            "for the third time",
            {"measure": "issue times", "words": ["issue"], "noun": "time", "counted": "times"},
            "Times",
        ),
        (
            "South Korean President Yoon Suk Yeol has reiterated – at least three times in the "
            "past two months – that South Korea will consider helping Ukraine.",
            "two months",
            {
                "measure": "month reiterate",
                "words": ["past", "reiterate"],
                "verb": "reiterate",
                "owner": "yeol",
                "unit": "month",
            },
            "Months",
        ),
        # "Approved the Ryan budget plan: 191" named those who voted against it
        (
            "The House approved the Ryan budget plan on March 29 by a vote of 228 to 191, with "
            "all but 10 Republicans voting for it.",
            "191",
            {
                "measure": "approve",
                "words": ["approve", "plan"],
                "verb": "approve",
                "owner": "house",
            },
            "Figure",
        ),
        (
            "According to an analysis from Standard & Poor’s, the ratings agency, the United "
            "States economy lost at least $6 billion in the five weeks the government was "
            "partly shuttered.",
            "at least $6 billion",
            {
                "measure": "USD lose",
                "words": ["lose"],
                "verb": "lose",
                "owner": "agency",
                "currency": "USD",
            },
            "US dollars",
        ),
        # an age with no person is no phrase of its sentence (BASIL 2017 Moore, a quote: the
        # heading was "Dont’t make good decisions: 14 years of age")
        (
            "“I know that 14-year-olds dont’t make good decisions,” he said.",
            "14-year-olds",
            {
                "measure": "year of age make",
                "words": ["approach", "decision", "dont’t", "good"],
                "unit": "year of age",
            },
            "Years of age",
        ),
        # a unit stored as its symbol is named in words (reader, round 34, BASIL 0d10341a,
        # HuffPost: the heading read "Ft: at least 30 ft")
        (
            "During the campaign, he promised a “great, great” wall made of reinforced concrete "
            "that would rise 30 feet or more and extend so far underground that it would be "
            "impossible to tunnel underneath.",
            "30 feet or more",
            {"measure": "ft rise", "words": ["rise"], "verb": "rise", "unit": "ft"},
            "Feet",
        ),
    ],
)
def test_with_no_phrase_a_heading_is_the_unit_with_the_sentence_beside(
    sentence, figure, fields, expected
):
    value = _figure_in(sentence, figure, **fields)
    made = headed({"values": [value], "measure": fields["measure"]})
    assert made["heading"] == expected
    assert made["sentence"]["context"]["text"] == sentence
    assert made["sentence"]["source"] == value["location"]


def test_chart_ticks_are_round_and_values_short():
    assert ticks(0, 110_000) == [0, 50_000, 100_000, 150_000]
    assert [compact(t, "USD") for t in ticks(0, 3.96e9)] == ["$0", "$2bn", "$4bn"]
    assert compact(25_000) == "25k" and compact(1_500_000) == "1.5m" and compact(2_500) == "2,500"


def _value(text, value, qualifier, low=None, high=None, source="officials", outlet="BBC"):
    return {
        "text": text,
        "value": value,
        "low": low,
        "high": high,
        "qualifier": qualifier,
        "source": source,
        "currency": None,
        "location": {
            "outlet": outlet,
            "published": "2024-11-05",
            "document": "d",
            "start": 0,
            "end": 1,
        },
    }


def test_a_vague_amount_is_drawn_as_its_range_not_at_zero():
    cluster = {
        "values": [
            _value("hundreds", 100.0, "vague", low=100.0, high=1000.0),
            _value("more than 800", 800.0, "lower", low=800.0),
        ]
    }
    html = str(figure_chart(cluster))
    rows = html.split('class="rc-row"')[1:3]
    assert "rc-dot" not in rows[0]  # a vague amount has no single value to dot
    left = float(re.search(r'rc-bar[^"]*" style="left:([\d.]+)%', rows[0]).group(1))
    assert left > 0
    assert "rc-bar open" in rows[1]  # "more than 800" runs to the edge


def test_chart_labels_are_whole_source_names():
    name = "Nato and Western military officials in Brussels"
    cluster = {"values": [_value("at least 20,000", 20000.0, "lower", low=20000.0, source=name)]}
    assert f'<div class="rc-who">{name}<' in str(figure_chart(cluster))


def test_an_outlets_own_figure_names_the_outlet_once_in_the_chart():
    """Twenty-sixth held-out, read on a phone: each chart row of a figure the article states
    itself read "usa-today" over "usa-today" (khans-2016-08 "four Americans", convention-2016-07
    "1,237 delegates"): the outlet is the source, named once; a source that is not the outlet
    keeps its outlet under it."""
    own = _value("four", 4.0, "exact", source=None, outlet="usa-today")
    theirs = _value("about 11,000", 11000.0, "approx", source="Pentagon", outlet="BBC")
    html = str(figure_chart({"values": [own, theirs]}))
    assert '<div class="rc-who">usa-today<span class="rc-where"></span>' in html
    assert '<div class="rc-who">Pentagon<span class="rc-where">BBC</span>' in html


def _stated(text, value, qualifier="exact", **fields):
    return {
        "text": text,
        "value": value,
        "qualifier": qualifier,
        "low": None,
        "high": None,
        "unit": None,
        "counted": None,
        "currency": None,
        "per": [],
        **fields,
    }


@pytest.mark.parametrize(
    ("values", "shown"),
    [
        # the stated values with their own qualifiers, never the interval they are matched with
        (
            [
                _stated("about 11,000", 11000.0, "approx"),
                _stated("as many as 100,000", 100000.0, "upper", high=100000.0, counted="troops"),
            ],
            "about 11,000 to as many as 100,000 troops",
        ),
        (
            [_stated("approximately $30 million", 3e7, "approx", currency="USD")],
            "approximately $30 million",
        ),  # compared as $25 million to $40 million
        ([_stated("around 600,000", 6e5, "approx", counted="troops")], "around 600,000 troops"),
        ([_stated("$5 trillion", 5e12, currency="USD")], "$5 trillion"),  # not "$4500 billion"
        ([_stated("1.28 million", 1.28e6, counted="soldiers")], "1.28 million soldiers"),
        (
            [
                _stated("$43 million", 4.3e7, currency="USD"),
                _stated("$43,885,310", 43885310.0, currency="USD"),
                _stated("nearly $44 million", 4.4e7, "approx", currency="USD"),
            ],
            "$43 million to nearly $44 million",
        ),
        # one number style: an end that cannot be written in millions writes both in digits
        (
            [
                _stated("roughly $141 million", 1.41e8, "approx", currency="USD"),
                _stated("$140,937,785", 140937785.0, currency="USD"),
            ],
            "$140,937,785 to roughly $141,000,000",
        ),
        # the same value twice is shown once, the plainest
        (
            [
                _stated("more than $700 billion", 7e11, "lower", low=7e11, currency="USD"),
                _stated("$700 billion", 7e11, currency="USD"),
            ],
            "$700 billion",
        ),
        (
            [
                _stated(
                    "between $19 and $22 million",
                    2.05e7,
                    "range",
                    low=1.9e7,
                    high=2.2e7,
                    currency="USD",
                )
            ],
            "$19 million to $22 million",
        ),
        (
            [_stated("thousands", 1000.0, "vague", low=1000.0, high=10000.0, counted="balloons")],
            "thousands of balloons",
        ),
        # a vague count written straight before its noun (BASIL NSA 2013: "on multiple occasions")
        (
            [_stated("multiple", 2.0, "vague", low=2.0, counted="occasion")],
            "multiple occasions",
        ),
        (
            [_stated("several", 3.0, "vague", low=3.0, high=10.0, counted="officer")],
            "several officers",
        ),
        # units and counted nouns in the plural unless the value is one
        ([_stated("two months", 2.0, unit="month")], "2 months"),
        ([_stated("2,000 miles", 2000.0, unit="mile")], "2,000 miles"),
        ([_stated("one-on-one", 1.0, counted="interview")], "1 interview"),
        ([_stated("35.7 percent", 35.7, unit="%")], "35.7%"),
        # a fraction as the text says it, not "0.67 fractions"
        ([_stated("two-thirds", 2 / 3, unit="fraction")], "two-thirds"),
        # a share of a whole in words, in percent, as the text says it: never "50%" for "more
        # than half" (PolNeAR clfound, Breitbart), nor "66.67%" for "about two-thirds"
        (
            [
                _stated(
                    "More than half", 50.0, "lower", low=50.0, unit="%", quantity={"share": True}
                )
            ],
            "more than half",
        ),
        (
            [_stated("about two-thirds", 200 / 3, "approx", unit="%", quantity={"share": True})],
            "about two-thirds",
        ),
        # odds as the text says them, never the tally "6-10" of a vote or a score
        (
            [
                _stated(
                    "Six in 10",
                    6.0,
                    counted="voters",
                    quantity={"dimension": "tally", "counts": [6, 10], "odds": True},
                )
            ],
            "six in 10 voters",
        ),
        ([_stated("97-1", 97.0, quantity={"dimension": "tally", "counts": [97, 1]})], "97-1"),
        # a part of one unit in words as the text says it, never a conversion no article
        # printed: "a half-century of failure" (the last reader's "0.5 centuries")
        ([_stated("a half-century", 0.5, unit="century")], "a half-century"),
        ([_stated("half an hour", 0.5, unit="hour")], "half an hour"),
        ([_stated("0.5 percent", 0.5, unit="%")], "0.5%"),
        # no text to show as written: the number, never "? hours"
        ([_stated("", 0.5, unit="hour")], "0.5 hours"),
        ([_stated(None, 0.5, unit="hour")], "0.5 hours"),
        (
            [_stated("at least 20,000", 2e4, "lower", low=2e4, counted="soldiers", per=["month"])],
            "at least 20,000 soldiers per month",
        ),
    ],
)
def test_a_clusters_range_shows_the_values_the_articles_state(values, shown):
    assert range_text({"values": values, "range": [0.0, 1e99]}) == shown


def test_numbers_and_plurals_have_one_style():
    assert number(4.5e12) == "4.5 trillion" and number(1.275e6) == "1.275 million"
    assert number(140937785) == "140,937,785" and number(35.72) == "35.72"
    assert plural("percentage point") == "percentage points" and plural("km") == "km"
    assert plural("month of age") == "months of age" and plural("casualty") == "casualties"
    assert plural("troops") == "troops" and plural("people") == "people"
    # irregular plurals as the counted noun stay as they are (BASIL: "2 childrens", "2
    # congressmens")
    assert plural("children") == "children" and plural("congressmen") == "congressmen"
    assert plural("women") == "women" and plural("chairman") == "chairmen"


@pytest.mark.parametrize(
    ("unit", "words"),
    [
        # a symbol CLDR knows is its long name, in international English
        ("ft", "feet"),
        ("km", "kilometres"),
        ("l", "litres"),
        ("km/h", "kilometres per hour"),
        ("sq mi", "square miles"),
        ("km²", "square kilometres"),
        ("°C", "degrees Celsius"),
        ("kWh", "kilowatt-hours"),
        ("ppm", "parts per million"),
        ("Hz", "hertz"),
        # what CLDR lacks or names otherwise
        ("%", "percent"),
        ("°", "degrees"),
        ("GWh", "gigawatt-hours"),
        ("lb-ft", "pound-feet"),
        # a word is its plural, whatever CLDR's symbols ("t" is a tonne's, "days" a day's)
        ("tonne", "tonnes"),
        ("day", "days"),
        ("mile", "miles"),
        ("year of age", "years of age"),
        ("percentage point", "percentage points"),
        ("fraction", "fractions"),
    ],
)
def test_a_unit_is_named_in_words_in_the_plural(unit, words):
    assert unit_name(unit) == words


def test_every_unit_the_figures_store_is_named_in_words():
    from whatweknow.extract.numbers import _UNITS

    for unit in set(_UNITS.values()):
        assert re.fullmatch(r"[A-Za-z]+(?:[ -][A-Za-z]+)*", unit_name(unit)), unit


def test_compare_finds_whose_figure_differs_and_who_was_first():
    values = [
        _value("about 12,000", 12000.0, "approx", outlet="Daily Test"),
        _value("some 12,000", 12000.0, "approx", outlet="Metro Herald"),
        _value("as many as 100,000", 100000.0, "upper", high=100000.0, outlet="Evening Ledger"),
    ]
    values[0]["location"]["published"] = "2024-11-02"
    brief = {
        "coverage": {"outlets": ["Daily Test", "Evening Ledger", "Metro Herald"]},
        "speakers": [],
        "figures": [{"id": "c1", "status": "disputed", "values": values}],
    }
    row = compare(brief)["figures"][0]
    assert row["differs"] == ["Evening Ledger"]
    assert row["first"] == (["Daily Test"], "2024-11-02")


def test_compare_judges_whose_figure_differs_in_one_unit_as_the_cluster_does():
    """Reviewer, round 58 (BASIL 1e41e98b): the longest shutdown, corroborated, had HuffPost's
    "35th day" and Fox News's "more than a month" badged DIFFERS beside The New York Times's
    "35 days" and "five weeks" (35, 1 and 5 compared in their own units). In days a bound 35
    satisfies and an ordinal of the same count agree; a corroborated cluster has no outlet that
    differs, and a disputed one only the outlet whose value disagrees."""
    day = 86400.0

    def days(text, value, unit, outlet, qualifier="exact", low=None):
        base = value * {"day": day, "week": 7 * day, "month": 30.4375 * day}[unit]
        found = _value(text, value, qualifier, low=low, source=None, outlet=outlet)
        found["unit"] = unit
        bound = base if low is not None else None
        found["quantity"] = {"dimension": "[time]", "base": [base, bound, None]}
        return found

    values = [
        days("35th day", 35.0, "day", "HuffPost"),
        days("35 days", 35.0, "day", "The New York Times"),
        days("five weeks", 5.0, "week", "The New York Times"),
        days("more than a month", 1.0, "month", "Fox News", "lower", low=1.0),
    ]
    outlets = ["HuffPost", "The New York Times", "Fox News", "Daily Test"]
    brief = {"coverage": {"outlets": outlets}, "speakers": []}
    corroborated = {"id": "c1", "status": "corroborated", "values": values}
    assert compare({**brief, "figures": [corroborated]})["figures"][0]["differs"] == []
    judged = {**corroborated, "status": None}  # judged by value, not by the status
    assert compare({**brief, "figures": [judged]})["figures"][0]["differs"] == []
    disputed = {**corroborated, "status": "disputed"}
    disputed["values"] = [*values, days("10 days", 10.0, "day", "Daily Test")]
    assert compare({**brief, "figures": [disputed]})["figures"][0]["differs"] == ["Daily Test"]


def test_compare_puts_a_claims_words_in_quotation_marks_once():
    """Reviewer, round 58 (BASIL 1e41e98b): the claims row read “that he was “very proud to
    announce” … government.””; the reporter's words with the speaker's in their own marks are
    shown as they are, a direct quote in marks once, as the brief shows them (`words`)."""
    from whatweknow.brief.html import words

    said = "that he was “very proud to announce” what he called “a deal to end the shutdown.”"
    source = {"outlet": "Daily Test", "published": "2019-01-25", "document": "d"}
    statements = [
        {"text": said, "form": "indirect", "cue": "saying", "source": source},
        {"text": "We will reopen", "form": "direct", "cue": "said", "source": source},
    ]
    for statement in statements:
        statement["also_in"] = [{**source, "outlet": "Evening Ledger"}]
    brief = {
        "coverage": {"outlets": ["Daily Test", "Evening Ledger"]},
        "speakers": [{"name": "Donald Trump", "statements": statements}],
        "figures": [],
    }
    shown = [words(row) for row in compare(brief)["claims"]]
    assert sorted(shown) == sorted([said, "“We will reopen”"])


def test_a_descriptor_whose_words_an_earlier_one_holds_is_not_shown_again():
    """The seed's 'Mark Cancian, of the Center for Strategic and International Studies (CSIS);
    of CSIS': the second says nothing the first does not."""
    from whatweknow.brief.html import described

    cancian = {
        "descriptors": [
            "of the Center for Strategic and International Studies (CSIS)",
            "of CSIS",
            "a former Pentagon budget official",
        ]
    }
    assert described(cancian) == (
        "of the Center for Strategic and International Studies (CSIS); "
        "a former Pentagon budget official"
    )
    assert described({"descriptors": ["D-N.Y.", "the Democratic leader"]}) == (
        "D-N.Y.; the Democratic leader"
    )


def _extracted(sentence, figure):
    """`figure` as extracted from `sentence`, a value of the brief with its sentence."""
    from whatweknow import clean, extract, load_nlp
    from whatweknow.model import Article

    found = extract(clean(Article(sentence, "test", "text")), load_nlp()).figures
    record = next(f.to_dict() for f in found if f.span.text == figure)
    start = record["start"]
    return {
        **record,
        "location": {"start": start, "end": record["end"]},
        "context": context(sentence, start, record["end"]),
    }


def _headed_alone(sentence, figure):
    """The heading of a cluster holding only `figure` as extracted from `sentence`."""
    value = _extracted(sentence, figure)
    return headed({"values": [value], "measure": value["measure"]})


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # a span of time its owner has lasted is headed by the owner, not "Years", nor by the
        # owner and its verb ("War in Ukraine creeps")
        (
            "And as the war in Ukraine creeps into its third year, these North Korean troops may "
            "be among the most capable.",
            "third year",
            "War in Ukraine",
        ),
        # a heading is no clause fragment: not a phrase running into another clause ("Mr.
        # Obama took no questions from reporters after delivering"; "block in Ferguson as a
        # thunderstorm filled"), nor a verb's phrase across a comma into the next verb
        # ("protesters gathered in a circle for a prayer, chanted"), nor "of" of a unit
        # ("Death of": an age is its person's) (BASIL 2016 Orlando, 2014 Ferguson); the
        # remarks the minutes measure head it, not the unit "Minutes" (`_measured_thing`)
        (
            "Mr. Obama took no questions from reporters after delivering his five-minute remarks.",
            "five-minute",
            "Remarks",
        ),
        # ("around a single block", what a preposition takes, is no count: the sentence as the
        # figure's own verb's object)
        (
            "On Wednesday night, a diminished number of protesters marched a single block in "
            "Ferguson as a thunderstorm filled the sky with lighting and dumped rain.",
            "a single",
            "Block in Ferguson",
        ),
        (
            "Outside the St. Louis County Justice Center, where the grand jury convened, two "
            "dozen protesters gathered in a circle for a prayer, chanted and held signs urging "
            "McCulloch to step aside.",
            "two dozen",
            "Protesters",
        ),
        (
            "Ferguson has endured more than a week of unrest since the August 9 death of "
            "18-year-old Michael Brown, who was shot by a Ferguson police officer.",
            "18-year-old",
            "Michael Brown",
        ),
        # a name a preposition takes beside a span of time is with whom or where it was spent,
        # not what lasted (BASIL d16050b3 and 2742e9c1, NYT: "Anderson Cooper: about 10
        # years", "Georgetown University: 1 year")
        (
            "CNN, which has enlisted Ms. Griffin to host New Year’s Eve programming alongside "
            "Anderson Cooper for the last decade, announced on Wednesday that she would no "
            "longer appear.",
            "the last decade",
            "Years",
        ),
        (
            "Mr. Hutchinson spent a year at Georgetown University before enrolling at the "
            "University of Central Arkansas, where he joined groups like the Young Democratic "
            "Socialists, and rallied for gay rights during the tenure of another Republican, Gov. "
            "Mike Huckabee.",
            "a year",
            "Mr. Hutchinson spent",
        ),
    ],
)
def test_a_count_of_times_or_years_is_headed_by_whom_it_counts(sentence, figure, expected):
    assert _headed_alone(sentence, figure)["heading"] == expected


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # after the figure: not its verb without the verb's object, nor the verb and what
        # follows it (BASIL b764f81f "States have enacted", 58f414e5 "Ticket holders filed in
        # for the charity game")
        (
            "Vicente said 23 states have enacted medical marijuana laws, and none have been "
            "overturned because of federal law.",
            "23",
            "States",
        ),
        (
            "All day, before as more than 24,000 ticket holders filed in for the charity game, "
            "the shorthand for other tragedies ricocheted through the Capitol.",
            "more than 24,000",
            "Ticket holders",
        ),
        # nor the verb its noun did, cut from where or when (the reader's class, 7 headings
        # in 4 BASIL stories: 1f99798f "Packages originated", "Bombs sent", 1e41e98b "Standoff
        # failed", 526cabb7 "Children were killed", 2153fb3e "Votes needed"); a share is
        # headed by what it is a share of, not "Percent" (`_measured_thing`)
        (
            "Federal authorities had been focusing on Florida as the location where the "
            "majority of packages originated.",
            "the majority",
            "Packages",
        ),
        (
            "The F.B.I.’s New York office has been leading the investigation and five of the "
            "bombs sent this week fall under the jurisdiction of the United States attorney’s "
            "office in Manhattan.",
            "five",
            "Bombs",
        ),
        (
            "Police have arrested a suspect in connection with at least a dozen packages "
            "containing likely pipe bombs mailed in the past week to people critical of "
            "President Donald Trump.",
            "at least a dozen",
            "Packages containing likely pipe bombs",
        ),
        (
            "The president was joined by four children who wrote to the White House about gun "
            "violence following the Connecticut mass shooting in which 20 children were killed.",
            "20",
            "Children killed",  # what they underwent, no clause ("were" left out)
        ),
        # a participle before its preposition stays inside the phrase (BASIL a4f1d515 NYT)
        (
            "A new report cited another document that showed that in March 2013 there were 97 "
            "billion pieces of data collected from networks worldwide.",
            "97 billion",
            "Pieces of data collected from networks",
        ),
        # before it: not a verb and its first object (2058ec60 "Cost the world's largest
        # retailer", 70c75d68 "Includes an additional")
        (
            "Justice Ruth Bader Ginsburg expressed some concerns about the particulars of the sex "
            "discrimination lawsuit that covers 1.5 million women and could cost the world's "
            "largest retailer billions of dollars.",
            "billions of dollars",
            "US dollars",
        ),
        (
            "Ms. Pelosi also intends to bring up legislation in the coming days that includes an "
            "additional $1 billion for border security, including $563 million for 75 new "
            "immigration judges and support staff.",
            "$1 billion",
            "Border security",
        ),
        # nor a verb and its first object after its modal or negation (BASIL b5eefefb, HuffPost
        # 2012-10-12: "Cost seniors an extra: $6,400 per year")
        (
            "He acknowledged that Romney’s Medicare plan would not cost seniors an extra $6,400 "
            "a year, despite the claim in a recently launched Obama campaign ad.",
            "$6,400",
            "US dollars",
        ),
        # a phrase after the modal's subject and verb stays
        (
            "The budget could include an additional $1 billion for border security.",
            "$1 billion",
            "Border security",
        ),
        # never an idiom cut after its noun (70c75d68 "… in exchange", 2058ec60 "… on
        # behalf", be026bd1 "Sources in the course"), nor a coordination cut after its second
        # word (be026bd1 "Republican officials in the state and kept")
        (
            "President Trump offered Democrats a deal: temporary protections for roughly 700,000 "
            "young undocumented immigrants in exchange for $5.7 billion in funding for a wall "
            "along the southern border.",
            "roughly 700,000",
            "Young undocumented immigrants",
        ),
        (
            "The Supreme Court appears ready to block a massive sex discrimination lawsuit "
            "against Wal-Mart on behalf of up to 1.6 million women, and that could make it "
            "harder for other workers nationwide to bring class-action claims against large "
            "employers.",
            "up to 1.6 million",
            "Women",
        ),
        (
            "The Post reporters talked to more than 30 sources in the course of their "
            "investigation.",
            "more than 30",
            "Sources in the course of their investigation",
        ),
        # (the count made a number: "multiple Republican officials" is no figure, a count
        # with no number of people)
        (
            "Daniel Dale, a reporter for The Toronto Star, contacted 12 Republican "
            "officials in the state and kept a running report of their responses to the story.",
            "12",
            "Republican officials",
        ),
    ],
)
def test_a_cluster_heading_is_no_piece_of_a_clause(sentence, figure, expected):
    assert _headed_alone(sentence, figure)["heading"] == expected


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # an amount of a unit standing on its noun as its modifier is headed by that noun, not
        # the unit's name (the round-58 reader: "US dollars", "Weeks"; 23 headings in 17 BASIL
        # stories, among them 526cabb7 "Hours: 2 hours", f506aafc "US dollars: $5,000")
        (
            "Representative Jackie Speier, Democrat of California, said Vice President Biden had "
            "informed lawmakers during a two-hour briefing on Monday that there are “19 "
            "independent steps that the president can take by executive order.”",
            "two-hour",
            "Briefing",
        ),
        (
            "The offer would also give a three-year extension to 300,000 people from El "
            "Salvador, Haiti, Nicaragua and Honduras who are living in the U.S. under the "
            "temporary protected status program.",
            "three-year",
            "Extension",
        ),
        (
            "The Washington Post reported last week that reading the founding document in full "
            "appears to be a first in the chamber’s 221-year history:",
            "221-year",
            "History",
        ),
        (
            "Among those items were a $5,000 football signed by American presidents and two "
            "hats that once belonged to Michael Jackson, including a $4,600 fedora.",
            "$5,000",
            "Football",
        ),
        (
            "Among those items were a $5,000 football signed by American presidents and two "
            "hats that once belonged to Michael Jackson, including a $4,600 fedora.",
            "$4,600",
            "Fedora",
        ),
        # a share by what it is a share of (86e6e27d: "Percent: at least 50%")
        (
            "But the words of Ms. Tlaib, who stood by her comments on Friday, made evident the "
            "pressure already mounting from the left, where public opinion polls suggest a "
            "majority of liberals want the president removed from office.",
            "a majority",
            "Liberals",
        ),
        # near misses: things counted keep their counted noun, not the phrase with its
        # determiner ("His speeches", "Its accounts")
        ("Fifteen of his speeches were abroad.", "Fifteen", "Speeches"),
        (
            "Yahoo was hacked in 2013, which affected all three billion of its accounts.",
            "three billion",
            "Accounts",
        ),
        # and a noun beside an amount that is not what it measures leaves the unit's name:
        # where the years are spent, what the miles are from, a word the extractor did not read
        # as the amount's noun
        ("He faces up to 48 years in prison.", "up to 48 years", "Years"),
        (
            "Several of the packages went through a U.S. postal facility in Opa-locka, which is "
            "less than 10 miles from Aventura.",
            "less than 10 miles",
            "Miles",
        ),
        (
            "“I’m worried about undermining our civil liberties, the constant wars going on, the "
            "debt of $16 trillion.",
            "$16 trillion",
            "US dollars",
        ),
    ],
)
def test_an_amount_of_a_unit_is_headed_by_the_noun_it_measures(sentence, figure, expected):
    made = _headed_alone(sentence, figure)
    assert made["heading"] == expected
    assert made["sentence"]["context"]["text"] == sentence  # one word: the sentence beside


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # "from" after an amount names where it was taken from, not what it measures (BASIL
        # 06ffda2d, 3ae35b16: "Public fund on behalf of Farenthold", "Counternarcotics
        # programs"; PolNeAR: "Tech donors", "The Philippine coast")
        (
            "She sued him and was paid $84,000 from a public fund on behalf of Farenthold for a "
            "sexual harassment claim.",
            "$84,000",
            "US dollars",
        ),
        (
            "Mr. Trump will also use more traditional presidential discretion to tap $2.5 "
            "billion from counternarcotics programs and $600 million from a Treasury Department "
            "asset forfeiture fund.",
            "$2.5 billion",
            "US dollars",
        ),
        (
            "Hillary Clinton has raised $2.7 million from tech donors since beginning her "
            "campaign, while Bernie Sanders has raised $6 million, according to new Crowdpac "
            "research.",
            "$2.7 million",
            "US dollars",
        ),
        (
            "Only 120 miles from the Philippine coast, it would be a potential threat to an "
            "American ally.",
            "120 miles",
            "Miles",
        ),
        # a span of time after "for" is how long the verb went on, not what the noun before
        # it measures (BASIL 472158a1, 3ae35b16: "Largest city: 12 years", "Doors of many
        # federal agencies: 35 days"; PolNeAR: "Embassy in Cairo", "State in the Senate")
        (
            "“Because of my success in the private sector, I had the chance to run America’s "
            "largest city for 12 years.”",
            "12 years",
            "Years",
        ),
        (
            "Mr. Trump signed the package into law on Friday anyway to avoid a second government "
            "shutdown after the impasse over border wall funding closed the doors of many "
            "federal agencies for 35 days and left 800,000 workers without pay.",
            "35 days",
            "Days",
        ),
        (
            "Khoga, a Saudi woman, had worked at her country’s embassy in Cairo for 13 years.",
            "13 years",
            "Years",
        ),
        (
            "Clinton moved there in 2000 and represented the state in the Senate for eight years.",
            "eight years",
            "Years",
        ),
    ],
)
def test_a_noun_the_figures_verb_takes_from_or_for_a_time_is_no_heading(sentence, figure, expected):
    made = _headed_alone(sentence, figure)
    assert made["heading"] == expected
    assert made["sentence"]["context"]["text"] == sentence  # the unit: the sentence beside


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # near misses: the verb in the phrase says what lasted; so does a role or a state "as"
        # or "be" gives (PolNeAR)
        (
            "“To put this in stark contrast, if you help me win this race you may have someone "
            "with your background, your experience, your voice, someone who’s been literally "
            "fighting tort reform for thirty years, in a visible or public way, on the Senate "
            "Judiciary Committee,” he said.",
            "thirty years",
            "Fighting tort reform",
        ),
        (
            "The Texas senator has a personal connection to the high court: In the late 1990s, "
            "he served as a law clerk for a year to then-Chief Justice William Rehnquist.",
            "a year",
            "Law clerk",
        ),
        (
            "Manafort \"has taken on a tough task, but certainly it's a good decision for "
            'Trump," said Black, who has been friends with Manafort for 40 years.',
            "40 years",
            "Friends with Manafort",
        ),
        # the role's determiner, owner or adjective between "be"/"as" and it (written
        # sentences, the reviewers'; no corpus text has the shape)
        ("Daley was the mayor of Chicago for 22 years.", "22 years", "Mayor of Chicago"),
        ("She served as the city's treasurer for six years.", "six years", "City's treasurer"),
        ("She was a senior adviser to Obama for six years.", "six years", "Adviser to Obama"),
        # an amount "in" or "for" what it is spent on, and a "from" inside the phrase of the
        # things counted (005a2961, 1e41e98b)
        (
            "That is something that's easy to get,\" Trump said, arguing that Obama has spent "
            '$2 million in legal fees "to get away from this issue."',
            "$2 million",
            "Legal fees",
        ),
        (
            "Democrats countered initially with $1.3 billion for general border security, while "
            "Trump said initially he would not sign anything without wall funding.",
            "$1.3 billion",
            "General border security",
        ),
        (
            "President Trump on Saturday announced a compromise plan that funded the wall while "
            "extending protections for 700,000 illegal immigrants brought to the country as "
            "children and 300,000 immigrants from countries designated unsafe to return.",
            "300,000",
            "Immigrants from countries designated unsafe",
        ),
    ],
)
def test_a_phrase_that_says_what_lasted_or_what_is_bought_stays_the_heading(
    sentence, figure, expected
):
    assert _headed_alone(sentence, figure)["heading"] == expected


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # the tuning gold's BASIL stories (NYT, Fox, HuffPost), headed "Months", "Twitter post",
        # "Advance of his election", "Date before Gorsuch’s confirmation hearing", "Weeks"
        (
            "Almost 14 months after the election, Mr. Trump has kept up a regular drumbeat of "
            "attacks on Mrs. Clinton.",
            "Almost 14 months",
            "After the election",
        ),
        (
            "WASHINGTON — President Trump made his first “Crooked Hillary” Twitter post less "
            "than 48 hours into the new year on Tuesday, accusing a former Clinton aide of "
            "“disregarding basic security protocols,” and calling his own Justice Department a "
            "“deep state.”",
            "less than 48 hours",
            "Into the new year",
        ),
        (
            '"What has happened over the last several weeks, by virtue of the invitation that '
            "was issued by the Speaker [John Boehner] and the acceptance of it by Prime Minister "
            "Netanyahu two weeks in advance of his election, is that on both sides, there has "
            "now been injected some element of partisanship,” Rice said.",
            "two weeks",
            "In advance of his election",
        ),
        (
            "Former President Barack Obama had nominated Judge Merrick Garland to fill Scalia’s "
            "seat practically one year to the date before Gorsuch’s confirmation hearing.",
            "one year",
            "Before Gorsuch’s confirmation hearing",
        ),
        (
            "With a little more than a month to go before the New Hampshire primary, the Texas "
            "governor is trying to shore up his credentials on immigration.",
            "more than a month",
            "Before the New Hampshire primary",
        ),
        (
            "The packages were sent about two weeks ahead of the midterm elections.",
            "about two weeks",
            "Ahead of the midterm elections",
        ),
        (
            "Ryan seemed focused more on winning over moderate and independent voters who are "
            "still making up their minds, less than a month before the election.",
            "less than a month",
            "Before the election",
        ),
        # PolNeAR train (The Western Journal; tuning gold fifty-sixth): the event's phrase ends
        # where another phrase begins ("and only four days before …")
        (
            "“Our system cannot give one county court the power to change 30 years of election "
            "law for the entire state of Ohio, 23 days into early voting and only four days "
            "before an election.",
            "23 days",
            "Into early voting",
        ),
        (
            "“Our system cannot give one county court the power to change 30 years of election "
            "law for the entire state of Ohio, 23 days into early voting and only four days "
            "before an election.",
            "four days",
            "Before an election",
        ),
    ],
)
def test_a_span_of_time_told_from_an_event_is_headed_by_the_event(sentence, figure, expected):
    """ "Almost 14 months after the election" measures the time since the election: headed
    by the word that ties the span to the event and the event's phrase, as the text writes
    them, not by the unit ("Months") nor a noun of the sentence ("Twitter post"); the
    sentence beside tells what happened then."""
    made = _headed_alone(sentence, figure)
    assert made["heading"] == expected
    assert made["sentence"]["context"]["text"] == sentence


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # an event told by a clause, which a heading would cut ("… skirmish with Trump in
        # which …"; BASIL d4a4bc34, Fox; 2153fb3e, NYT; 11c9f251, HuffPost)
        (
            "Fox’s interview on Fusion comes about 6 months after Ramos had his own very public "
            "skirmish with Trump in which the Spanish-language news icon confronted the "
            "billionaire during a press conference in Iowa.",
            "about 6 months",
            "Months",
        ),
        (
            "The president’s short trip from the White House to the event stage on the Potomac "
            "riverfront came more than a month after he began campaigning throughout the country "
            "for his jobs plan.",
            "more than a month",
            "Months",
        ),
        (
            "Less than a decade after George W. Bush and Dick Cheney won re-election in part "
            "thanks to conservative enthusiasm over enshrining traditional marriage into law, "
            "some in the party believe they are losing voters.",
            "Less than a decade",
            "Years",
        ),
        # no event: "ahead of time", "ago" (ed8c136f, NYT; 2153fb3e, Fox)
        (
            "The owners of the restaurant said they were informed of the event only about an "
            "hour ahead of time.",
            "about an hour",
            "Hours",
        ),
        (
            '"Almost a year ago, the president in making a speech across the world said that '
            "our national motto was 'E pluribus unum,'\" Forbes said.",
            "Almost a year",
            "Years",
        ),
        # the span after its preposition, and one a preposition holds as a length (0d10341a,
        # NYT; 3ae35b16, NYT)
        (
            "On Wednesday, the Democratic leaders emerged from the White House after 90 minutes, "
            "unified on not giving in to Trump.",
            "90 minutes",
            "Minutes",
        ),
        (
            "The stalemate caused a record-breaking partial government shutdown that forced an "
            "estimated 800,000 government employees to go without pay for 35 days.",
            "35 days",
            "Days",
        ),
        # the code review of round 62: a verb that takes the span as how long its act ran,
        # "into" what time went into, "before" a body; a clause in the present; "then"; a
        # quotation or a dash after the tie word
        (  # a preposition holds the span as a length (`_HOLDS_A_LENGTH`)
            "Mr. Smith campaigned in the state for about two weeks before the election.",
            "about two weeks",
            "Weeks",
        ),
        (  # as before the event rule: what lasted it
            "The trial lasted about three weeks before the verdict.",
            "about three weeks",
            "Trial lasted",
        ),
        ("He was sentenced to about 10 years after the trial.", "about 10 years", "Years"),
        (
            "Volunteers have put more than 500 hours into the campaign.",
            "more than 500 hours",
            "Hours",
        ),
        (
            "He ended up spending more than seven hours before the Senate Intelligence Committee.",
            "more than seven hours",
            "Hours",
        ),
        (
            "The ads will start about two weeks before voters go to the polls.",
            "about two weeks",
            "Weeks",
        ),
        (
            "Obama signed the order about two months before Trump takes office.",
            "about two months",
            "Months",
        ),
        ("The deal came less than two weeks before then.", "less than two weeks", "Weeks"),
        (
            "The march came about two weeks after “Bloody Sunday,” when troopers attacked.",
            "about two weeks",
            "Weeks",
        ),
    ],
)
def test_a_span_of_time_with_no_event_phrase_after_it_keeps_its_heading(sentence, figure, expected):
    assert _headed_alone(sentence, figure)["heading"] == expected


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # BASIL 2b95d2cf, 0d10341a, 70c75d68, 0ffb34cd (NYT, HuffPost), headed "Years", "Days",
        # "Weeks", "Years" with the sentence beside
        (
            "The war in Afghanistan, which has entered its ninth year, was started by former "
            "President George W. Bush in response to the terrorist attacks on Sept. 11, 2001.",
            "ninth year",
            "War in Afghanistan",
        ),
        (
            "With the partial government funding lapse dragging into its 12th day and affecting "
            "800,000 federal employees, the confrontation in the Situation Room only served to "
            "highlight the depth of the divide.",
            "12th day",
            "Partial government funding lapse",
        ),
        (
            "With the shutdown entering its fifth week and polls showing a majority of the "
            "public blaming Mr. Trump, the president’s advisers have been searching for an exit "
            "strategy.",
            "fifth week",
            "Shutdown",
        ),
        (
            'He is famous for pushing worksite raids and creating a "Tent City," a '
            "military-style holding ground for inmates, now in its eighteenth year.",
            "eighteenth year",
            "Military-style holding ground for inmates",
        ),
        # the code review of round 62: "in" right after what has the age, a particle
        (
            "With the talks in their third week, neither side has moved.",
            "third week",
            "Talks",
        ),
        ("The strike drags on into its third week.", "third week", "Strike"),
        # the code review of round 62 (part 2): a copula before "in", a singular in "-s"
        ("The war in Afghanistan is in its ninth year.", "ninth year", "War in Afghanistan"),
        (
            "The series, now in its third year, drew 5 million viewers.",
            "third year",
            "Series",
        ),
        # the seed, as it was
        (
            "And as the war in Ukraine creeps into its third year, these North Korean troops may "
            "be among the most capable.",
            "third year",
            "War in Ukraine",
        ),
    ],
)
def test_an_ordinal_span_of_time_after_its_is_headed_by_whose_age_it_is(sentence, figure, expected):
    """ "its ninth year" is the age of the war that has entered it: headed by the noun phrase
    before the verb that enters it, or before the "in" that holds it, with no sentence beside
    (the heading says whose age it is), as the seed's "War in Ukraine: third year"."""
    made = _headed_alone(sentence, figure)
    assert made == {"heading": expected, "sentence": None}


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # the code review of round 62 (part 2): a verb that may take a length, without one
        (
            "Smith was sentenced about two weeks after the trial.",
            "about two weeks",
            "After the trial",
        ),
        # a possessive is no plural whose verb follows
        (
            "The ads aired about two weeks before the president's address.",
            "about two weeks",
            "Before the president's address",
        ),
    ],
)
def test_a_span_of_time_told_from_an_event_after_a_verb_of_no_length(sentence, figure, expected):
    assert _headed_alone(sentence, figure)["heading"] == expected


def test_an_ordinal_span_of_time_after_a_verb_and_in_keeps_its_heading():
    """The code review of round 62: "Ratings fell in its second week" tells when they fell,
    and "its" is no plural's (it was headed "Ratings" with no sentence beside)."""
    made = _headed_alone("Ratings fell in its second week.", "second week")
    assert made["heading"] == "Weeks"


def test_an_ordinal_span_of_time_with_no_its_keeps_its_heading():
    """BASIL 1e41e98b (HuffPost): "the 35th day of the longest shutdown" is headed by what
    follows it, as before."""
    sentence = (
        "The announcement comes on the 35th day of the longest shutdown in United States "
        "history and is a clear cave by Trump, whose impasse over the budget stems from his "
        "demands for $5.7 billion in funds for his long-promised wall."
    )
    made = _headed_alone(sentence, "35th day")
    assert made["heading"] == "Longest shutdown in United States history"


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # a bare number is headed by what its sentence says it is the number of, not "Figure"
        # (BASIL 70c75d68, 2058ec60), with the sentence beside it
        (
            "It would also cap the number of Central American minors who are allowed to apply "
            "for asylum each year at 50,000 and limit the number of asylum applications that "
            "could be granted per year to 15,000.",
            "50,000",
            "Number of Central American minors",
        ),
        (
            "It would also cap the number of Central American minors who are allowed to apply "
            "for asylum each year at 50,000 and limit the number of asylum applications that "
            "could be granted per year to 15,000.",
            "15,000",
            "Number of asylum applications",
        ),
        (
            "Estimates of how many women could be included in the lawsuit run from 500,000 to "
            "1.6 million.",
            "from 500,000 to 1.6 million",
            "How many women",
        ),
    ],
)
def test_a_bare_number_is_headed_by_what_it_is_the_number_of(sentence, figure, expected):
    made = _headed_alone(sentence, figure)
    assert made["heading"] == expected
    assert made["sentence"]["context"]["text"] == sentence


def test_an_age_is_headed_by_its_person_as_who_says_what_names_them():
    """BASIL 58f414e5: "Lewis, now 77, stared straight ahead" was headed "Lewis", beside John
    Lewis's statements; be026bd1's "Moore" is Roy Moore."""
    from whatweknow.brief.context import add_context

    text = "Lewis, now 77, stared straight ahead for a moment."
    start = text.index("77")
    value = _figure_in(text, "77", "year of age", owner="lewis", unit="year of age")
    value["location"] = {"document": "d1", "start": start, "end": start + 2}
    brief = {
        "figures": [{"values": [value], "measure": "year of age"}],
        "speakers": [
            {"name": "John Lewis", "kind": "person", "statements": []},
            {"name": "Lewis and Clark", "kind": "group", "statements": []},
        ],
    }

    class Texts:
        def texts(self, ids):
            return {"d1": text}

    add_context(Texts(), brief)
    assert brief["figures"][0]["heading"] == "John Lewis"


def test_a_sentence_beside_a_heading_that_opens_a_quote_is_not_quoted_twice():
    """BASIL 58f414e5 (Fox): "In the text: ““Forty guys get together …””"."""
    from whatweknow.brief.html import outer_quotes
    from whatweknow.brief.markdown import _beside

    quote = "“Forty guys get together at the same time, that would be a major security event.”"
    plain = "Estimates of how many women could be included in the lawsuit run from 500,000."
    source = {"document": "d1", "start": 1, "end": 6, "outlet": "Fox News", "published": None}
    for text, shown in ((quote, quote), (plain, f"“{plain}”")):
        cluster = {"heading_sentence": {"context": {"text": text}, "source": source}}
        assert _beside(cluster)[0].startswith(f"_In the text: {shown}_ ")
    assert outer_quotes('"This is about more than 800,000 Americans') == ("", "")
    # opened inside a quote, closed by its mark (BASIL 3ae35b16, NYT)
    assert outer_quotes("I haven’t spoken to her in way over a year.”") == ("“", "")
    assert outer_quotes("I haven't spoken to her in a year.\"") == ("“", "")
    assert outer_quotes("He called it “a crisis” at the border.") == ("“", "”")


@pytest.mark.parametrize(
    ("sentence", "figure", "expected", "beside"),
    [
        # BASIL 2f3e86b6 (NYT, HuffPost), the round-67 reader: "Other measures: 2 measures"
        # says nothing alone, "Republicans have repeatedly ambushed: 2 times" cuts the verb
        # from its object, "Democrats their first majority in the House: 8 years" runs two
        # objects together (and eight years is the span since the last majority, no majority's
        # length): the counted noun or unit heads them, with the sentence beside
        (
            "Two other measures also zero in on the costs of administration officials’ travel.",
            "Two",
            "Measures",
            True,
        ),
        (  # BASIL 9879bbc0 (NYT)
            "The continuing controversy over the attack, which resulted in the deaths of "
            "Ambassador J. Christopher Stevens and three other Americans, has cast a cloud over "
            "Mrs. Clinton’s final months at the State Department.",
            "three",
            "Americans",
            True,
        ),
        (
            "Republicans have repeatedly ambushed Democrats — twice successfully — with "
            "politically freighted procedural motions in a drive to divide Democrats and draw out "
            "vulnerable swing-district members.",
            "twice",
            "Times",
            True,
        ),
        (
            "This mission was driven not just by party leaders, but also by the candidates who "
            "would ultimately deliver Democrats their first majority in the House in eight years.",
            "eight years",
            "Years",
            True,
        ),
        # a list of examples after "including" is no part of what is counted (f688c56d)
        (
            "More than 30 nations, including Canada and Mexico, have similar policies.",
            "More than 30",
            "Nations",
            True,
        ),
        # near-misses that keep their heading: "other" in a phrase that says more, which
        # without it would read as the whole number (68748e7f, NYT), a noun's own words past
        # "more" (70c75d68, NYT),
        # a verb with the figure right after it (e71d149d, NYT), a determiner opening the
        # phrase (0d10341a, NYT), a lower-case verb before "the" (3ae35b16, Fox), a span with
        # no "first" before its "in" (0d10341a, HuffPost)
        (
            "The president proposed $800 million for humanitarian assistance and $805 million "
            "for drug detection technology, in addition to funding for 2,750 more border agents "
            "and law enforcement officials and 75 new immigration judge teams.",
            "2,750",
            "More border agents",
            False,
        ),
        (
            "When he had finished introducing the report, Hutchinson called up Mark Mattioli, "
            "whose 6-year-old son, James Mattioli, was killed in December along with 19 other "
            "children at Sandy Hook Elementary School.",
            "19",
            "Other children at Sandy Hook Elementary School",
            False,
        ),
        (
            "Members of the House voted 420-0 to release the report.",
            "420-0",
            "Members of the House voted",
            False,
        ),
        (
            "Ms. Pelosi and Mr. Schumer said $1.3 billion was their highest bid.",
            "$1.3 billion",
            "Their highest bid",
            False,
        ),
        (
            "Trump reopened the government for three weeks on Jan. 25, allowing government "
            "workers to get back to work as border security negotiations continued.",
            "three weeks",
            "Trump reopened the government",
            False,
        ),
        (
            "Pelosi, who is expected to return to the House speakership Thursday afternoon after "
            "eight years as minority leader, intends to pass spending bills.",
            "eight years",
            "Minority leader",
            False,
        ),
        # the round-67 code review: a phrase demoted only for its "other"/"more" gives way to
        # the counted noun, not to a worse phrase lacking it ("Collecting signatures", "Crimea
        # and fomenting a war")
        (
            "The SVP has already begun collecting signatures for two more initiatives.",
            "two",
            "Initiatives",
            True,
        ),
        (
            "Russia has been accused of annexing Crimea and fomenting a war in two other "
            "provinces.",
            "two",
            "Provinces",
            True,
        ),
        # a title in capitals with no verb before it is no two objects (not "Hard Truths")
        (
            "The book lists 19 Hard Truths the Left Can't Handle.",
            "19",
            "Hard Truths the Left Can't Handle",
            False,
        ),
        # the "first" of a title is no first time; a count of states no span since one
        (
            "First Lady Michelle Obama visited schools in three days.",
            "three days",
            "First Lady Michelle Obama visited schools",
            False,
        ),
        ("The first lady visited schools in 12 states.", "12", "States", True),
        # left open: "other"/"more" kept through a phrase that hangs from the verb, not from
        # the counted noun (the headings read no parse)
        pytest.param(
            "She is raising two other children with her husband.",
            "two",
            "Children",
            True,
            marks=pytest.mark.xfail(strict=True, reason="the tail's attachment is not read"),
        ),
        pytest.param(
            "Police arrested 40 more protesters outside the courthouse.",
            "40",
            "Protesters",
            True,
            marks=pytest.mark.xfail(strict=True, reason="the tail's attachment is not read"),
        ),
    ],
)
def test_a_heading_says_alone_what_is_measured(sentence, figure, expected, beside):
    """A heading a reader takes alone names what is measured: not "other" or "more" and the
    counted noun alone, no verb cut from its object, no two objects run together, no list of
    examples, no span since a "first" read as a length."""
    made = _headed_alone(sentence, figure)
    assert made["heading"] == expected, made
    assert (made["sentence"] is not None) == beside, made


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        (  # BASIL 58ed2376 (NYT)
            "Mr. Wilder, the governor’s spokesman, said Ms. Brewer’s office had received more "
            "than 10,000 calls and emails on the matter as of Monday morning.",
            "more than 10,000",
            "Office had received",
        ),
        (  # BASIL 576116e5 (Fox News)
            "Trustees of the Social Security and Medicare Trust Fund last week warned the Social "
            "Security Trust Fund will be exhausted in 2036 and under current law, seniors would "
            "then face a 23 percent across-the-board cut in benefits.",
            "23 percent",
            "Seniors would then face",
        ),
        (  # BASIL 72fa9b13 (HuffPost)
            "Richard McFeely, who served in the FBI for 24 years before retiring as executive "
            "assistant director in 2014.",
            "24 years",
            "Served in the FBI",
        ),
        (  # twenty-ninth held-out, trump-convention-2016-07 (USA Today 2016-07-18)
            "That's a big boost for Democrat Hillary Clinton: A majority of her backers say they "
            "plan to vote for her mostly because they are against Trump.",
            "A majority",
            "Her backers say they plan",
        ),
    ],
)
def test_a_clause_is_no_heading(sentence, figure, expected):
    """ "Office had received: more than 10,000 calls", "Seniors would then face: 23%", "Served
    in the FBI: 24 years", "Cut deficits: $416 billion" (7 headings in 4 of 16 BASIL stories
    read as a user): a subject with its auxiliary, or the figure's verb opening the phrase,
    is a clause, not what is measured; the unit or counted noun heads it, with the sentence
    beside."""
    made = _headed_alone(sentence, figure)
    assert made["heading"] != expected and made["sentence"] is not None, made


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        (  # BASIL 2f3e86b6 (NYT): "Agencies spent"
            "Federal agencies spent about $13 million on four of Mr. Trump’s trips to his "
            "Mar-a-Lago resort in Florida in early 2017, according to a report by a nonpartisan "
            "congressional watchdog agency issued last month.",
            "about $13 million",
            "US dollars",
        ),
        (  # BASIL 6e502405 (NYT): "Mr. Clinton earned"
            "In all, Mr. Clinton earned $13.17 million in 2013, also for 41 speeches.",
            "$13.17 million",
            "US dollars",
        ),
        (  # BASIL af4a3f41 (Fox): a word of the measure in a verb's form before the figure
            "The field of confirmed and potential GOP presidential candidates includes more "
            "than a dozen people.",
            "more than a dozen",
            "People",
        ),
        (  # BASIL 2058ec60 (HuffPost): "Complaint faces"
            "“Your complaint faces in two directions,” he told a lawyer for the plaintiffs.",
            "two",
            "Directions",
        ),
        (  # BASIL 526cabb7 (NYT): "President was joined"
            "The president was joined by four children who wrote to the White House about gun "
            "violence following the Connecticut mass shooting in which 20 children were killed.",
            "four",
            "Children",
        ),
        (  # BASIL 72fa9b13 (HuffPost): "Experience stems"
            "Lieberman’s law enforcement experience stems from his two-term tenure as "
            "Connecticut’s attorney general.",
            "two",
            "Terms",
        ),
        (  # BASIL 70c75d68 (Fox): "Shutdown is hurting"
            '"This senseless government shutdown is hurting millions of Americans, and its '
            "impacts are only getting worse.",
            "millions",
            "Americans",
        ),
        # the code review: a past form spelled as its base is a past form ("Project cost");
        # "cost" says what its subject amounts to, which heads it (`_amounted`)
        ("The project cost $5 million.", "$5 million", "Project"),
        ("The agency put $5 million into the program.", "$5 million", "US dollars"),
    ],
)
def test_a_subject_and_its_verb_is_no_heading(sentence, figure, expected):
    """ "Agencies spent: about $13 million", "Mr. Clinton earned: $13.17 million", "Field of …
    candidates includes: more than a dozen people" (21 headings in 13 of 72 BASIL stories): a
    subject and the figure's verb before the figure tell what someone did, not what is
    measured; the unit or the counted noun heads the cluster, with the sentence beside."""
    made = _headed_alone(sentence, figure)
    assert made["heading"] == expected and made["sentence"] is not None, made


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # a participle after "being" names a thing (the seed)
        (
            "Even the number being deployed — originally put at about 11,000 by the Pentagon — "
            "has been debated.",
            "about 11,000",
            "Number being deployed",
        ),
        # a verb of change: what changed and how it moved (PolNeAR train, Politico 2015-11-13
        # and NYT 2016-03-17)
        (
            "Gambling revenue at Atlantic City’s eight remaining casinos increased 3.5 percent "
            "in the first 10 months of the year compared to the same period in 2014.",
            "3.5 percent",
            "Revenue at Atlantic City’s eight remaining casinos increased",
        ),
        ("Last year, investors lost 20.5 percent.", "20.5 percent", "Investors lost"),
        # a bare form after a singular noun is a noun (PolNeAR train, Washington Post
        # 2016-09-07)
        (
            "The two exceptions are strongly Republican Wyoming (Obama approval 26 percent, "
            "Clinton support 27 percent) and Arkansas.",
            "27 percent",
            "Clinton support",
        ),
        # a participle before its infinitive modifies its noun (PolNeAR train, Western Journal
        # 2016-05-24)
        (
            "Clinton is closing in on the number of delegates needed to assure her of the "
            "party’s nomination, and needs about 100 delegates to put her over the top.",
            "about 100",
            "Delegates needed",
        ),
        # a count of times is headed by who did it and their verb (BASIL 8dac6c12, NYT)
        (
            "Mrs. Clinton invoked Ms. Pelosi’s name twice during her remarks and appeared to "
            "embrace her.",
            "twice",
            "Mrs. Clinton invoked Ms. Pelosi’s name",
        ),
        # no unit nor counted noun to fall back on: a tally keeps its phrase (BASIL e71d149d)
        (
            "Members of the House voted 420-0 to release the report.",
            "420-0",
            "Members of the House voted",
        ),
        # a share's unit says too little: its phrase heads it (the code review's probe; it
        # read "Percent")
        ("Trump's approval rating stands at 40 percent.", "40 percent", "Rating stands"),
    ],
)
def test_a_heading_with_a_verb_that_names_what_is_measured_stays(sentence, figure, expected):
    """What `test_a_subject_and_its_verb_is_no_heading` leaves alone (and a noun in a verb's
    form, "Clinton support 27 percent", which is no verb)."""
    made = _headed_alone(sentence, figure)
    assert made == {"heading": expected, "sentence": None}


@pytest.mark.parametrize(
    ("sentence", "figure", "expected", "beside"),
    [
        # what the things counted did, the figure's own verb, follows the heading (the round-55
        # reader of the seed): the heading keeps its words, the sentence goes beside it
        (  # BASIL df5fe55a (NYT)
            "Close to three dozen House Democrats have signed a letter from Representative Peter "
            "Welch, Democrat of Vermont, calling the tax deal “fiscally irresponsible” and "
            "“grossly unfair.”",
            "Close to three dozen",
            "House Democrats",
            True,
        ),
        (  # BASIL d3a1ce0a (NYT)
            "The appointment marks the first time in Senate history that two black senators have "
            "served at the same time.",
            "two",
            "Black senators",
            True,
        ),
        # "other" says nothing alone of whom the dozens are (`_RELATIVE`, the round-67 reader):
        # the counted noun heads them, with the sentence beside
        (  # BASIL 1ed4f378 (Fox News)
            "The four-term New York senator and the dozens of other Democrats who initially "
            "voted Friday to block the spending bill had been lauded by their progressive base "
            "even as nearly 1 million federal workers were furloughed without pay.",
            "dozens",
            "Democrats",
            True,
        ),
        (  # the seed (BBC)
            "Moscow has been recruiting at least 20,000 new soldiers a month to help bolster its "
            "war effort, with more than 1,000 Russian soldiers killed or wounded on average "
            "daily, according to Nato and Western military officials.",
            "at least 20,000",
            "New soldiers",
            False,
        ),
        (  # BASIL a4f1d515 (NYT)
            "A new report cited another document that showed that in March 2013 there were 97 "
            "billion pieces of data collected from networks worldwide.",
            "97 billion",
            "Pieces of data collected from networks",
            False,
        ),
    ],
)
def test_a_heading_cut_from_its_things_verb_has_its_sentence_beside(
    sentence, figure, expected, beside
):
    """ "Russian soldiers: more than 1,000 soldiers per day" hid "killed or wounded", and
    "Federal workers: nearly 1 million" hid "were furloughed" (25 headings in the briefs of
    the seed and 72 BASIL stories, 22 in 140 PolNeAR articles): a heading whose things' own
    verb follows it names who is counted, not what is measured, so its sentence is shown
    beside it, as beside a counted noun alone ("Children" of "20 children were killed").
    What they underwent, a passive, the heading now takes
    (`test_a_heading_takes_what_its_things_underwent`); what they did stays beside."""
    made = _headed_alone(sentence, figure)
    assert made["heading"] == expected, made
    assert (made["sentence"] is not None) == beside, made


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        (  # the seed (BBC)
            "Moscow has been recruiting at least 20,000 new soldiers a month to help bolster its "
            "war effort, with more than 1,000 Russian soldiers killed or wounded on average "
            "daily, according to Nato and Western military officials.",
            "more than 1,000",
            "Russian soldiers killed or wounded",
        ),
        (  # the seed (BBC): the auxiliaries of the passive are left out
            "Moscow’s manpower problems have been widely reported, with the US estimating that "
            "around 600,000 Russian troops have been killed or wounded since its invasion of "
            "Ukraine in 2022.",
            "around 600,000",
            "Russian troops killed or wounded",
        ),
        (  # BASIL 1ed4f378 (Fox News)
            "The four-term New York senator and the dozens of other Democrats who initially "
            "voted Friday to block the spending bill had been lauded by their progressive base "
            "even as nearly 1 million federal workers were furloughed without pay.",
            "nearly 1 million",
            "Federal workers furloughed",
        ),
        (  # BASIL 1f99798f (HuffPost)
            "The development came hours after two additional packages were discovered, one "
            "addressed to Sen. Cory Booker.",
            "two",
            "Additional packages discovered",
        ),
        (  # BASIL 68748e7f (NYT): the counted noun alone was the heading ("People")
            "The NRA initially took criticism from Democrats for focusing so closely on school "
            "security, and rejecting gun control measures, following the Connecticut shooting in "
            "which 26 people were killed.",
            "26",
            "People killed",
        ),
        (  # BASIL 70c75d68 (NYT)
            "“Compromise is not a sign of weakness — it’s a sign of strength, particularly when "
            "hundreds of thousands of families are being harmed.",
            "hundreds of thousands",
            "Families harmed",
        ),
    ],
)
def test_a_heading_takes_what_its_things_underwent(sentence, figure, expected):
    """ "Russian troops: around 600,000 troops" read as the size of an army where the article
    counts the dead and wounded ("around 600,000 Russian troops have been killed or wounded"),
    and "Russian soldiers: more than 1,000 soldiers per day" as much (the round-58 reader of
    the seed): the participle the things counted stand under, as the text writes it, is what
    the figure counts, so the heading takes it; the heading then says what is measured and
    needs no sentence beside."""
    made = _headed_alone(sentence, figure)
    assert made == {"heading": expected, "sentence": None}


@pytest.mark.parametrize(
    ("sentence", "figure", "left_out"),
    [
        # not yet done: a modal before the passive
        (
            "The Pentagon says around 11,000 Russian troops will be deployed to Kursk.",
            "around 11,000",
            "deployed",
        ),
        # a negation between: "were not killed" is no count of the killed
        (
            "Officials said more than 300 Russian soldiers were not killed but captured.",
            "more than 300",
            "killed",
        ),
        # what it goes on to, cut: "furloughed or forced to work without pay"
        (
            "About 800,000 federal workers have been furloughed or forced to work without pay.",
            "About 800,000",
            "furloughed",
        ),
        # an active past closing its clause (BASIL 1f99798f, Fox News: "Packages originated")
        (
            "Federal authorities had been focusing on Florida as the location where the "
            "majority of packages originated.",
            "the majority",
            "originated",
        ),
        # what they were marked, cut (BASIL 87609973, "Documents marked")
        ('At least four of the documents were marked "classified."', "At least four", "marked"),
        # no count: an amount of money is no number of the things after it (BASIL f506aafc,
        # b5eefefb: "Football signed", "Figure based")
        (
            "Among those items were a $5,000 football signed by American presidents and two hats "
            "that once belonged to Michael Jackson, including a $4,600 fedora.",
            "$5,000",
            "signed",
        ),
        (
            "The $6,400 figure is based on a study of one of Ryan’s earlier plans for Medicare, "
            "which he has since changed to make it more bipartisan.",
            "$6,400",
            "based",
        ),
        # what they did, not what they underwent: an active perfect (BASIL d3a1ce0a, NYT)
        (
            "The appointment marks the first time in Senate history that two black senators have "
            "served at the same time.",
            "two",
            "served",
        ),
    ],
)
def test_a_heading_takes_no_verb_that_is_not_what_its_things_underwent(sentence, figure, left_out):
    """Near misses of `test_a_heading_takes_what_its_things_underwent`: a modal, a negation or
    an active verb after the heading is left out of it (the sentence goes beside, where the
    things' own verb follows)."""
    made = _headed_alone(sentence, figure)
    assert left_out not in made["heading"], made


def test_a_heading_before_its_things_verb_is_not_run_through_it_and_has_the_sentence_beside():
    """ "… a number of Braley's potential Republican general election opponents condemned his
    remarks" (BASIL 22b6e900): no phrase through the verb into its object; the verb is what
    the opponents counted did, so the sentence goes beside the heading."""
    sentence = (
        "Braley apologized to Grassley in person on Tuesday after state Republican Party "
        "leaders and a number of Braley's potential Republican general election opponents "
        "condemned his remarks."
    )
    value = _figure_in(
        sentence,
        "a number",
        "potential republican general election opponent condemn",
        words=[
            "braley",
            "condemn",
            "election",
            "general",
            "opponent",
            "potential",
            "remark",
            "republican",
        ],
        verb="condemn",
        owner="braley",
        noun="opponent",
        counted="opponents",
    )
    made = headed({"values": [value], "measure": None})
    assert made["heading"] == "Braley's potential Republican general election opponents"
    assert made["sentence"]["context"]["text"] == sentence


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        (  # BASIL f506aafc (HuffPost): both "US dollars" before
            "The personal expenses at nightclubs and lounges topped $60,000, while personal "
            "dry-cleaning expenses topped $14,000.",
            "topped $60,000",
            "Personal expenses at nightclubs and lounges",
        ),
        (
            "The personal expenses at nightclubs and lounges topped $60,000, while personal "
            "dry-cleaning expenses topped $14,000.",
            "topped $14,000",
            "Personal dry-cleaning expenses",
        ),
        (  # BASIL 3ae35b16 (NYT)
            "The total wall funding will now come to about $8 billion, partially approved by "
            "Congress but mostly by Trump alone.",
            "about $8 billion",
            "Total wall funding",
        ),
        (  # BASIL 6e502405 (NYT): both ends of the range
            "Their charitable deductions ranged from $550,000 in 2008 to more than $3 million in "
            "2007, 2013 and 2014.",
            "$550,000",
            "Their charitable deductions",
        ),
        (
            "Their charitable deductions ranged from $550,000 in 2008 to more than $3 million in "
            "2007, 2013 and 2014.",
            "more than $3 million",
            "Their charitable deductions",
        ),
        ("For that year, the budget was $640 million.", "$640 million", "Budget"),  # 9879bbc0
        ("Dues were $6,612 a year.", "$6,612", "Dues"),  # PolNeAR train
        (  # PolNeAR train
            'The plan would cost about $1.38 trillion a year, according to the "Medicare for '
            'all" document he released.',
            "about $1.38 trillion",
            "Plan",
        ),
        # near-misses: a subject that spends, receives or loses the money, a pronoun, a mark
        # between the subject and its verb, a subject pointing back at another sentence's
        (  # BASIL 2f3e86b6 (NYT)
            "Federal agencies spent about $13 million on four of Mr. Trump’s trips to his "
            "Mar-a-Lago resort in Florida in early 2017.",
            "about $13 million",
            "US dollars",
        ),
        (  # BASIL b764f81f (Fox)
            "Colorado has raised more than $60 million in taxes, licenses and fees from medical "
            "and recreational marijuana, which has been sold in stores since January.",
            "more than $60 million",
            "US dollars",
        ),
        (  # BASIL 1e41e98b (NYT)
            "According to an analysis from Standard & Poor’s, the ratings agency, the United "
            "States economy lost at least $6 billion in the five weeks the government was partly "
            "shuttered.",
            "at least $6 billion",
            "US dollars",
        ),
        (  # BASIL 9879bbc0 (Fox)
            "It steadily climbed to $1.6 billion in fiscal 2010.",
            "$1.6 billion",
            "US dollars",
        ),
        (  # BASIL 526cabb7 (NYT)
            "The cost of the package, senior officials estimated, would be roughly $500 "
            "million, some of which could come from already budgeted funds.",
            "roughly $500 million",
            "US dollars",
        ),
        (  # PolNeAR train
            "Today, that same membership costs $25,000, but it is non-refundable, while annual "
            "dues have gone up to $8,400.",
            "$25,000",
            "US dollars",
        ),
    ],
)
def test_an_amount_of_money_is_headed_by_what_amounts_to_it(sentence, figure, expected):
    """ "The personal expenses at nightclubs and lounges topped $60,000": the subject of a
    verb of amounting ("topped", "come to", "ranged from", "was", "cost") is what the money
    measures and heads it, with the sentence beside; a subject that spends, raises or loses
    it, a pronoun, or one cut from its verb by a mark leaves "US dollars" (8 headings in 72
    BASIL and 150 PolNeAR briefs)."""
    made = _headed_alone(sentence, figure)
    assert made["heading"] == expected and made["sentence"] is not None, made


@pytest.mark.parametrize(
    ("word", "verb"),
    [
        ("estimates", "estimate"),
        ("estimating", "estimate"),
        ("denied", "deny"),
        ("admitted", "admit"),  # the consonant doubled before the ending
        ("slamming", "slam"),
        ("called", "call"),
        ("stressed", "stress"),
        ("said", "say"),
        ("forecast", "forecast"),  # a past form the same as the bare one
        ("read", "read"),
        ("put", "put"),
    ],
)
def test_a_reporting_verbs_inflected_form_gives_the_verb(word, verb):
    """Reviewer, fifty-sixth round: "admitted" gave only "admitte"/"admitt", and "forecast",
    "put" and "read" of `lexicon.REPORTING_VERBS` none."""
    assert verb in lexicon.verb_lemmas(word)
    assert verb in lexicon.REPORTING_VERBS


def test_a_bare_form_that_is_a_noun_as_often_gives_no_verb():
    assert lexicon.verb_lemmas("report") == set() and lexicon.verb_lemmas("estimate") == set()


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # who reports, estimates or shows is the value's source, not what it measures (the
        # round-55 reader of BASIL d4a4bc34: "Mogul estimates the price tag")
        (  # BASIL d4a4bc34 (HuffPost)
            "(The real estate mogul estimates the price tag at around $8 billion.)",
            "around $8 billion",
            "Price tag",
        ),
        # a possessive after the verb makes who reports the owner, kept (see above); the things
        # counted before such a verb are no one who reports: the phrase is left as it was
        (  # BASIL 6e502405 (NYT)
            "Mr. Bush said his average federal tax rate was 36 percent, and contrasted that "
            "with what he said was the Clintons’ 2014 tax rate: 30 percent.",
            "36 percent",
            "Mr. Bush said his average federal tax rate",
        ),
        (  # BASIL 1bb79cc1 (NYT)
            "The 100 pages of e-mails showed a disagreement between David H. Petraeus, then the "
            "director of the C.I.A., and his deputy, Michael J. Morell, over how much to "
            "disclose in the talking points.",
            "100",
            "Pages of e-mails showed a disagreement",
        ),
    ],
)
def test_a_heading_does_not_run_from_who_reports_into_what_they_report(sentence, figure, expected):
    """A phrase from a name or the figure's owner across a verb of saying, estimating or
    showing into its object is a clause whose subject is the source ("Mogul estimates the
    price tag: around $8 billion"): the heading is what they report ("Price tag")."""
    assert _headed_alone(sentence, figure)["heading"] == expected


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        (  # twenty-sixth held-out, iowa-2016-02 (Washington Post 2016-02-02)
            "The results scrambled the Republican race as it heads to New Hampshire, giving the "
            "GOP a genuine three-way contest that will put Trump to tests he hasn't been faced "
            "with.",
            "three",
            "Ways",
        ),
        (  # twenty-sixth held-out, newyork-2016-04 (Washington Post 2016-04-20)
            "Her lead over the senator from Vermont has dropped from what was then a 31-point "
            "advantage to the current two points.",
            "two points",
            "Points",
        ),
    ],
)
def test_a_heading_never_runs_into_the_figures_own_phrase(sentence, figure, expected):
    """ "The GOP a genuine: 3 ways", "Advantage to the current: 2 points": a phrase ending on
    the article and modifiers of the figure's own noun phrase ("a genuine three-way contest",
    "the current two points") names nothing; the unit heads it, with the sentence beside."""
    made = _headed_alone(sentence, figure)
    assert made["heading"] == expected
    assert made["sentence"]["context"]["text"] == sentence


def test_a_heading_with_a_pronoun_in_the_objects_case_stays():
    """What `test_a_clause_is_no_heading` leaves alone: "they" opens a clause ("her backers say
    they plan"), "her" and "them" stand in a noun phrase."""
    sentence = "The 34% support for her among women in an ABC News poll is the lowest."
    assert _headed_alone(sentence, "34%")["heading"] == (
        "Support for her among women in an ABC News poll"
    )


def test_a_phrase_opened_by_its_article_before_the_figure_keeps_it():
    """What `test_a_heading_never_runs_into_the_figures_own_phrase` leaves alone: an article
    that opens the phrase is the phrase's own, and the candidate keeps it ("The Clintons
    earned"; a subject and its verb then head no cluster,
    `test_a_subject_and_its_verb_is_no_heading`)."""
    value = _extracted("The Clintons earned $10 million last year from speeches.", "$10 million")
    assert "The Clintons earned" in [_capital(text) for _, text, *_ in _phrases(value)]


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        (  # twenty-fifth held-out, primary-2016-06 (USA Today 2016-06-03)
            "In May, Sanders' more than two dozen rallies in the state drew more than 160,000 "
            "people.",
            "more than 160,000",
            "Rallies in the state drew",
        ),
        (  # the same phrase with another verb of the figure
            "Hospitals in the city treated 300 patients.",
            "300",
            "Hospitals in the city treated",
        ),
    ],
)
def test_a_phrase_whose_article_ends_before_the_figures_verb_keeps_it(sentence, figure, expected):
    """What `test_a_heading_never_runs_into_the_figures_own_phrase` leaves alone: an article
    inside the phrase whose noun the figure's verb follows ("rallies in [the state] drew") is
    no part of the figure's noun phrase, and the phrase stays a candidate; a subject and its
    verb head no cluster (`test_a_subject_and_its_verb_is_no_heading`), so the counted noun
    heads it, with the sentence beside."""
    value = _extracted(sentence, figure)
    assert expected in [_capital(text) for _, text, *_ in _phrases(value)]
    made = headed({"values": [value], "measure": value["measure"]})
    assert made["heading"] == _capital(value["counted"]) and made["sentence"] is not None


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        (  # PolNeAR dev, Breitbart 2016-09-26: the heading read "Presidential Debates’"
            "Stein, who’s ineligible to participate in the event because she did not meet the "
            "Commission on Presidential Debates’ 15 percent polling threshold, boarded a shuttle "
            "bus meant for news media as it headed to Hofstra University.",
            "15 percent",
            "Polling threshold",
        ),
        (  # PolNeAR dev, Breitbart 2016-09-29: the heading read "Shootings’ in Chicago"
            "Politifact: Donald Trump Is Right, ‘Thousands of Shootings’ in Chicago this Year.",
            "Thousands",
            "Shootings",
        ),
    ],
)
def test_a_heading_neither_ends_on_a_plural_possessive_nor_runs_past_a_closing_quote(
    sentence, figure, expected
):
    """A plural possessive names its thing after it, as "’s" does; a closing single quote
    ends the words it quotes."""
    assert _headed_alone(sentence, figure)["heading"] == expected


def _dated(label: str, precision: str, first: str, last: str) -> dict:
    return {
        "date": first if precision == "day" else f"{first}/{last}",
        "precision": precision,
        "first_day": first,
        "last_day": last,
        "label": label,
        "outlets": ["HuffPost"],
        "source": {"document": "d", "start": 0, "end": 1},
    }


def test_a_year_only_date_is_an_outline_and_a_long_label_wraps_whole():
    """Reader, round 57 (BASIL 0c78e748, at 1280 px): "2017" was a filled bar across the whole
    axis, read as an event a year long, and labels were cut ("Donald Trump told NBC's Lester
    Holt he fired then-FBI…"). A date known only to its year, month or week is a dashed
    outline, apart from a time an event lasted, with a key; a long label goes on two lines,
    every word of it shown, and no two labels meet."""
    from whatweknow.brief.timeline import FONT, WIDE, chart, text_width, wide

    long = "Donald Trump told NBC’s Lester Holt he fired then-FBI Director James Comey"
    items = [
        _dated("Trump said that he fired Flynn", "year", "2017-01-01", "2017-12-31"),
        _dated(long, "month", "2017-05-01", "2017-05-31"),
        _dated("the hearings ran", "range", "2017-06-05", "2017-06-20"),
        _dated("Michael Flynn pleaded guilty", "day", "2017-12-01", "2017-12-01"),
    ]
    svg = str(wide(items, lambda source: "#"))
    assert svg.count('class="within"') == 2 and svg.count('class="span"') == 1
    assert svg.count('class="dot"') == 1
    assert "…" not in svg
    lines = re.findall(r'<tspan x="([\d.]+)" dy="\d+">([^<]*)</tspan>', svg)
    assert " ".join(t for _, t in lines) == long
    assert all(float(x) + text_width(t, FONT) <= WIDE for x, t in lines)
    # the full label is the mark's title as well
    assert f"<title>May 2017: {long} (HuffPost)</title>" in svg.replace("&#39;", "'")
    shown = str(chart(items, lambda source: "#"))
    (key,) = re.findall(r'<p class="meta chart-key">([^<]*)</p>', shown)
    assert key.startswith("A dot is a day; a filled bar is a time the event lasted; a dashed")
    assert "only as a week, month, season or year" in key


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # the code review of round 62 (part 2): what the subject is short of, sells or
        # gains, and a noun that names an amount only by its relation to another
        ("The two sides were $5 million apart.", "$5 million"),
        ("The mayor was $5 million richer.", "$5 million"),
        ("The company reached $5 million in sales.", "$5 million"),
        ("The deficit was up $5 million from last year.", "$5 million"),
        ("The difference was $2 billion.", "$2 billion"),
        ("The rest was $300.", "$300"),
    ],
)
def test_an_amount_a_subject_does_not_amount_to_keeps_the_unit(sentence, figure):
    assert _headed_alone(sentence, figure)["heading"] == "US dollars"


def test_money_is_not_headed_by_what_follows_its_for_or_on(tmp_path):
    """A rule heading an amount by the noun phrase after its "for" or "on" (4df3f45) was
    reverted after the round-63 code review: it named who receives the money ("Farmers",
    "Charity"), idioms ("Table", "Dollar") and cut phrases ("More"), and kept a heading where
    the sentence denies the spending. None of those is a heading."""
    from whatweknow import Article, Store, run
    from whatweknow.brief import build

    sentences = [
        "The government spent $2 billion on farmers.",
        "He donated $5 million for charity.",
        "There is $5 billion on the table.",
        "Nobody spent $7 million on ads.",
    ]
    articles = [
        Article(text, f"{n}.txt", "text", published="2019-03-04", outlet=f"Outlet {n}")
        for n, text in enumerate(sentences)
    ]
    with Store(tmp_path / "news.db") as store:
        for result in run(articles):
            store.add(result)
        brief = build(store, everything=True)
    headings = {c["values"][0]["context"]["text"]: c["heading"] for c in brief["figures"]}
    assert set(headings) == set(sentences)
    # never who receives it, an idiom's noun, or what the sentence says no one spent on
    assert not {"Farmers", "Charity", "Table", "Ads"} & set(headings.values()), headings


def test_a_sentence_cut_for_length_is_cut_at_a_space_and_says_so():
    """The round-65 reader (BASIL 1f99798f, HuffPost): "In the text: “Throughout the week, more
    than 10 packages … and former CIA Direct”" ended inside a word with no mark that the
    sentence goes on. A sentence REACH cuts is cut at a space with "…" on the cut side, in
    Markdown and HTML; one it does not cut is shown whole, with no mark."""
    from whatweknow.brief.html import in_sentence
    from whatweknow.brief.markdown import _beside

    text = (
        "Sayoc was arrested on Friday. Throughout the week, more than 10 packages containing "
        "potential explosive devices have been mailed to lawmakers and other public figures "
        "critical of Trump, including former President Barack Obama, former President Bill "
        "Clinton, Trump’s 2016 presidential opponent Hillary Clinton, Rep. Maxine Waters "
        "(D-Calif.), actor Robert De Niro and former CIA Director John Brennan, as well as "
        "several other people whose names were not released by the investigators on Friday."
    )
    start, end = _span(text, "more than 10")
    shown = context(text, start, end)
    assert shown["cut_after"] and not shown["cut_before"]
    assert shown["text"].startswith("Throughout the week, more than 10 packages")
    assert not shown["text"][-1].isspace() and text[shown["end"]].isspace()
    source = {"document": "d1", "start": start, "end": end, "outlet": "HuffPost", "published": None}
    line = _beside({"heading_sentence": {"context": shown, "source": source}})[0]
    assert line.startswith("_In the text: “Throughout the week,") and " …”_ " in line
    html = str(in_sentence(shown, source))
    assert html.startswith("Throughout the week, <mark>more than 10</mark>")
    assert html.endswith(" …")
    # a sentence shown whole has no mark on either side
    whole = context(text, *_span(text, "Sayoc was arrested"))
    assert not whole["cut"] and whole["text"] == "Sayoc was arrested on Friday."
    assert str(in_sentence(whole, source)) == "Sayoc was arrested on Friday."
