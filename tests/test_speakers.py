"""Who said it, inside one article: issue 13's examples as a table (names changed), each with
the speaker a reader should see, then what is not a statement and what the text denies."""

from __future__ import annotations

import inspect
import sys
from functools import cache

import pytest

from whatweknow import clean, extract, load_nlp
from whatweknow.merge.people import person_name
from whatweknow.model import Article
from whatweknow.names import name_tokens, surname

from .conftest import RUBIN_SPEECH


@cache
def statements_of(text: str):
    return extract(clean(Article(text, "test", "text")), load_nlp()).statements


def assert_spoken_by(text: str, content: str, speaker: str, kind: str) -> None:
    """The first statement whose content is `content` has that speaker, of that kind; when
    none has that content, the message lists what was found."""
    found = [s for s in statements_of(text) if s.content.text == content]
    assert found, [(s.speaker.name, s.content.text) for s in statements_of(text)]
    assert (found[0].speaker.name, found[0].speaker.kind) == (speaker, kind)


# (text, the words of the statement's content, speaker name, speaker kind)
# NYT, the Wal-Mart class-action story (names changed): "the chief justice" and the "he" after
# his question.
CHIEF_JUSTICE = (
    "The court of Chief Justice John G. Rivers Jr. has recently issued a series of rulings "
    "in favor of plaintiffs. Justice Anthony M. Kendall said the theory about how the company "
    "discriminated was internally inconsistent. Mr. Sellman responded that “there is no "
    "minimum number” in court decisions. The chief justice also asked Mr. Sellman “how many "
    "examples of abuse need to be shown before you can say that flows from the policy rather "
    "than from bad actors?” After all, he said, “you’re going to have some bad apples” given "
    "Wal-Mart’s thousands of stores."
)

SPEAKERS = [
    # generational suffixes keep father and son apart
    (
        "President Eric Lind said his son did nothing wrong. Eric Lind Jr. met the lawyer in "
        "June. Lind Jr. said the meeting was short. President Lind said the story was fake.",
        "the meeting was short",
        "Eric Lind Jr.",
        "person",
    ),
    (
        "President Eric Lind said his son did nothing wrong. Eric Lind Jr. met the lawyer in "
        "June. Lind Jr. said the meeting was short. President Lind said the story was fake.",
        "the story was fake",
        "Eric Lind",
        "person",
    ),
    # a bare surname beside father and son is the one the article is about, named first,
    # unless it carries the other's title
    (
        "Former Rep. Harold L. Brooks Jr. pleaded guilty on Wednesday to a fraud charge. Mr. "
        "Brooks, the son of the Rev. Harold L. Brooks, said he regretted it. “For years I "
        "lived off my campaign,” Mr. Brooks said.",
        "For years I lived off my campaign",
        "Harold L. Brooks Jr.",
        "person",
    ),
    (
        "Former Rep. Harold Brooks Jr. pleaded guilty on Wednesday. His father, the Rev. Harold "
        "Brooks, sat behind him. Brooks said he was clearheaded. The Rev. Brooks said his son "
        "had been ill.",
        "he was clearheaded",
        "Harold Brooks Jr.",
        "person",
    ),
    (
        "Former Rep. Harold Brooks Jr. pleaded guilty on Wednesday. His father, the Rev. Harold "
        "Brooks, sat behind him. Brooks said he was clearheaded. The Rev. Brooks said his son "
        "had been ill.",
        "his son had been ill",
        "Harold Brooks",
        "person",
    ),
    # a lone "Jr." is the surname the text goes on with (BASIL, NYT style, names changed) …
    (
        "Director of National Intelligence James R. Clamper Jr. defended the program on "
        "Saturday. Mr. Clamper said the leak was reprehensible.",
        "the leak was reprehensible",
        "James R. Clamper Jr.",
        "person",
    ),
    # … unless the text gives the surname alone a title he does not have
    (
        "Eric Lind Jr. met the lawyer in June. President Lind said the story was fake.",
        "the story was fake",
        "Lind",
        "person",
    ),
    # "wife" ending the sentence before says nothing of the surname after it (BASIL, names
    # changed)
    (
        "Former Rep. Harold Brooks Jr. (D-Ill.) pleaded guilty on Wednesday. His wife, Tanya "
        "Brooks, is expected to plead guilty later. The former representative, who wrote a "
        "book with his father, Rev. Harold Brooks, was accused of spending campaign funds on "
        "himself and his wife.\n\nBrooks said he was clearheaded and had not been under "
        "treatment.",
        "he was clearheaded and had not been under treatment",
        "Harold Brooks Jr.",
        "person",
    ),
    # the same with the father's "Sr." (PolNeAR: a congressman and his father, names changed)
    (
        "Reps. Carl Moss (R-N.Y.) and Dennis Hale (R-Calif.) on Wednesday endorsed the bid. His "
        "father, Dennis Hale Sr., once represented the district. Hale told reporters that he "
        "is in favor of the wall.",
        "that he is in favor of the wall",
        "Dennis Hale",
        "person",
    ),
    # a place abbreviation's period ends the sentence: no person "D.C. Brooks"
    (
        "Former Rep. Harold Brooks Jr. and his wife pleaded guilty. They appeared before Judge "
        "Ann Moore in Washington, D.C. Brooks's wife spent $5,150 on a fur cape, court "
        "documents said. “I am sorry,” Brooks said through tears.",
        "I am sorry",
        "Harold Brooks Jr.",
        "person",
    ),
    # a state and a party or office describe the person the article tags with that state
    # (BASIL, names changed) …
    (
        "Speaking on ABC's “This Week,” Sen. Jim Marlow, R-Ariz., said the chairman's comments "
        "were “wildly inaccurate.” The Arizona Republican said Steele needs to assess whether "
        "he can still function in his job.",
        "Steele needs to assess whether he can still function in his job",
        "Jim Marlow",
        "person",
    ),
    (
        "House Minority Leader Nina Palesi (D-Calif.) was re-elected on Wednesday. Rep. Tom "
        "Ryle (D-Ohio) said the vote was a mistake. The California Democrat spoke briefly to "
        "reporters, saying she feels “exhilarated.”",
        "she feels “exhilarated.”",
        "Nina Palesi",
        "person",
    ),
    # … never one tagged with another state or party, however recent …
    (
        "Sen. Jim Marlow (R-Ariz.) said the bill was flawed. Rep. Nina Palesi (D-Calif.) said "
        "she disagreed. The Arizona Republican said he would vote no.",
        "he would vote no",
        "Jim Marlow",
        "person",
    ),
    # … else the person named last as a subject
    (
        "Sandra Pallin, a vocal tea party supporter, said in a statement late Tuesday that she "
        "was saddened. The former Alaska governor said claims of racism were false.",
        "claims of racism were false",
        "Sandra Pallin",
        "person",
    ),
    (
        "Labrado has not been shy about criticizing House Speaker John Bahner of Ohio. The "
        "Idaho congressman, echoing other conservatives, has said that Congress should wait.",
        "that Congress should wait",
        "Labrado",
        "person",
    ),
    # the papers of a case are one source in an article, however it names them (BASIL,
    # names and sums changed); other papers stay apart
    (
        "Court papers released by federal prosecutors provided new details. Documents released "
        "on Friday showed how Brooks used his campaign money to buy fur capes. In 2008, Brooks "
        "used the money for a $466 dinner, the document said. Phone records show that he "
        "called her twice.",
        "In 2008, Brooks used the money for a $466 dinner",
        "court papers",
        "document",
    ),
    (
        "Court papers released by federal prosecutors provided new details. Documents released "
        "on Friday showed how Brooks used his campaign money to buy fur capes. In 2008, Brooks "
        "used the money for a $466 dinner, the document said. Phone records show that he "
        "called her twice.",
        "that he called her twice",
        "Phone records",
        "document",
    ),
    (
        "Phone records show that he called her twice. Court records show he planned to plead "
        "guilty. The records also show that he met her in June.",
        "that he met her in June",
        "records",
        "document",
    ),
    # an ordinal says which document, not its size: it stays in the name (The New York Times,
    # 2018); a size goes ("a 225-page report")
    (
        "Mr. Trump would have to find a way around the 14th Amendment to the Constitution, "
        "which states, “All persons born or naturalized in the United States are citizens.”",
        "All persons born or naturalized in the United States are citizens.",
        "14th Amendment to the Constitution",
        "document",
    ),
    # an ordinal and a document's noun, capitalised, are a numbered document, not a person
    # (Fox News, 2018)
    (
        "The 14th Amendment states that “all persons born or naturalized in the United States "
        "are citizens.”",
        "that “all persons born or naturalized in the United States are citizens.”",
        "14th Amendment",
        "document",
    ),
    (
        "A 225-page report released on Tuesday said the program had failed.",
        "the program had failed",
        "report",
        "document",
    ),
    # "one" before a document's noun says which one, not its size: it stays in the name
    # (thirteenth-held-out gold, BASIL 0ffb34cd, NYT; eighteenth-held-out gold, Politico)
    (
        "According to one recent poll, immigration was cited by only 4 percent of likely "
        "Republican voters as the most important issue.",
        "immigration was cited by only 4 percent of likely Republican voters as the most "
        "important issue.",
        "one recent poll",
        "document",
    ),
    (
        "Though his plan would dole out more than $4 trillion in tax cuts, one study found "
        "Trump would actually raise taxes on 8 million low- and middle-income Americans.",
        "Trump would actually raise taxes on 8 million low- and middle-income Americans",
        "one study",
        "document",
    ),
    # two people who share a surname: "Mr." and "Ms.", and "he" for the husband
    (
        "Rep. Dale Carter and his wife, Maria Carter, were charged with misusing campaign "
        "funds. Mr. Carter said the charges were politically motivated. Ms. Carter said she "
        "was innocent. He said he would fight the case.",
        "the charges were politically motivated",
        "Dale Carter",
        "person",
    ),
    (
        "Rep. Dale Carter and his wife, Maria Carter, were charged with misusing campaign "
        "funds. Mr. Carter said the charges were politically motivated. Ms. Carter said she "
        "was innocent. He said he would fight the case.",
        "she was innocent",
        "Maria Carter",
        "person",
    ),
    (
        "Rep. Dale Carter and his wife, Maria Carter, were charged with misusing campaign "
        "funds. Mr. Carter said the charges were politically motivated. Ms. Carter said she "
        "was innocent. He said he would fight the case.",
        "he would fight the case",
        "Dale Carter",
        "person",
    ),
    # "he" after a joint source is the man of the two
    (
        "President Tom Reyes and first lady Anna Reyes visited the hospital on Wednesday. "
        "Reyes said that he was deeply saddened by the news. “Our prayers are with the "
        "families,” he said in a statement.",
        "Our prayers are with the families",
        "Tom Reyes",
        "person",
    ),
    # "Mr. Trump" is not the president's daughter
    (
        "Near the dugout, the president’s daughter Iva Brand chatted with fans. When a video "
        "message from President Brand played, some booed. “You are showing the world that we "
        "will not be intimidated,” Mr. Brand said.",
        "You are showing the world that we will not be intimidated",
        "Brand",
        "person",
    ),
    # a person named since the last speaker, as a subject, is who "he" is
    (
        "“It would’ve been a massacre without them,” Senator Paul Dane said.\n\n"
        "Noah Nathan, 47, lives in a nearby apartment building. He said he heard at least 30 "
        "shots.",
        "he heard at least 30 shots",
        "Noah Nathan",
        "person",
    ),
    # "he" or "she" opening a sentence goes on with the same pronoun that was the first subject
    # of the sentence before, not with the one person that sentence names after it (Washington
    # Post, 2016: AIPAC and Orlando; names changed)
    (
        "“I didn’t come here tonight to pander to you about Israel,” Donald Trask said.\n\n"
        "But while Trask’s past statements have caused concern among pro-Israel activists, he "
        "offered promises Monday very much in line with what the audience had hoped to hear.\n\n"
        "He lambasted the Iran nuclear deal negotiated by President Oberg, who he noted was “in "
        "his final year, yay.” He pledged to relocate the U.S. Embassy in Israel to Jerusalem.",
        "to relocate the U.S. Embassy in Israel to Jerusalem",
        "Donald Trask",
        "person",
    ),
    (
        "Helen Clark has made gun control and gay rights central issues in her campaign. "
        "Following a mass shooting last year in Roseburg, Ore., she issued a detailed plan to "
        "expand gun background checks through executive action: President Oberg later adopted a "
        "similar approach. She has called for the reinstatement of an assault weapons ban.",
        "the reinstatement of an assault weapons ban",
        "Helen Clark",
        "person",
    ),
    # but only where the pronoun is the main clause's subject: "he" of a clause before it is
    # someone else (a reviewer's sentence, 2026; the Warren one after a NYT convention story)
    (
        "Mitt Romney conceded the race on Tuesday night. When he called, President Obama thanked "
        "him for a hard-fought campaign. He said the country must now come together.",
        "the country must now come together",
        "Obama",
        "person",
    ),
    (
        "Hillary Clinton spoke for an hour on Monday. After she left the stage, Senator Elizabeth "
        "Warren praised the nominee's plan for student debt. She said the plan would help millions "
        "of families.",
        "the plan would help millions of families",
        "Elizabeth Warren",
        "person",
    ),
    # "he" with no subject before it goes on with the main subject of the sentence before where
    # that subject describes a person rather than naming them: its owner (Politico, 2016, gay
    # Republicans; names changed), or the name in apposition to it (Western Journal, 2016, Pence
    # endorses Ryan; names changed)
    (
        "“As we mourn the victims, Ann & I say a special prayer for the LGBT community,” Mitt "
        "Rooney tweeted the day after the attack.\n\n"
        "Meanwhile, the current GOP nominee’s support for the LGBT community is unprecedented. "
        "While he’s said he believes marriage is between a man and a woman fairly consistently, "
        "he’s also feted the nuptials of gay friends.\n\n"
        "The party’s presumptive nominee Donald Trask spoke in June.",
        "marriage is between a man and a woman fairly consistently",
        "Donald Trask",
        "person",
    ),
    (
        "While Republican presidential nominee Donald Trask has yet to endorse House Speaker Paul "
        "Rayburn’s re-election bid, Trask’s running mate — Indiana Gov. Mike Pelton — has thrown "
        "his support behind Rayburn.\n\n"
        "And he claims his boss is OK with it.",
        "his boss is OK with it",
        "Mike Pelton",
        "person",
    ),
    # … but not with a subject inside what someone is said to have said (NYT, 2014, Ferguson;
    # names changed)
    (
        "Mr. Mallory, speaking to a local radio station, categorically rejected that notion.\n\n"
        "“Anyone who wants me off the case needs to call up the governor and express their "
        "opinion to him,” Mr. Mallory told KTRS radio.\n\n"
        "Gov. Jay Nolan of Missouri has the power to appoint a new prosecutor. By failing to act, "
        "Mr. Mallory said, the governor “undermines everything except the cover he has pulled "
        "over his head.” He told him to “man up” and make a decision so that the case will not "
        "be further delayed.",
        "him to “man up” and make a decision so that the case will not be further delayed",
        "Mallory",
        "person",
    ),
    # of two governors, "the governor" is the one who spoke just before, or else the one the
    # text names most (Fox and NYT on Arkansas's religious freedom bill, 2015)
    (
        "Arkansas Gov. Asa Hutchinson on Wednesday urged state lawmakers to change the bill. "
        'Indiana lawmakers and Gov. Mike Pence later vowed to "clarify" the language.\n\n'
        'Hutchinson, too, said the country is clearly split. But he cited a "generational '
        'gap." As evidence, the governor said even his own son had signed a petition.',
        "even his own son had signed a petition",
        "Asa Hutchinson",
        "person",
    ),
    (
        "When Gov. Asa Hutchinson was asked about the bill, he mentioned his son. Asa Hutchinson "
        "has since faced pressure from Walmart. Seth Hutchinson rallied for gay rights during the tenure of another Republican, Gov. Mike "
        "Huckabee.\n\nSeth Hutchinson later moved to Texas, which the governor mentions to "
        "audiences.\n\nOn Wednesday, the governor said he would ask lawmakers to recall the bill.",
        "he would ask lawmakers to recall the bill",
        "Asa Hutchinson",
        "person",
    ),
    # a party-state tag the parser took for a conjunct is no member (Fox, 2017)
    (
        "Senate Minority Leader Chuck Schumer, D-N.Y., and Sen. Elizabeth Warren, D-Mass., both "
        "called Tuesday for a postponement on any vote to confirm Gorsuch.",
        "a postponement on any vote to confirm Gorsuch",
        "Chuck Schumer and Elizabeth Warren",
        "group",
    ),
    # two names a dash parts are two, not one name "Trump — Pelosi" (HuffPost, 2019)
    (
        "Asked for her reaction to Tlaib’s “colorful language” ― the new Democratic "
        "congresswoman vowed to “impeach that motherfucker,” referring to Trump ― Pelosi said it "
        "was a free speech issue.",
        "it was a free speech issue",
        "Pelosi",
        "person",
    ),
    # a title is the words just before the name, not a word some clauses earlier
    (
        "Attorney General Eric Holder met residents. The trip was to underscore its commitment to "
        'civil rights in general and the Ferguson case in particular.\n\n"I understand that '
        'mistrust," Holder said. The attorney general then described how he was stopped twice '
        "on the New Jersey Turnpike.",
        "how he was stopped twice on the New Jersey Turnpike",
        "Eric Holder",
        "person",
    ),
    # a saying verb the parser hung on a thing's relative clause goes on with the sentence
    (
        "Director of National Intelligence James Clapper issued a statement late Thursday. He "
        "called the disclosure of the program that allows the NSA to collect communications "
        'data from Internet companies "reprehensible" and said the phone-records monitoring '
        "leak could cause harm.",
        "the phone-records monitoring leak could cause harm",
        "James Clapper",
        "person",
    ),
    # "the spokesperson" is the one the text introduced as "a spokesperson for Google"
    (
        'A spokesperson for Google says the company "cares deeply" about the security of '
        'users\' data.\n\n"We disclose user data to government in accordance with the law," '
        "the spokesperson said.",
        "We disclose user data to government in accordance with the law",
        "spokesperson for Google",
        "person",
    ),
    # a role in the lead, before the text names the one person it gives that role
    (
        "WASHINGTON — The tableau at the White House was familiar: The somber president, "
        "nearing the end of his eight-year term, walked to the podium and promised action in "
        "the wake of suffering.\n\nPresident Obama said the attack was an act of terror.",
        "action",
        "Obama",
        "person",
    ),
    # the same, where the parser hung the sentence's verb on the name as a participle
    (
        "In his remarks, Mr. Obama said it was still unclear whether there was a link.\n\n"
        "It took only hours for the connections to become fodder in the campaign. Donald J. "
        "Trump, the presumptive Republican presidential nominee, seized on the attacks as "
        "evidence of America’s weakness in facing terrorism. He demanded that Mr. Obama resign.",
        "that Mr. Obama resign",
        "Donald J. Trump",
        "person",
    ),
    # someone's spokesman, lawyer or aide is never that someone
    (
        "Tim Kaine, a lawyer, spoke first. A spokesman for Tim Kaine said the senator would "
        "vote no.",
        "the senator would vote no",
        "spokesman for Tim Kaine",
        "person",
    ),
    (
        "Tim Kaine, a lawyer, spoke first. Kaine's lawyer said the case was closed.",
        "the case was closed",
        "Kaine's lawyer",
        "person",
    ),
    (
        "Tim Kaine spoke first. An aide to Kaine said he was tired.",
        "he was tired",
        "aide to Kaine",
        "person",
    ),
    (
        "Tim Kaine spoke first. A Kaine spokesman said the trip was off.",
        "the trip was off",
        "Kaine spokesman",
        "person",
    ),
    # a relative named by a pronoun's family noun is the one other person of that surname
    # (BASIL 2016, HuffPost on the Orlando shooting, names changed)
    (
        "Trump noted that the gunman, Omar Mateer, was the son of an immigrant from "
        "Afghanistan. According to the Washington Post, Seddique Mateer expressed gratitude "
        "toward the Afghan Taliban in videos posted online. His son had reportedly pledged "
        "allegiance to ISIS before executing the attack.",
        "allegiance to ISIS",
        "Omar Mateer",
        "person",
    ),
    # or the one the article names by a given name alone after that noun, under that surname
    # (BASIL 2015, HuffPost on the Arkansas bill, names changed)
    (
        "In a Wednesday press conference, Gov. Asa Hutchison said his son had asked him to "
        'veto the legislation.\n\n"My son Seth signed the petition asking me to veto this '
        'bill," he said.',
        "him to veto the legislation",
        "Seth Hutchison",
        "person",
    ),
    # two others of that surname: neither
    (
        "Omar Mateer and Ali Mateer were at home. Seddique Mateer spoke to reporters on "
        "Monday. His son had reportedly pledged allegiance to ISIS before the attack.",
        "allegiance to ISIS",
        "His son",
        "person",
    ),
    # a role noun with the person in context
    (
        "Defense Secretary Jim Mattis visited the base on Monday. The Pentagon chief said the "
        "troops would stay.",
        "the troops would stay",
        "Jim Mattis",
        "person",
    ),
    # a head of an agency with no name in the text stays the role, never the president
    # (the NYT on the shutdown, names changed)
    (
        "President Eric Lind announced the deal on Friday. Mr. Lind relented as the effects "
        "of the shutdown were rippling with ever greater force across the economy. On Friday, "
        "air traffic controllers calling in sick slowed air traffic across the Northeast; "
        "hundreds of workers at the Internal Revenue Service also did not show up; and the "
        "F.B.I. director said he was as angry as he had ever been over his agents not being "
        "paid.",
        "he was as angry as he had ever been over his agents not being paid",
        "F.B.I. director",
        "person",
    ),
    (
        "Rep. Dale Carter visited the plant. The congressman said it was safe.",
        "it was safe",
        "Dale Carter",
        "person",
    ),
    (
        "Florida Sen. Mark Ruben spoke on Monday. The Republican senator said the offer was fair.",
        "the offer was fair",
        "Mark Ruben",
        "person",
    ),
    # institutions stay institutions; a capital stands for its country in foreign affairs only
    (
        "The White House argued that the rule was lawful.",
        "that the rule was lawful",
        "White House",
        "organization",
    ),
    (
        "Washington said it would respond. Senator Ann Ruiz of Colorado said the state would sue.",
        "it would respond",
        "Washington",
        "organization",
    ),
    (
        "Pyongyang said it would retaliate against Seoul.",
        "it would retaliate against Seoul",
        "North Korea",
        "organization",
    ),
    # names without titles, and stopping at the name
    (
        "Sheriff Adam Hayward said the roads were closed.",
        "the roads were closed",
        "Adam Hayward",
        "person",
    ),
    (
        "House Speaker Nancy Pelosi said the bill would pass.",
        "the bill would pass",
        "Nancy Pelosi",
        "person",
    ),
    (
        "Former U.S. Attorney for the District of Columbia Joseph diGenova said the case was weak.",
        "the case was weak",
        "Joseph diGenova",
        "person",
    ),
    (
        "“There’s going to be a review,” said House Minority Whip Steny Hoyer (D-Md.).",
        "There’s going to be a review",
        "Steny Hoyer",
        "person",
    ),
    (
        "One of Mr. Santorum’s rivals for the nomination, Representative Ron Paul of Texas, "
        "said the remark was wrong.",
        "the remark was wrong",
        "Ron Paul",
        "person",
    ),
    # who issued a statement; documents that speak
    (
        "In a statement, the Justice Department said the case was closed.",
        "the case was closed",
        "Justice Department",
        "organization",
    ),
    (
        "The FBI released a statement on Monday. The statement said the agency found no evidence.",
        "the agency found no evidence",
        "FBI",
        "organization",
    ),
    (
        "The FBI statement said the review was over.",
        "the review was over",
        "FBI",
        "organization",
    ),
    (
        "The indictment says the men lied to investigators.",
        "the men lied to investigators",
        "indictment",
        "document",
    ),
    (
        "The Environmental Protection Agency released new data on Monday. The agency said "
        "emissions rose.",
        "emissions rose",
        "Environmental Protection Agency",
        "organization",
    ),
    # a dateline is not a speaker, nor part of what is said
    (
        "Denver (AP) – Colorado’s attorney general said the suit was without merit.",
        "the suit was without merit",
        "Colorado’s attorney general",
        "person",
    ),
    # a document is named by its noun, less its size and its day (NYT on the NRA school
    # report, 2013, as printed)
    (
        "A National Rifle Association task force released a 225-page report on Tuesday that "
        "called for armed police officers in every American school.",
        "armed police officers",
        "report",
        "document",
    ),
    # "the group", "the gun lobby": the organisation named just before (HuffPost on the NRA
    # school report, 2013, as printed; a second made up)
    (
        "The NRA also put out a statement on the report, over which the gun lobby insists it "
        "had no influence.",
        "it had no influence",
        "NRA",
        "organization",
    ),
    (
        "The American Civil Liberties Union filed the brief on Monday. The group said the law "
        "was unconstitutional.",
        "the law was unconstitutional",
        "American Civil Liberties Union",
        "organization",
    ),
    # "the company", "the tech giant" (PolNeAR train: "the company" a source 25 times): the
    # body named last before it, past a quote's sentences and the tagger's reading of it as a
    # person; said again, the one the first names (Fox on Abedin 2018, Fox on Twitter 2018,
    # NYT on Wal-Mart 2011, as printed)
    (
        "Abedin also sent passwords for her government laptop to her Yahoo account. In 2013, "
        "Yahoo was hacked, and the company said in a statement that all user accounts were "
        "affected by the theft.",
        "that all user accounts were affected by the theft",
        "Yahoo",
        "organization",
    ),
    (
        "Accounts from top Republicans were being given limited visibility on Twitter. Twitter "
        "at the time said it was an algorithmic glitch that has since been fixed.\n\n"
        '"We do not shadow ban. You are always able to see the tweets from accounts you '
        "follow. And we certainly don't shadow ban based on political viewpoints or "
        'ideology," the tech giant said in a statement.',
        "We do not shadow ban. You are always able to see the tweets from accounts you follow. "
        "And we certainly don't shadow ban based on political viewpoints or ideology",
        "Twitter",
        "person",
    ),
    (
        "Wal-Mart calls that evidence unrepresentative and unreliable. The company says its "
        "policies expressly bar discrimination and promote diversity. In any event, the "
        "company says, the plaintiffs do not have enough in common to warrant class-action "
        "treatment.",
        "the plaintiffs do not have enough in common to warrant class-action treatment.",
        "Wal-Mart",
        "organization",
    ),
    # "it" opening a sentence goes on with the body the sentence before was about, not with a
    # list's last member (NYT on the NRA school report, 2013, shortened)
    (
        "The task force panel called on the Departments of Homeland Security, Education and "
        "Justice to coordinate school safety efforts. It recommended that officers who are "
        "armed take a 40-hour training course.",
        "that officers who are armed take a 40-hour training course",
        "task force panel",
        "anonymous",
    ),
    # "it" saying something goes on with the document or body by its noun that was the last
    # subject before it, in its sentence or the one before, past a paragraph break (Fox on the
    # Benghazi cable 2013, NYT on Trump's taxes 2016, Fox on Carney's Bible phrase 2011,
    # HuffPost on the abortion ruling 2016, as printed)
    (
        "In addition to identifying the presence of Al Qaeda and Ansar al-Sharia in Benghazi, "
        "the groups ultimately blamed for the assault, a key section of the cable, which remains "
        "classified, seemed to foreshadow the attack itself.\n\n"
        '"RSO (Regional Security Officer) expressed concerns with the ability to defend Post in '
        'the event of a coordinated attack due to limited manpower," it said.',
        "RSO (Regional Security Officer) expressed concerns with the ability to defend Post in "
        "the event of a coordinated attack due to limited manpower",
        "key section of the cable",
        "anonymous",
    ),
    (
        "Here's just one example of the problem: The Securities and Exchange Commission ''only "
        "requires that companies report all 'significant' subsidiaries,'' the report says.\n\n"
        "It also points out that ''the penalties for not disclosing subsidiaries are so light'' "
        "that it is very likely that companies choose to muddle the numbers.",
        "that “the penalties for not disclosing subsidiaries are so light” that it is very "
        "likely that companies choose to muddle the numbers",
        "report",
        "document",
    ),
    (
        "Later when the official White House briefing transcript was released, there was an "
        'asterik, to Carney\'s statement, "* This common phrase does not appear in the Bible," '
        "it read.",
        "* This common phrase does not appear in the Bible",
        "official White House briefing transcript",
        "document",
    ),
    (
        "Trump’s campaign immediately backtracked, putting out a statement contradicting his "
        "earlier comments. In cases of abortion, it said, “the woman is a victim.”",
        "the woman is a victim.",
        "Trump’s campaign",
        "organization",
    ),
    # an infinitive after an object is the object's (NYT on LePage 2016, names changed)
    (
        "Generalizations about drugs and race had prompted Mr. Lind to hint on Tuesday that he "
        "might abort his second term.",
        "that he might abort his second term",
        "Lind",
        "person",
    ),
    (
        "Aides persuaded the governor to admit that the plan had failed.",
        "that the plan had failed",
        "governor",
        "person",
    ),
    # a place with its state abbreviated (NYT on LePage 2016, as printed; a second made up)
    (
        "AUGUSTA, Me. — Paul R. LePage, the embattled Republican governor of Maine, declared "
        "on Wednesday that he would not step down despite widespread criticism.",
        "that he would not step down despite widespread criticism",
        "Paul R. LePage",
        "person",
    ),
    (
        "LITTLE ROCK, Ark. — The lawsuit was without merit, Gov. Mike Beebe said.",
        "The lawsuit was without merit",
        "Mike Beebe",
        "person",
    ),
    # the state abbreviation is no speaker (HuffPost on the NAACP 2010, as printed; HuffPost on
    # Biden 2012, its verb changed)
    (
        "KANSAS CITY, Mo. — Leaders of the country's largest civil rights organization accused "
        "tea party activists on Tuesday of tolerating bigotry.",
        "tea party activists on Tuesday of tolerating bigotry",
        "Leaders of the country's largest civil rights organization",
        "group",
    ),
    (
        "DANVILLE, Ky. –- Joe Biden said President Barack Obama did not do enough last week.",
        "President Barack Obama did not do enough last week",
        "Joe Biden",
        "person",
    ),
    (
        "Denver (AP) – The state will fight the suit, Colorado’s attorney general said.",
        "The state will fight the suit",
        "Colorado’s attorney general",
        "person",
    ),
    # "the president" is who holds the bare title, not another country's or a body's president
    # (HuffPost on the Russia indictments 2018; the Washington Post on the climate accord 2015,
    # PolNeAR train; names changed)
    (
        "Sen. John Cole called on President Donald Trump to cancel his meeting with Russian "
        "President Vladimir Putin.\n\nSen. Mark Ward also said he is concerned that Putin will "
        "take “full advantage of an ill-prepared” Trump. The president has said he plans to meet "
        "with the Russian leader alone.",
        "he plans to meet with the Russian leader alone",
        "Donald Trump",
        "person",
    ),
    (
        "President Obama spent the afternoon playing golf with World Bank President Jim Yong "
        "Kim.\n\n“We may end up having to do it in chunks,” the president said in an interview.",
        "We may end up having to do it in chunks",
        "Obama",
        "person",
    ),
    # a group keeps its words
    (
        "Democrats close to the campaign said the race was tight.",
        "the race was tight",
        "Democrats close to the campaign",
        "group",
    ),
    (
        "Rank-and-file Democrats said they wanted a vote.",
        "they wanted a vote",
        "Rank-and-file Democrats",
        "group",
    ),
    # someone introduced by "there was X's response" is whom "he" goes on with
    (
        "Sen. Kristen Gillibrand of New York said the offer was a bad deal. Then there was New "
        "Jersey Sen. Bob Menendez's response. He bluntly accused Trump of forcing a pointless "
        "shutdown.",
        "Trump of forcing a pointless shutdown",
        "Bob Menendez",
        "person",
    ),
    # the owner of a subject that is no person stands where the subject does for "he" or
    # "she" (New York Times, Washington Post and USA Today, 2016, names changed): in the
    # sentence before, in a clause before the pronoun, and in the main clause a relative
    # clause hangs under
    (
        "“You are not going to win by proposing incremental changes,” Mr. Murrow said. "
        "Mr. Sandler's campaign vowed Tuesday to remain in the fight through the California "
        "primary. As word of Mrs. Clayton's victories rolled in on Tuesday, he gave a defiant "
        "speech in West Virginia, predicting he would win the state when it votes May 10.",
        "he would win the state when it votes May 10",
        "Sandler",
        "person",
    ),
    (
        "Crispin began the morning by dropping to one knee, all but begging a woman who "
        "claimed to be undecided to cast her ballot for him. After he gave her a lengthy "
        "answer about Social Security reform, she said he had her vote. The three governors "
        "drew plaudits for their performances at Saturday's debate, but each recognized the "
        "precariousness of their candidacies. Though Bosh's campaign has languished for "
        "months, he began to find his voice in the closing week in New Hampshire, which he "
        "hoped would spark a revival.",
        "New Hampshire, which he hoped would spark a revival",
        "Bosh",
        "person",
    ),
    (
        "“Trumbull is positioned to run the house in these first three states,” said Lee "
        "Mirow, director of the institute. Trumbull's beef with Fox News initially was aimed at "
        "co-moderator Megyn Keller, who he claims has been unfair to him.",
        "co-moderator Megyn Keller, who he claims has been unfair to him",
        "Trumbull",
        "person",
    ),
    # nor where the clause is what someone says (New York Times, 2016)
    (
        "Senator Lindsey Graham, Republican of South Carolina, said on Sunday that Mr. Trump "
        "had crossed another line. Like his comments about Mr. Curiel, Mr. Graham said, Mr. "
        "Trump's jabs at Mr. and Mrs. Khan were entirely unacceptable. ''This is going to a "
        "place where we've never gone before,'' he said.",
        "This is going to a place where we've never gone before",
        "Lindsey Graham",
        "person",
    ),
    # but only where no subject before the pronoun names someone
    (
        "Gov. Chris Crispin dropped to one knee, begging a voter to back him. Though Bosh's "
        "campaign has languished for months, Crispin said the race was close, and he said "
        "the voters would decide.",
        "the voters would decide",
        "Chris Crispin",
        "person",
    ),
    # a definite description is the entity named last whose name holds its noun
    (
        "Scalise underwent surgery at the Riverside General Hospital Center after being shot "
        "in the hip. In a statement Wednesday night, the hospital said Scalise sustained a "
        "single rifle shot to the left hip.",
        "Scalise sustained a single rifle shot to the left hip",
        "Riverside General Hospital Center",
        "organization",
    ),
    (
        "Bruning, along with Oklahoma Attorney General Scott Pruitt, argue that under the U.S. "
        "Constitution's Supremacy Clause, the law is unconstitutional. The clause states that "
        "in general, federal law takes precedence over state law.",
        "that in general, federal law takes precedence over state law",
        "U.S. Constitution's Supremacy Clause",
        "document",
    ),
    (
        "The Treasury Department opened an inquiry in May. Last week the department said the "
        "inquiry had found no wrongdoing.",
        "the inquiry had found no wrongdoing",
        "Treasury Department",
        "organization",
    ),
    # a document named again by another of its nouns is the document the article introduced
    (
        "The two states filed a lawsuit seeking a court order to stop the measure. The "
        "complaint says the measure runs afoul of federal law.",
        "the measure runs afoul of federal law",
        "lawsuit",
        "document",
    ),
    (
        "The lawsuit was brought by attorneys general in Kansas and Iowa. But the lawsuit from "
        "Kansas and Iowa argues that Colorado has created a dangerous gap. “Marijuana flows "
        "from this gap into neighboring states,” the suit says.",
        "Marijuana flows from this gap into neighboring states",
        "lawsuit",
        "document",
    ),
    (
        "The lawsuit was brought by attorneys general in Kansas and Iowa. But the lawsuit from "
        "Kansas and Iowa argues that Colorado has created a dangerous gap.",
        "that Colorado has created a dangerous gap",
        "lawsuit",
        "document",
    ),
    # a group of places named by their kind is the places
    (
        "Two heartland states filed a court challenge on Thursday, saying that the shops were "
        "piping marijuana into neighboring states. The lawsuit was brought by attorneys general "
        "in Kansas and Iowa.",
        "that the shops were piping marijuana into neighboring states",
        "Kansas and Iowa",
        "group",
    ),
    (
        "The states of Kansas and Iowa filed a federal lawsuit Thursday, claiming that the law "
        "is unconstitutional under federal law.",
        "that the law is unconstitutional under federal law",
        "Kansas and Iowa",
        "group",
    ),
    # a document that urges or says, named by the participle hanging on it
    (
        "The states have only been able to do so because of federal guidance urging federal "
        "prosecutors to refrain from targeting state-legal marijuana operations.",
        "federal prosecutors to refrain from targeting state-legal marijuana operations",
        "federal guidance",
        "document",
    ),
    # a letter its sender sends or a petition its signer signs as their own gives their words
    # (BASIL 58ed2376 NYT, 1e41e98b Fox, ed8c136f Fox, 2742e9c1 Fox; names changed), unless
    # the document names its own author
    (
        "The senators sent a letter urging the administration to reverse the decision.",
        "the administration to reverse the decision",
        "senators",
        "group",
    ),
    # a letter written, petitions launched and an email sent out are their writer's,
    # launchers' and sender's (PolNeAR story gold cnnpay, sandlay and ryanunit; names changed),
    # also where the parser hangs the participle on the recipient after "to"
    (
        "Donald Trump wants CNN to pay him. Back in September, he wrote a letter to Zucker "
        "asking that all the proceeds go to charity.",
        "that all the proceeds go to charity",
        "Donald Trump",
        "person",
    ),
    (
        "Sanders supporters have launched petitions calling on superdelegates to back the will "
        "of voters at the convention.",
        "superdelegates to back the will of voters at the convention",
        "Sanders supporters",
        "group",
    ),
    (
        "Her campaign quickly blasted out an email to supporters stating, “Speaker Paul Ryan "
        "Joins Growing List of Conservatives Rebuking Trump.”",
        "Speaker Paul Ryan Joins Growing List of Conservatives Rebuking Trump.",
        "Her campaign",
        "organization",
    ),
    # a candidate's campaign goes by the candidate's surname where the text says whose it is
    # in words of its own; "the campaign" alone is the one named last before it (PolNeAR
    # train: Breitbart 2016-02-20, HuffPost 2016-03-16, New York Times 2016-08-11, the story
    # gold's "Sanders campaign" and "Clinton campaign"); "his campaign" stays as it is said
    # (Washington Post 2016-02-10)
    (
        "Sen. Bernie Sanders scored a decisive victory in Tuesday's New Hampshire presidential "
        "primary, embarrassing Hillary Clinton in a state she won eight years ago. Even before "
        "Sanders took the stage Tuesday night to acknowledge his victory, his campaign sent out "
        'a text message to supporters saying: "With your help, we were just declared the winner '
        'in New Hampshire!"',
        "With your help, we were just declared the winner in New Hampshire!",
        "his campaign",
        "organization",
    ),
    (
        "Bernie Sanders’ campaign says it raised more than $21 million in January, bringing its "
        "total for the campaign to almost $95 million.\n\nThat’s according to fundraising "
        "reports through Jan. 31 that Sanders campaign is filing on Saturday.\n\nThe campaign "
        "says the average donation amount was $27.",
        "the average donation amount was $27",
        "Sanders campaign",
        "organization",
    ),
    (
        "On Wednesday, Clinton held a narrow lead over Sen. Bernie Sanders (I-Vt.), but even "
        "with all precincts reporting, the race remained too close to call. During a press call "
        "with reporters Wednesday afternoon, the Sanders campaign said it would assess its "
        "options and look into the recount process in Missouri. If it’s just a small number of "
        "delegates at stake, the campaign said, it may not bother taking that step.",
        "If it’s just a small number of delegates at stake, the campaign said, it may not "
        "bother taking that step.",
        "Sanders campaign",
        "organization",
    ),
    (
        "A new batch of State Department emails released this week showed the close and "
        "sometimes overlapping interests between the Clinton Foundation and the State "
        "Department when Hillary Clinton served as secretary of state. The Clinton campaign "
        "suggested that Mr. Band was acting in his capacity as former President Bill Clinton's "
        "personal assistant. Regarding the exchanges between Mr. Band and Mrs. Clinton's aides, "
        "the campaign said in a statement: ''Neither of these emails involve the secretary or "
        "relate to the foundation's work.''",
        "Neither of these emails involve the secretary or relate to the foundation's work.",
        "Clinton campaign",
        "organization",
    ),
    (
        "A new batch of State Department emails released this week showed the close and "
        "sometimes overlapping interests between the Clinton Foundation and the State "
        "Department when Hillary Clinton served as secretary of state. Mrs. Clinton's "
        "presidential campaign, which has been shadowed for 17 months by the controversy over "
        "the private email server she used exclusively while at the State Department, said that "
        "the emails released on Tuesday had no bearing on the foundation's work.",
        "that the emails released on Tuesday had no bearing on the foundation's work",
        "Clinton campaign",
        "organization",
    ),
    # left alone: a report released (not written, launched or sent out) speaks for itself,
    # and a report someone blasts (no particle "out") is not theirs
    (
        "The senator released a report to Congress saying the program failed.",
        "the program failed",
        "report to Congress",
        "document",
    ),
    (
        "Trump blasted the report calling him a liar.",
        "him a liar",
        "report",
        "document",
    ),
    (
        "Walter Dale Parks, chairman and chief executive of American Airlines, sent her a "
        "letter citing the state’s “economic comeback” and saying, “There is genuine concern "
        "throughout the business community that this bill would jeopardize all that has been "
        "accomplished so far.”",
        "There is genuine concern throughout the business community that this bill would "
        "jeopardize all that has been accomplished so far.",
        "Walter Dale Parks",
        "person",
    ),
    (
        "Outside the St. Louis County Justice Center, where the grand jury convened, two dozen "
        "protesters gathered in a circle for a prayer, chanted and held signs urging McCallum "
        "to step aside.",
        "McCallum to step aside",
        "two dozen protesters",
        "group",
    ),
    (
        "Close to three dozen House Democrats have signed a letter from Representative Peter "
        "Walsh calling the tax deal “fiscally irresponsible” and “grossly unfair.”",
        "the tax deal “fiscally irresponsible” and “grossly unfair.”",
        "letter from Representative Peter Walsh",
        "document",
    ),
    # a cue participle on a document, or on the verb that puts the document out with no comma
    # between, gives the document's words (BASIL NYT, Fox, HuffPost; names changed)
    (
        "One of the nation’s oldest civil rights groups passed a resolution Tuesday calling for "
        "Liberty League groups to weed “racist elements” out of their ranks.",
        "Liberty League groups to weed “racist elements” out of their ranks",
        "resolution",
        "document",
    ),
    (
        'The Urban League adopted a resolution Tuesday condemning "racist elements" in the '
        "Liberty League movement and calling on the movement's leaders to repudiate bigotry.",
        "the movement's leaders to repudiate bigotry",
        "resolution",
        "document",
    ),
    (
        "Leaders of the country's largest civil rights organization approved a resolution "
        "condemning racism within the political movement.",
        "racism",
        "resolution",
        "document",
    ),
    (
        "The group has drafted a resolution of its own condemning the civil rights group for "
        'reducing itself to a "partisan attack dog organization."',
        'the civil rights group for reducing itself to a "partisan attack dog organization."',
        "resolution of its own",
        "document",
    ),
    (
        "A group called the Dayton Liberty League issued its own resolution Tuesday calling on "
        "the Urban League to withdraw the proposal.",
        "the Urban League to withdraw the proposal",
        "its own resolution",
        "document",
    ),
    # a focus adverb before who speaks is the writer's, no part of the name (BASIL 550b80db
    # NYT, 526cabb7 HuffPost, 2742e9c1 Fox)
    (
        "But even some unlikely allies have emerged to decry the cover as disrespectful.",
        "the cover as disrespectful",
        "some unlikely allies",
        "group",
    ),
    (
        "The White House proposals, even officials there admit, are not a cure-all for mass "
        "shootings.",
        "The White House proposals, even officials there admit, are not a cure-all for mass "
        "shootings.",
        "officials there",
        "group",
    ),
    (
        "As evidence, the governor said even his own son had signed a petition urging him to "
        "veto the bill.",
        "him to veto the bill",
        "his own son",
        "person",
    ),
    # but a letter its signers sign is their words (the BASIL gold's "letter signers")
    (
        "He was one of several members of the House Foreign Affairs Committee who signed a "
        "letter calling on Trump to cancel.",
        "Trump to cancel",
        "several members of the House Foreign Affairs Committee",
        "group",
    ),
    # a document that is the subject of a speech or stance verb speaks, in both conjuncts
    (
        "The missive accused the Urban League of resorting to political tactics and urged the "
        "IRS to reconsider whether it can continue to qualify for tax-exempt status.",
        "the IRS to reconsider whether it can continue to qualify for tax-exempt status",
        "missive",
        "document",
    ),
    # a definite description by a noun any document goes by is the document the article
    # named last (Fox)
    (
        "Other Democrats were raising concerns about the meeting even before the "
        "indictment.\n\nThe deputy attorney general announced the charges on Friday. According "
        "to the DOJ document, 12 intelligence officers are accused of hacking the party's emails.",
        "12 intelligence officers are accused of hacking the party's emails.",
        "indictment",
        "document",
    ),
    (
        "The final wording won't be released until the board approves the resolution in "
        'October. But the original called for the Urban League to "educate its membership." '
        'It said something could evolve "and become more dangerous."',
        'something could evolve "and become more dangerous."',
        "resolution",
        "document",
    ),
    # "which" is never people: where the parser hangs it on the signers, it is the document
    # that holds them (HuffPost, 2010 GOP letter; names changed)
    (
        "On Wednesday, Senate Majority Leader Harry Ried received a letter signed by all 42 "
        'Senate Republicans, which stated, "We write to inform you that we will not agree to '
        'invoke cloture on the motion."',
        "We write to inform you that we will not agree to invoke cloture on the motion.",
        # its signers are no part of its name: outlets count them each their own way
        "letter",
        "document",
    ),
    # a document's clause that names who made it is part of its name, as the story gold names
    # it; the day it went out is not (twenty-first folder, PolNeAR NH primary, Washington Post)
    (
        "In addition, a fundraising email sent out by Sanders on Tuesday night warned of the "
        'tough fight ahead: "There are 14 primaries and caucuses over the next three weeks."',
        "There are 14 primaries and caucuses over the next three weeks.",
        "fundraising email sent out by Sanders",
        "document",
    ),
    # (eighteenth folder, PolNeAR Clinton Foundation, NYT)
    (
        "Mr. Schoen arranged about a dozen meetings with State Department officials on behalf "
        "of Mr. Pinchuk, according to reports Mr. Schoen filed as a registered lobbyist.",
        "Mr. Schoen arranged about a dozen meetings with State Department officials on behalf "
        "of Mr. Pinchuk",
        "reports Mr. Schoen filed as a registered lobbyist",
        "document",
    ),
    # set off by a comma, the clause is an aside, not the name
    (
        "The lawsuit, which was brought by New York, says 5,000 people were defrauded.",
        "5,000 people were defrauded",
        "lawsuit",
        "document",
    ),
    # ... and where it hangs on a body, the body may be what "which" means
    (
        "Reid received a report by the Congressional Budget Office, which found that the bill "
        "would cut the deficit.",
        "that the bill would cut the deficit",
        "Congressional Budget Office",
        "organization",
    ),
    # "the report" is the report the article named in full before it, not any outlet's
    # "report" (HuffPost, 2011 AARP story; names changed), and a report named only as "a
    # report" stays a report
    (
        "A September 2010 Congressional Research Service report found that lifting the cap "
        'would make the program solvent.\n\n"If all earnings were subject to the payroll tax, '
        'the program would be solvent," the report said.',
        "If all earnings were subject to the payroll tax, the program would be solvent",
        "September 2010 Congressional Research Service report",
        "document",
    ),
    (
        "The group pushed back Friday on a report claiming it was dropping its opposition. The "
        "report said the group would accept cuts.",
        "the group would accept cuts",
        "report",
        "document",
    ),
    (
        "A Pew Research Center report found that most voters backed the plan. A Gallup report "
        "found the opposite. The report said the gap had narrowed.",
        "the gap had narrowed",
        "report",
        "document",
    ),
    # responses with a plain object the story gold counts as statements, each checked against
    # PolNeAR train: "downplay" a cue 3 times in 7, "echo" with a speech act 4 in 4, "weigh
    # in" 6 in 18, "push back" 5 in 17 (Fox, NYT, HuffPost; names changed)
    (
        'But as Trump continues to describe the probe as a "witch hunt," the White House '
        "downplayed the latest allegations.",
        "the latest allegations",
        "White House",
        "organization",
    ),
    (
        "“We have to think as Americans,” Senator Ben Sachs said.\n\nMr. Sachs echoed that "
        "sentiment.",
        "that sentiment",
        "Ben Sachs",
        "person",
    ),
    (
        "Sarah Palin, the 2008 Republican vice presidential nominee, weighed in to defend the "
        "Liberty League movement on Monday.",
        "to defend the Liberty League movement on Monday",
        "Sarah Palin",
        "person",
    ),
    (
        "Later in the day, Gov. Paul LePage took to Twitter, though, to push back on media "
        "reports about a possible resignation.",
        "media reports about a possible resignation",
        "Paul LePage",
        "person",
    ),
    # "it" in a clause joined to one whose subject is a body is that body (HuffPost)
    (
        'The NRA said it needs "time to digest" the findings, but it commended Hutchinson and '
        "his team for contributions that \"will go a long way to making America's schools "
        'safer."',
        'Hutchinson and his team for contributions that "will go a long way to making '
        "America's schools safer.\"",
        "NRA",
        "organization",
    ),
    # ... but a participle set off by a comma is the subject's (NYT; names changed)
    (
        "The Dayton Liberty League Coalition issued its own resolution against the Urban "
        "League, accusing the civil rights body of acting as a “partisan political attack dog.”",
        "the civil rights body of acting as a “partisan political attack dog.”",
        "Dayton Liberty League Coalition",
        "organization",
    ),
    # ... and the clause's own subject, not a description set off before it (HuffPost, 2015
    # Rubio speech story; names changed)
    (
        "The son of Cuban immigrants, Rubin has challenged Obama's efforts to normalize "
        "diplomatic relations with the island, saying that closer ties would only help the "
        "communist Castro government keep power.",
        "that closer ties would only help the communist Castro government keep power",
        "Rubin",
        "person",
    ),
    # a subject set off from its cue by a phrase between commas, which the parser hangs
    # elsewhere (BASIL: Fox 2012 Santorum story, HuffPost 2011 Wal-Mart story, Fox 2013
    # Benghazi story, NYT 2013 Jackson story, Fox 2011 House vote; names changed)
    (
        '"And I think a lot of radical environmentalists have it upside down," Sanford said.'
        "\n\nBut the president's campaign, responding forcefully to the new frontrunner in the "
        "GOP race, said the remark is a personal affront.",
        "the remark is a personal affront",
        "president's campaign",
        "organization",
    ),
    (
        "The 10-year-old lawsuit, argued in lively exchanges at the court Tuesday, claims that "
        "Wal-Mart Stores Inc., the world's largest employer, favors men over women in pay.",
        "that Wal-Mart Stores Inc., the world's largest employer, favors men over women in pay",
        "10-year-old lawsuit",
        "document",
    ),
    (
        "At 9:24 p.m., Ms. Nolan, reading the latest draft, complained in an e-mail that the "
        "changes did not go far enough.",
        "that the changes did not go far enough",
        "Nolan",
        "person",
    ),
    (
        "In a statement issued Thursday, Mark Shelby, a partner with Patton Boggs, said his law "
        "firm had been retained to review the campaign's finances.",
        "his law firm had been retained to review the campaign's finances",
        "Mark Shelby",
        "person",
    ),
    (
        "After the vote, Rep. Bobby Scott, D-Va., one of the nine lawmakers to vote against the "
        "resolution, said the nation faces bigger problems.",
        "the nation faces bigger problems",
        "Bobby Scott",
        "person",
    ),
    # ... a phrase that holds a participle describing its noun, or two nouns joined by "and",
    # and a title in quotation marks inside the phrase set off (BASIL: Fox 2011 Arpaio
    # story, Fox 2013 Benghazi story; PolNeAR train: Breitbart on the Cleveland convention,
    # 2016)
    (
        "The self-titled America's Toughest Sheriff, who famously re-instituted chain gangs in "
        "1995 and has also been a major supporter of his state's controversial SB1070 "
        "immigration law, said that Perry has done more to combat illegal immigration along "
        "the U.S. border then any of the other candidates.",
        "that Perry has done more to combat illegal immigration along the U.S. border then any "
        "of the other candidates",
        "Toughest Sheriff",
        "person",
    ),
    (
        "While much has been made of the State Department's failure to respond to repeated "
        "security requests for extra help, a former diplomatic security agent and 20-year "
        "veteran of the department, who reviewed the publicly available documents on the "
        "condition of anonymity, told Fox News the multiple warnings present a compelling "
        "argument that State Department leadership was negligent.",
        "the multiple warnings present a compelling argument that State Department leadership "
        "was negligent",
        "former diplomatic security agent and 20-year veteran of the department",
        "group",
    ),
    (
        "“We’ve had more successful conventions than this one,” Texas delegate Bill Eastland, "
        "wearing a cowboy hat and “Ted Cruz” campaign pins, said matter-of-factly as confetti "
        "fluttered down around him amid the sound of popping balloons underfoot.",
        "We’ve had more successful conventions than this one",
        "Bill Eastland",
        "person",
    ),
    # a name the tagger took for a verb (a surname in -ing, a sentence's first word) that the
    # article names as a person elsewhere (BASIL: Fox 2014 marijuana story, NYT 2017 Comey
    # story; first names changed)
    (
        "Nebraska Attorney General Tom Bruning said the suit was needed. Bruning, a Republican, "
        "blamed U.S. Attorney General Eric Holder for failing to enforce the federal law's ban "
        "on drugs in Colorado.",
        "U.S. Attorney General Eric Holder for failing to enforce the federal law's ban on drugs "
        "in Colorado",
        "Tom Bruning",
        "person",
    ),
    (
        "President Donald Trump met with James Comey in February. Trump over the weekend denied "
        "that he asked Comey to stop investigating Flynn.",
        "that he asked Comey to stop investigating Flynn",
        "Donald Trump",
        "person",
    ),
    # "appealed for" calls for something, as "called for" does
    (
        "Lawmakers have appealed for more security before, including after the 2011 shooting.",
        "more security",
        "Lawmakers",
        "group",
    ),
    # a participle's subject that cannot speak is a misparse: the sentence's speaker speaks
    (
        "In his speech, Santorum said that health plans shouldn’t be required to cover prenatal "
        "testing, because that testing results in more abortions, as well as contending that "
        "government-run public education was “anachronistic.”",
        "that health plans shouldn’t be required to cover prenatal testing, because that "
        "testing results in more abortions, as well as contending that government-run public "
        "education was “anachronistic.”",
        "Santorum",
        "person",
    ),
    # two people sharing a surname, neither given a sex by the text: "Mrs." goes to the one
    # whose given name is a woman's (the NYT on the Clintons' tax returns, names changed)
    (
        "Helen Rodham Carver on Friday released her most recent eight years of tax returns, "
        "showing that she and former President Frank Carver earned $139 million in adjusted "
        "gross income from 2007 to 2014.\n\nThat effort was made particularly urgent after "
        "Mrs. Carver said last year that she and her husband were “dead broke” when they left "
        "the White House. Mr. Carver earned $13.17 million in 2013.",
        "that she and her husband were “dead broke” when they left the White House",
        "Helen Rodham Carver",
        "person",
    ),
    # "Helen and Frank Carver", then "her … she and her husband": a bare "Carver" is the one
    # the pronouns since speak of (HuffPost on the same returns, names changed)
    (
        "Helen and Frank Carver earned roughly $141 million from 2007 to 2014, according to "
        "tax returns released Friday.\n\nThe former secretary of state released the tax "
        "returns on her campaign website, along with a list of paid speeches she and her "
        "husband gave.\n\n“We’ve come a long way from my days going door to door,” Carver "
        "said in a statement accompanying the returns.",
        "We’ve come a long way from my days going door to door",
        "Helen Carver",
        "person",
    ),
    (
        "Helen and Frank Carver earned roughly $141 million from 2007 to 2014, according to "
        "tax returns released Friday.\n\nThe former president spent the year on his "
        "foundation, and he gave 41 speeches.\n\n“We have worked hard,” Carver said in a "
        "statement.",
        "We have worked hard",
        "Frank Carver",
        "person",
    ),
    # "he" after a sentence whose subject is a person: that person, not the last one quoted
    # (HuffPost on the shutdown's end, names changed)
    (
        "President Donald Lind announced Friday a short-term plan.\n\nSenate Minority Leader "
        "Chuck Kerr (D-N.Y.) spoke on the Senate floor shortly after the announcement.\n\n"
        "“The solution to this impasse was to separate funding the government from our "
        "disagreements over border security,” Kerr said.\n\nLind spent most of his speech on "
        "Friday rehashing his usual talking points about crime at the border.\n\n“We really "
        "have no choice but to build a powerful wall or a steel barrier,” he said.",
        "We really have no choice but to build a powerful wall or a steel barrier",
        "Donald Lind",
        "person",
    ),
    # "it" after a campaign the tagger named no entity: the campaign, not the last
    # organisation named (HuffPost on Medicare, names changed; it "knows how effective it can
    # be" there, no statement: test_statements, test_an_answer_someone_knows_is_not_told)
    (
        "The savings are budgeted to help subsidize insurance for people under the ACA.\n\n"
        "Part of the reason that the Lind campaign is crying foul over this line of "
        "criticism, however, may be because it knows that it can be effective.",
        "that it can be effective",
        "Lind campaign",
        "organization",
    ),
    # an apposition the parser took for a conjunct (no "and"): the person it names (the NYT
    # on Santorum, as printed)
    (
        "One of Mr. Santorum’s rivals for the Republican nomination, Representative Ron Paul "
        "of Texas, scoffed at Mr. Santorum on Sunday for focusing on social issues like "
        "abortion and contraception – and for believing that he could defeat Mr. Obama.",
        "that he could defeat Mr. Obama",
        "Ron Paul",
        "person",
    ),
    # a relative clause on a person's apposition is the person's (the NYT on the Clintons'
    # returns, as printed)
    (
        "Their release came after Jeb Bush of Florida, a leading Republican contender, who has "
        "argued he is more transparent than she is, released 33 years of his returns.",
        "he is more transparent than she is",
        "Jeb Bush",
        "person",
    ),
    # "who" after a name's apposition is the person named, not the firm, the place or the
    # role the parser hung it on (NYT, PolNeAR train, on Carrier's factory and on Sanders's
    # allies, 2016), and a second "who" joined to the first is the same person (Washington
    # Post, PolNeAR train, on Sanders's next tactic, 2016)
    (
        "But that is not good enough, said Howard Rubel, a senior analyst at Jefferies, who "
        "notes that United Technologies has vowed to cut at least a half-billion dollars in "
        "costs annually for the next few years.",
        "that United Technologies has vowed to cut at least a half-billion dollars in costs "
        "annually for the next few years",
        "Howard Rubel",
        "person",
    ),
    (
        "“There is a greater goal here,” said Representative Raúl M. Grijalva of Arizona, a "
        "co-chairman of the Congressional Progressive Caucus, who sent a letter to Mr. Castro "
        "criticizing the mortgage sales.",
        "the mortgage sales",
        "Raúl M. Grijalva",
        "person",
    ),
    (
        "The senator was rallying for a 70-year-old academic named Eric Kingson, who is running "
        "for Congress and who worked the crowd, praising \"Bernie's genuineness and indisputable "
        'integrity" as he promised to defend and expand Social Security.',
        "Bernie's genuineness and indisputable integrity",
        "Eric Kingson",
        "person",
    ),
    (
        '"The intensity of his supporters is so much greater than the intensity for any other '
        "candidate, including Hillary Clinton,\" said Rep. Beto O'Rourke (D-Tex.), a Clinton "
        "endorser whose El Paso-based district went strongly for her but who suggested that "
        "Sanders could pull out voters who might normally skip elections.",
        "that Sanders could pull out voters who might normally skip elections",
        "Beto O'Rourke",
        "person",
    ),
    # and on a named organisation's apposition, the organisation's (NYT, BASIL 22b6e900)
    (
        "America Rising, a conservative political action committee that has vowed to use videos "
        "and opposition research to attack Democratic candidates, posted the footage on YouTube "
        "on Tuesday.",
        "to use videos and opposition research to attack Democratic candidates",
        "America Rising",
        "organization",
    ),
    # a plural relative clause after the examples "including" sets off is the group's, past a
    # thing the parser hung the phrase on (Fox, BASIL 8dac6c12; HuffPost, BASIL f688c56d)
    (
        "Courting Iowa voters, Clinton sought to address Democratic opponents of the trade "
        "legislation, including liberals and labor unions, who have said the Obama-backed plan "
        "will cost U.S. jobs.",
        "the Obama-backed plan will cost U.S. jobs",
        "Democratic opponents of the trade legislation",
        "group",
    ),
    (
        "It’s not clear what the executive order would look like or when it would be proposed "
        "― if Trump follows through at all, considering his tendency for pre-election bluster "
        "and warnings he has received from fellow Republicans, including House Speaker Paul "
        "Ryan (Wis.), who have said doing so would be outside the bounds the president’s "
        "authority.",
        "doing so would be outside the bounds the president’s authority",
        "fellow Republicans",
        "group",
    ),
    # whose people a relative clause is about is not who they are (NYT, PolNeAR train, on
    # Manafort's campaign, 2016)
    (
        "Mr. Lewandowski was ultimately fired with the help of Mr. Trump's adult children, who "
        "believed the campaign manager was trying to spread negative stories about Mr. Kushner.",
        "the campaign manager was trying to spread negative stories about Mr. Kushner",
        "Mr. Trump's adult children",
        "group",
    ),
    (
        "His behavior has angered the party's top figures, who have openly expressed concern "
        "about preserving Republican majorities in the House and Senate in light of Mr. Trump's "
        "performance in the polls.",
        "concern about preserving Republican majorities in the House and Senate in light of Mr. "
        "Trump's performance in the polls",
        "party's top figures",
        "group",
    ),
    # a quote paragraph standing alone after a paragraph that reports a person's words
    # indirectly goes on with that person (Fox on the shutdown, as printed)
    (
        "House Majority Leader Steny Hoyer shared a similar sentiment.\n\nHoyer said "
        "negotiation can progress after the government reopens.\n\n“With the government "
        "open, we can negotiate an agreement to strengthen border security that both sides can "
        "support.”",
        "With the government open, we can negotiate an agreement to strengthen border security "
        "that both sides can support.",
        "Steny Hoyer",
        "person",
    ),
    # the sentence's verb the parser hung on its subject as a participle (Fox, as printed)
    (
        "For his part, Chuck Schumer, the Senate minority leader, called Trump's proposal "
        '"one-sided and ineffective."',
        'Trump\'s proposal "one-sided and ineffective."',
        "Chuck Schumer",
        "person",
    ),
    # the same verb hung on the last noun of a relative clause between commas, the root the
    # name before it (Washington Post on Orlando 2016, names changed)
    (
        "Stuart Stevens, who served as Mitt Romney's chief strategist during the 2012 campaign, "
        'called Trump\'s statements and actions on Sunday "childish."',
        'Trump\'s statements and actions on Sunday "childish."',
        "Stuart Stevens",
        "person",
    ),
    # hung on the subject, the parser making a root of the noun after it (HuffPost on South
    # Dakota 2016, names changed)
    (
        "Sanders’ campaign called AP’s report a “rush to judgment,” because superdelegates can "
        "change their mind.",
        "AP’s report a “rush to judgment,” because superdelegates can change their mind",
        "Sanders’ campaign",
        "organization",
    ),
    # hung on a name in apposition that closes a relative clause's subject (NYT on offshore
    # taxes 2016, names changed)
    (
        "Perhaps it is a twist of irony, but given the European Union's efforts to collect -- "
        "which Apple's chief executive, Tim Cook, called ''total political crap'' -- one "
        "question that has emerged is whether United States companies may be more inclined to "
        "bring money back home rather than risk shifting tax rules in Europe.",
        "total political crap",
        "Tim Cook",
        "person",
    ),
    # a surname the tagger took for an event is still the person (Fox, as printed)
    (
        "House Speaker Nancy Pelosi, D-Calif., tweeted about the shutdown.\n\nBefore Trump "
        "made his announcement, Pelosi had called his anticipated proposal “a non-starter.”",
        "his anticipated proposal “a non-starter.”",
        "Nancy Pelosi",
        "person",
    ),
    # the seed: "the North" is North Korea when the text names it
    (
        "North Korea and South Korea traded threats. In October, the North blew up parts of "
        "two roads, days after accusing Seoul of flying drones into its capital.",
        "Seoul of flying drones into its capital",
        "North Korea",
        "organization",
    ),
    # "A told B that …, one person close to the talks said" ending its paragraph: the whole
    # sentence before the cue is the anonymous source's (NYT, names changed)
    (
        "Mr. Tillman told the president that before he could bring up legislation, he needed a "
        "“public reassurance” that Mr. Grant would sign it, one person close to the talks "
        "said.\n\nThe proposal “strikes a fair compromise between both sides,” Mr. Tillman "
        "said in a statement.",
        "Mr. Tillman told the president that before he could bring up legislation, he needed a "
        "“public reassurance” that Mr. Grant would sign it",
        "one person close to the talks",
        "anonymous",
    ),
    # unnamed people by a quantifier are named by their words, not resolved as pronouns
    (
        "The reaction would be different this time, some said.",
        "The reaction would be different this time",
        "some",
        "anonymous",
    ),
    (
        "Some on the right also pushed back, describing the proposal as amnesty.",
        "the proposal as amnesty",
        "some on the right",
        "anonymous",
    ),
    # a singular noun the news describes one person by (`lexicon.PERSON_NOUNS`) speaks (Fox,
    # HuffPost)
    (
        "A Facebook executive apologized last month for mistreating Diamond and Silk, two "
        "pro-Trump personalities.",
        "mistreating Diamond and Silk",
        "Facebook executive",
        "anonymous",
    ),
    (
        "The financial industry tycoon ridiculed Trump’s statements on immigration, national "
        "security, foreign trade, and his use of overseas labor.",
        "Trump’s statements on immigration, national security, foreign trade, and his use of "
        "overseas labor",
        "financial industry tycoon",
        "anonymous",
    ),
    # a group's examples are not its name (HuffPost)
    (
        "One-hundred candidates, including those who won their 2018 races, signed a letter to "
        "Pelosi and other congressional leaders demanding the reforms be the first order of "
        "business.",
        "the reforms be the first order of business",
        "One-hundred candidates",
        "group",
    ),
    # "they" after another group's statement: the plural subject of the sentence since
    # (HuffPost)
    (
        "One-hundred candidates signed a letter demanding the reforms be the first order of "
        "business.\n\nThe vote broke down on party lines. During floor debate, GOP "
        "representatives castigated the bill as a federal power grab. They said the public "
        "funding of elections assaulted free speech rights.",
        "the public funding of elections assaulted free speech rights",
        "GOP representatives",
        "group",
    ),
    # "he" after the man quoted before is the man of his sex named since as a clause's
    # subject (HuffPost, names changed)
    (
        "“We need the very best to lead us,” Adam Shore told the room.\n\nDebbie Dale said "
        "she has spoken to Pelosi about it.\n\nPelosi’s understanding of Midwesterners is "
        "what Tim Rowan highlighted as the party’s biggest problem. He said the California "
        "progressive has lost the connection with working-class people.",
        "the California progressive has lost the connection with working-class people",
        "Tim Rowan",
        "person",
    ),
    # "she" after a woman quoted before is the woman whose view the sentence since opens
    # with (Fox, names changed)
    (
        'House Speaker Nancy Pelosi, D-Calif., said the bill "restores the people\'s faith."'
        "\n\nDemocrats called that a mischaracterization.\n\nTo Rep. Zoe Lindgren, "
        'D-Calif., the bill "grabs power away from the elites."\n\nShe and other '
        "Democrats disputed the claim that taxpayers will pay for campaigns.",
        "the claim that taxpayers will pay for campaigns",
        "Zoe Lindgren",
        "person",
    ),
    # a joint source whose second name the parser hung on the first: both, by their names
    (
        "House Speaker Nina Pelton and Senate Democratic leader Chuck Schuman said in a joint "
        "statement that the offer was a non-starter.",
        "that the offer was a non-starter",
        "Nina Pelton and Chuck Schuman",
        "group",
    ),
    # "she" after a spokeswoman for a man is the spokeswoman: "a spokeswoman for Speaker
    # Paul Ryan" gives Ryan no sex, nor does the "He" of her quote give her one (NYT, names
    # changed); "the speaker" is the one the text titles Speaker
    (
        "“He reiterated his commitment to the speaker,” said Ashlyn Stroud, a spokeswoman for "
        "Speaker Paul Rhine, Republican of Wisconsin.\n\nThe speaker expects him to follow "
        "through, she said.",
        "The speaker expects him to follow through",
        "Ashlyn Stroud",
        "person",
    ),
    (
        "“He reiterated his commitment to the speaker,” said Ashlyn Stroud, a spokeswoman for "
        "Speaker Paul Rhine, Republican of Wisconsin.\n\nThe speaker expects him to follow "
        "through, she said.",
        "him to follow through",
        "Paul Rhine",
        "person",
    ),
    # asking someone to do something is a request, not a question: what the askers say
    # beside it is still said; past a dateline the parser took for a subject (AP)
    (
        "Denver (AP) – Colorado's top law enforcement official promises to vigorously defend "
        "the state's historic law legalizing marijuana after Nebraska and Oklahoma asked the "
        "U.S. Supreme Court to declare it unconstitutional, saying the drug is freely flowing "
        "into neighboring states.",
        "the drug is freely flowing into neighboring states",
        "Nebraska and Oklahoma",
        "group",
    ),
    # the same sentence under its headline, where the parser hangs "saying" on the dateline:
    # a participle set off right after a clause of its own goes on with that clause's
    # subject (the rows below, four stories)
    (
        "Colorado's top cop defends pot law after challenges from neighboring states\n\n"
        "Denver (AP) – Colorado's top law enforcement official promises to vigorously defend "
        "the state's historic law legalizing marijuana after Nebraska and Oklahoma asked the "
        "U.S. Supreme Court to declare it unconstitutional, saying the drug is freely flowing "
        "into neighboring states.",
        "the drug is freely flowing into neighboring states",
        "Nebraska and Oklahoma",
        "group",
    ),
    # a relative clause that reports, between the sentence's speaker and the participle
    # (Washington Post, the Wyoming convention story)
    (
        'The GOP front-runner complained that the contest had been "rigged" against him, a '
        "charge that Colorado Republican leaders strongly denied, noting that they had been "
        "using the same system since the 2004 presidential election.",
        "that they had been using the same system since the 2004 presidential election",
        "Colorado Republican leaders",
        "group",
    ),
    # the sentence's subject is a thing said, which says nothing more (Fox, names changed)
    (
        "Hale's comments came as Netanyahu turned down an invitation to meet privately with "
        "leading Senate Democrats during his trip to Washington, saying such a session could "
        '"compound the misperception of partisanship" surrounding his visit.',
        'such a session could "compound the misperception of partisanship" surrounding his visit',
        "Netanyahu",
        "person",
    ),
    # the sentence's subject comes after the participle, opening the next clause (Politico,
    # the Miami debate story, names changed); its infinitive is the one refusing's too
    (
        "Donald Lind and Marco Hale met in Miami on Thursday.\n\nAs the debate progressed "
        'and Lind stood by his comment Monday that "Islam hates us," refusing to acknowledge '
        "that not all Muslims hate the U.S., Hale again tried to rebuke the front-runner, but "
        "in a calm, confident manner.",
        "to acknowledge that not all Muslims hate the U.S.",
        "Donald Lind",
        "person",
    ),
    (
        "Donald Lind and Marco Hale met in Miami on Thursday.\n\nAs the debate progressed "
        'and Lind stood by his comment Monday that "Islam hates us," refusing to acknowledge '
        "that not all Muslims hate the U.S., Hale again tried to rebuke the front-runner, but "
        "in a calm, confident manner.",
        "that not all Muslims hate the U.S.",
        "Donald Lind",
        "person",
    ),
    # nor a relative clause set off as an aside: the campaign tells the paper (HuffPost, the
    # Alabama Senate story, names changed)
    (
        "Hale’s campaign denied the allegations, which The Washington Post first reported, "
        "telling the paper the accusations of four women are “the very definition of fake "
        "news.”",
        "the accusations of four women are “the very definition of fake news.”",
        "Hale’s campaign",
        "organization",
    ),
    # but a sentence's speaker who did something after another did goes on saying it
    (
        "President Lind signed the bill after Congress passed it, saying it would help families.",
        "it would help families",
        "Lind",
        "person",
    ),
    # "X is among a handful of Ys who … and called for …": X is one of them, and the
    # second verb of the relative clause is theirs too (NYT, names changed)
    (
        "One of them, Senator Susan Colton of Maine, is among only a handful of Republicans "
        "who have broken with the president and called for the government to reopen without a "
        "border security deal.",
        "the government to reopen without a border security deal",
        "Susan Colton",
        "person",
    ),
    # "X is a Y who …": what X is, X did; HuffPost's editor's note on 22 PolNeAR articles
    # (train, huff-post_2016-06-27) gave the pledge to a speaker "rampant xenophobe, racist,
    # misogynist and birther"
    (
        "Clinton spoke on Monday.\n\nEditor’s note: Donald Trump regularly incites political "
        "violence and is a serial liar, rampant xenophobe, racist, misogynist and birther who "
        "has repeatedly pledged to ban all Muslims — 1.6 billion members of an entire religion "
        "— from entering the U.S.",
        "to ban all Muslims",
        "Donald Trump",
        "person",
    ),
    # "she" after a role the text gave a person, as the subject before it in its sentence
    # (NYT, names changed)
    (
        "Former Rep. Jesse Lawson Jr. paid for an elk head with campaign money, the documents "
        "say. Mr. Lawson’s wife, Sandi, filed false tax returns, prosecutors said.\n\nA year "
        "later, Mr. Lawson’s wife, knowing that the elk head had been bought with campaign "
        "money, had it moved from Washington to Chicago, and she asked a Congressional staff "
        "member to sell it, the documents say.",
        "a Congressional staff member to sell it",
        "Sandi",
        "person",
    ),
    # a conjunct the parser joined to the speaker across its relative clause is who the
    # clause names, not a second speaker (NYT)
    (
        "The lawsuit, which was brought by Nebraska’s attorney general, Jon Bruning, and "
        "Oklahoma’s attorney general, Scott Pruitt, accused Colorado officials of participating "
        "in a “scheme” that cultivates marijuana.",
        "Colorado officials of participating in a “scheme” that cultivates marijuana",
        "lawsuit",
        "document",
    ),
    # "a few" is how many, kept with them (HuffPost)
    (
        "Farenthold declared he would not run. A few of his GOP colleagues urged him to resign "
        "over the accusations.",
        "him to resign over the accusations",
        "A few of his GOP colleagues",
        "anonymous",
    ),
    # "they" to the plural subject of a clause subordinate to the main one, not to "the
    # House" named after it (HuffPost)
    (
        "The bill was a priority for House Democrats. Much of this work was begun while "
        "Democrats languished in the House minority. As a possible victory in the 2018 "
        "elections loomed, they made it clear that the reforms would be their No. 1 priority.",
        "that the reforms would be their No. 1 priority",
        "Democrats",
        "group",
    ),
    # a pronoun inside a relative clause is whom the clause is about
    (
        "The mayor met Jane Roe, who said she believed the plan would fail.",
        "she believed the plan would fail",
        "Jane Roe",
        "person",
    ),
    # a participle the parser hung on a relative clause of remarks is the remarks' maker's
    # (third-open Fox, names changed)
    (
        "During his news conference Friday, Gov. Paul Lenz offered more charged comments that "
        'have drawn fire, saying, "A bad guy is a bad guy."',
        "A bad guy is a bad guy.",
        "Paul Lenz",
        "person",
    ),
    # papers out in a passive clause say what its participle says (held-out HuffPost)
    (
        "Sen. John McCain (R-Ariz.) called on President Donald Trump to cancel his meeting with "
        "Vladimir Putin after indictments were announced Friday accusing a dozen Kremlin "
        "intelligence officers of hacking Democratic Party emails.",
        "a dozen Kremlin intelligence officers of hacking Democratic Party emails",
        "indictments",
        "document",
    ),
    # a quote paragraph with "he said" goes on with the person the paragraph before ended
    # quoting, where only the census guesses the given name a woman's (BASIL: HuffPost on the
    # NAACP and the tea party); a spokesman quoted further back is not who goes on
    (
        "The resolution was adopted during the annual convention, spokesman Chris Dunn said.\n\n"
        'The final version "calls on all people of good will to repudiate the racist element," '
        "said Hilary Lind, director of the group's Washington bureau.\n\n"
        '"I hope it will empower the movement to actually look at itself," he said.',
        "I hope it will empower the movement to actually look at itself",
        "Hilary Lind",
        "person",
    ),
    # a label before its colon is no second subject (BASIL: HuffPost on AARP; issue 13)
    (
        "Pensions drew attention on Friday.\n\n"
        "UPDATE: Union chief A. Barry Lind said in a statement, \"It has long been the union's "
        'policy that pensions should be strengthened."',
        "It has long been the union's policy that pensions should be strengthened.",
        "A. Barry Lind",
        "person",
    ),
    # "those" with the words that describe them is unnamed people named by those words, as
    # "people familiar with the matter" is (NYT, BASIL 526cabb7; the Washington Post on a
    # Virginia seat, PolNeAR dev, and on Sanders, PolNeAR train; the NYT on Rubio, PolNeAR
    # train, 2016)
    (
        "Mr. Obama and Mr. Biden are likely to keep up the pressure on lawmakers with public "
        "events in the weeks and months ahead, according to those familiar with the White House "
        "strategy.",
        "Mr. Obama and Mr. Biden are likely to keep up the pressure on lawmakers with public "
        "events in the weeks and months ahead",
        "those familiar with the White House strategy",
        "group",
    ),
    (
        "Those close to him say that, in addition to Scott, he would have to consider Rep. Don "
        "Beyer (D-Va.), a former lieutenant governor and ambassador in the Obama administration "
        "who can raise the cash to run statewide.",
        "that, in addition to Scott, he would have to consider Rep. Don Beyer (D-Va.)",
        "Those close to him",
        "group",
    ),
    (
        "While he is in generally good health and has shown remarkable stamina on the campaign "
        "trail, those around him acknowledge that a White House bid at age 78 seems improbable.",
        "that a White House bid at age 78 seems improbable",
        "those around him",
        "group",
    ),
    (
        "Even those who have sketched out possible paths for Mr. Rubio to win the nomination "
        "acknowledge that they are quirky and slender, dependent on forces mostly outside his "
        "control.",
        "that they are quirky and slender, dependent on forces mostly outside his control",
        "those who have sketched out possible paths for Mr. Rubio to win the nomination",
        "group",
    ),
    # "who" after people, hung on a thing that cannot speak, is theirs (BASIL: HuffPost on
    # AARP); "a spokesman for Tim Kaine, who said" stays the spokesman's (above)
    (
        "If the union is open to reducing benefits, it would be a major boost for pension "
        "reformers who say the program is too generous and therefore unaffordable.",
        "the program is too generous and therefore unaffordable",
        "pension reformers",
        "group",
    ),
    # a fronted "with" phrase's subject is not the clause's (Fox, 2012 debate story)
    (
        "With the moderator, ABC News' Martha Raddatz, opening the debate with a question about "
        "the Libya strike, which happened a month ago Thursday, Ryan criticized the "
        "administration for waiting more than a week after the strike to call it a coordinated "
        "terror attack.",
        "the administration for waiting more than a week after the strike to call it a "
        "coordinated terror attack",
        "Ryan",
        "person",
    ),
    # a subject pronoun next to the verb is its subject, not the list of figures before it
    # that a relative clause without "that" is about (HuffPost, BASIL b5eefefb: the speaker
    # was "1.3 percent growth rate of the economy, …, and the 12 million jobs")
    (
        "Ryan smiled, and continued to work through a data-filled argument, mentioning the $831 "
        "billion stimulus, an 8 percent unemployment rate for 43 months, the 1.3 percent growth "
        "rate of the economy, the $90 billion for green energy programs in the stimulus, and "
        "the 12 million jobs he and Romney say their economic program would create.",
        "their economic program would create",
        "Ryan",
        "person",
    ),
    # "who" and "whom" are people, not the thing the parser hung their clause on (NYT and
    # Fox, 2017 Alabama Senate race story)
    (
        "The story was met with immediate backlash from Republicans in Alabama, several of whom "
        "dismissed the women’s stories out of hand.",
        "the women’s stories",
        "Republicans",
        "group",
    ),
    (
        "The Post interviewed three other women who were teenagers at the time who claimed "
        "Moore pursued them when he was in his 30s, though he did not engage in sexual contact "
        "with them.",
        "Moore pursued them when he was in his 30s",
        "three other women",
        "group",
    ),
    # "the vice president" is whom the text titles so, never the president (HuffPost and
    # NYT, 2012 vice-presidential debate story: Ryan on Biden)
    (
        "Vice President Joe Biden and President Barack Obama met on Friday. Ryan said he thinks "
        "the vice president very well knows that sometimes the words don't come out of your "
        "mouth the right way.",
        "that sometimes the words don't come out of your mouth the right way",
        "Joe Biden",
        "person",
    ),
    (
        "President Barack Obama and Vice President Joe Biden met on Friday. Later the president "
        "said the talks went well.",
        "the talks went well",
        "Barack Obama",
        "person",
    ),
    # a role without a name, introduced as one of many, is nobody the text names, named by the
    # clause that says who it is (NYT, 2018 shutdown deal story)
    (
        "Senator Chuck Schumer of New York spoke first. Mr. Schumer used a meeting of Senate "
        "Democrats before the vote to urge the liberals in his caucus not to criticize those "
        "voting to reopen the government, according to one senator who spoke on the condition "
        "of anonymity to discuss a private meeting.",
        "Mr. Schumer used a meeting of Senate Democrats before the vote to urge the liberals in "
        "his caucus not to criticize those voting to reopen the government",
        "one senator who spoke on the condition of anonymity to discuss a private meeting",
        "anonymous",
    ),
    # "she" opening a sentence goes on with the one woman the sentence before names, not a
    # spokeswoman quoted paragraphs back (Fox, 2017 Alabama Senate race story)
    (
        "“Like most Americans, the president believes we cannot allow a mere allegation to "
        "destroy a person’s life,” press secretary Sarah Sandler said.\n\n"
        "Mr. Moody lashed out earlier at what he called the liberal media.\n\n"
        "The Post story centered on allegations made by Leigh Corbin, now 53. She told the "
        "newspaper that Moody first approached her in 1979 outside a courtroom in Alabama.",
        "that Moody first approached her in 1979 outside a courtroom in Alabama",
        "Leigh Corbin",
        "person",
    ),
    # people listed with "and" as the subject, their titles and party tags between, speak
    # together where the parser joined none of them (HuffPost, 2016 LePage story; HuffPost,
    # 2016 Trump debate story)
    (
        "Democrats have been pounding LePane. “Every day, Paul LePane gives Maine people more "
        "evidence that he is unfit for office,” State House Majority Leader Jeff McCann (D) "
        "and Assistant House Majority Leader Sara Gibson (D) said in a statement Tuesday night.",
        "Every day, Paul LePane gives Maine people more evidence that he is unfit for office",
        "Jeff McCann and Sara Gibson",
        "group",
    ),
    (
        "Since then, a majority of those candidates made clear that they would not be turning "
        "up, with only Newt Gingridge and Rick Santoro pledging to appear.",
        "to appear",
        "Newt Gingridge and Rick Santoro",
        "group",
    ),
    # … with where they are from, a phrase set off by commas, "all" or an auxiliary between
    # the list and its verb (Politico, 2016 Cruz story; USA Today, 2016 campaign trail story;
    # Politico, 2015 ethanol story), and a name the parser hung on the first as an object
    (
        "Sens. Johnny Isakson of Georgia and John Boozman of Arkansas, both up for reelection "
        "in conservative territory, also said they'd be happy to have Cruz on the trail with "
        "them.",
        "they'd be happy to have Cruz on the trail with them",
        "Johnny Isakson and John Boozman",
        "group",
    ),
    (
        "Former Florida Gov. Jeb Bush and New Jersey Gov. Chris Christie are on the ballot. "
        "Bush, Christie, Ohio Gov. John Kasich and Sen. Rand Paul of Kentucky all appeared on "
        "Sunday news shows to tout their continued viability as alternatives to Trump and Cruz.",
        "their continued viability as alternatives to Trump and Cruz",
        "Jeb Bush, Chris Christie, John Kasich and Rand Paul",
        "group",
    ),
    (
        "Ben Carson, Ted Cruz and Rand Paul have all attacked the program as a violation of free "
        "market principles.",
        "the program as a violation of free market principles",
        "Ben Carson, Ted Cruz and Rand Paul",
        "group",
    ),
    # a surname the tagger left untagged is looked up by its own words, not by the names in the
    # clause or apposition set off after it (Politico, 2016 convention story; HuffPost, 2016
    # Sanders story; Politico, 2016 Senate education story)
    (
        "Steve Dunwoody, a Sanders volunteer, spoke. Dunwoody, who worked as a campaign staffer "
        "for Barack Obama in the 2008 primary and on into the general election, said tensions "
        "among many activists in California were higher than at any point he could remember.",
        "tensions among many activists in California were higher than at any point he could "
        "remember",
        "Steve Dunwoody",
        "person",
    ),
    (
        "Jamal Simmons is a Democratic consultant and a CNN contributor who also worked in the "
        "Clinton White House. Simmons, an Obama supporter, said he saw the 2008 shift in "
        "attitude in his own Detroit family.",
        "he saw the 2008 shift in attitude in his own Detroit family",
        "Jamal Simmons",
        "person",
    ),
    # … while a title's holder may hang further down (Fox News, 2012 Benghazi budget story)
    (
        "Charlene Lamb spoke. Still, then-Deputy Assistant Secretary for Diplomatic Security "
        "Charlene Lamb testified in October that the size of the attack -- and not the money -- "
        "was the issue.",
        "that the size of the attack -- and not the money -- was the issue",
        "Charlene Lamb",
        "person",
    ),
    # … never where the list goes on with more than the names (HuffPost, 2018 Helsinki story):
    # the whole list speaks, as the text writes it (LISTED_AS_APPOSITION below)
    (
        "Sen. John McCain (R-Ariz.), Senate Minority Leader Chuck Schumer (D-N.Y.) and 18 "
        "members of the House Foreign Affairs Committee called on President Donald Trump to "
        "cancel his meeting.",
        "President Donald Trump to cancel his meeting",
        "Sen. John McCain (R-Ariz.), Senate Minority Leader Chuck Schumer (D-N.Y.) and 18 "
        "members of the House Foreign Affairs Committee",
        "group",
    ),
    # "he" after a quote goes on with the one man the sentence before the quote names where
    # that sentence's subject is no one, not with the man quoted before (NYT, 2011 Wal-Mart
    # story; Fox, 2012 Chick-fil-A story)
    (
        "Mr. Sellman responded that “there is this broad discretion given the managers.”\n\n"
        "That did not satisfy Justice Scalio. “If somebody tells you how to exercise "
        "discretion,” he said, “you don’t have discretion.”",
        "If somebody tells you how to exercise discretion,” he said, “you don’t have discretion.”",
        "Scalio",
        "person",
    ),
    (
        "After the mayors of Chicago and Boston heaped scorn upon the company, the mayor of "
        "Washington, DC, suggested it was peddling “hate chicken.”\n\n"
        "Those comments drew a sharp response from Rev. William Owen of the Coalition of "
        "African American Pastors. “Some people are saying that they don’t want them in their "
        "cities. It is a disgrace. It is the same thing that happened when I was marching for "
        "civil rights,” he told a press conference in Washington, DC.",
        "Some people are saying that they don’t want them in their cities. It is a disgrace. "
        "It is the same thing that happened when I was marching for civil rights",
        "William Owen",
        "person",
    ),
    # … but where a man is that sentence's subject, he is the one quoted after it
    (
        "Mr. Sellman responded that “there is this broad discretion given the managers.”\n\n"
        "Mr. Sellman then turned to Justice Scalio. “If somebody tells you how to exercise "
        "discretion,” he said, “you don’t have discretion.”",
        "If somebody tells you how to exercise discretion,” he said, “you don’t have discretion.”",
        "Sellman",
        "person",
    ),
    # … and where a person of the other sex is that subject, the one person of the pronoun's
    # sex the sentence names (Politico, 2016-02-19, and Breitbart, 2016-07-21, in PolNeAR
    # train), not the last speaker of that sex quoted before
    (
        "Hillary Clanton said she was proud of her aides. White House Chief of Staff Denis "
        "McDonough praised Kennedy too.\n\n"
        "McDonough was responding to a message from Undersecretary for Political Affairs Wendy "
        "Sherman, reporting that a plane carrying U.S. personnel had lifted off from Tunis. "
        "“Tunis plane wheels up a few minutes ago. Another Pat Kennedy miracle,” she wrote.",
        "Tunis plane wheels up a few minutes ago. Another Pat Kennedy miracle",
        "Wendy Sherman",
        "person",
    ),
    (
        "The Trump troops vented their collective disgust of Democrat Hillary Clinton.\n\n"
        "Trump gestured as if to stop the ruckus, then leaned in and boomed: “Let’s defeat her in "
        "November.”\n\n"
        "Clinton made an appearance of sorts, courtesy of Wes Nakagiri, a delegate from "
        "Michigan who dressed up in a prison outfit, plastic handcuffs and rubber Hillary mask."
        "\n\n“I heard ‘Lock her up’ last night and thought it would be funny if I went out and "
        "bought an orange prison jump suit,” he said.",
        "I heard ‘Lock her up’ last night and thought it would be funny if I went out and bought "
        "an orange prison jump suit",
        "Wes Nakagiri",
        "person",
    ),
    # (Washington Post, 2016-07-15, in PolNeAR train: the woman quoted before was Estlund)
    (
        "First, Donald Trump filed a potentially ruinous defamation suit against the onetime "
        "customer of his real-estate seminar business.\n\n"
        '"Anybody who attacks him, it\'s like buyer beware," said Louise Sunshine, who has known '
        "Trump since the 1970s and worked closely with him as he set about reshaping Manhattan's "
        "skyline.\n\n"
        "Many confidentiality agreements never get tested in court because they scare employees "
        "who signed them into silence, legal experts say. \"The 'in terrorem' effect is the "
        'most valuable part," said Cynthia Estlund, a professor of labor law at New York '
        "University School of Law.\n\n"
        "And Trump, said Sunshine, who remains friendly with her former boss, doesn't forgive or "
        'forget. "If you let him down, betray him, you only have one shot at it," she said. '
        '"There\'s no going back."',
        'If you let him down, betray him, you only have one shot at it," she said. "There\'s no '
        "going back.",
        "Louise Sunshine",
        "person",
    ),
    # with no one the subject before it, "he" is the role whose thing the sentence is about,
    # not a man named as a subject a paragraph back (NYT, 2019 shutdown story)
    (
        "Vice President Mike Pence and President Donald Trump met Democratic leaders.\n\n"
        "Mr. Trump said he rejected the figure. The proposal resurfaced and Mr. Trump appeared "
        "open to it, as Mr. Pence and Mr. McCarthy pressed Democrats to meet in the middle. "
        "Ms. Pelosi and Mr. Schumer said $1.3 billion was their highest bid.\n\n"
        "The gathering was a conscious effort by Mr. Trump and his aides to infuse a sense of "
        "crisis into the immigration discussion. It was the president’s first face-to-face "
        "meeting with Democratic leaders since a combative session last month when he said he "
        "would insist that any government spending bill include money for a border wall.",
        "he would insist that any government spending bill include money for a border wall",
        "Donald Trump",
        "person",
    ),
    # an unnamed source keeps the restrictive clause that says who it is (NYT 2013 gun plan,
    # HuffPost 2018 Pelosi vote, NYT 2019 Lieberman story, Fox 2014 Arizona bill) ...
    (
        "President Obama this week will embrace a plan to reduce gun violence, lawmakers who "
        "were briefed on the plan said Monday.",
        "President Obama this week will embrace a plan to reduce gun violence",
        "lawmakers who were briefed on the plan",
        "group",
    ),
    (
        "By late Thursday, the president appeared likely to leave Friday without picking a new "
        "director, according to three senior administration officials speaking on the condition "
        "of anonymity.",
        "By late Thursday, the president appeared likely to leave Friday without picking a new "
        "director",
        "three senior administration officials speaking on the condition of anonymity",
        "group",
    ),
    # ... never one set off by a comma ...
    (
        "“There’s a whole lot of anger,” said one Democrat who opposed her, who requested "
        "anonymity in order to speak freely.",
        "There’s a whole lot of anger",
        "one Democrat who opposed her",
        "group",
    ),
    # ... and never past a description or relative clause set off inside its clause, nor past
    # a relative clause after its noun (PolNeAR train nyt_2016-06-03; the eighteenth's clfound
    # and trumptax, NYT); a name set off after the clause says who it is (PolNeAR train
    # nyt_2016-01-12), and a list begun before a clause goes on past it (nyt_2015-11-17)
    (
        "A handful of people who work in tech around the country gave a grand total of $5,395 to "
        "his campaign, according to figures that were be released Thursday by Crowdpac, a "
        "start-up that tracks donations.",
        "A handful of people who work in tech around the country gave a grand total of $5,395 "
        "to his campaign",
        "figures that were be released Thursday by Crowdpac",
        "group",
    ),
    (
        "A previously undisclosed email obtained by Citizens United, the conservative advocacy "
        "group, through public records lawsuits shows the name of Mr. Pinchuk among those on an "
        "eight-page list of influential people invited to a dinner party at the Clintons' home.",
        "the name of Mr. Pinchuk among those on an eight-page list of influential people invited "
        "to a dinner party at the Clintons' home",
        "previously undisclosed email obtained by Citizens United",
        "anonymous",
    ),
    (
        "One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church in Marion, said "
        "he had made more than 150 phone calls to other pastors.",
        "he had made more than 150 phone calls to other pastors",
        "One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church in Marion",
        "anonymous",
    ),
    (
        "And aides to Gov. Chris Christie of New Jersey, a former federal prosecutor, and Gov. "
        "John R. Kasich of Ohio, who had a long career in Congress, said their stump speeches, "
        "already replete with references to their national security experience, would focus "
        "even more heavily on the subject.",
        "their stump speeches, already replete with references to their national security "
        "experience, would focus even more heavily on the subject",
        "aides to Gov. Chris Christie of New Jersey, a former federal prosecutor, and Gov. John "
        "R. Kasich of Ohio",
        "group",
    ),
    (
        "Instead, the study -- which notes that 58 Fortune 500 companies would owe $212 billion "
        "in additional federal taxes, ''equal to the entire state budgets of California, "
        "Virginia and Indiana combined,'' if they were taxed properly -- should be a five-alarm "
        "call to voters and lawmakers to finally fix the tax system.",
        "that 58 Fortune 500 companies would owe $212 billion in additional federal taxes",
        "study",
        "document",
    ),
    # ... and so under "they" too ...
    (
        "Some Republican senators who pushed the bill through the Legislature are now calling "
        "for a veto as well. They argue the bill is designed only to protect business owners.",
        "the bill is designed only to protect business owners",
        "some Republican senators who pushed the bill through the Legislature",
        "group",
    ),
    # ... but never the clause that holds the statement itself (NYT 2018 Pelosi vote)
    (
        "House Democrats on Wednesday re-elected Nancy Pelosi over a Rust Belt congressman who "
        "said the party had lost its connection to the American working class.",
        "the party had lost its connection to the American working class",
        "Rust Belt congressman",
        "anonymous",
    ),
    # a title the parser split at its hyphen is not the speaker; the name after it is (Fox,
    # 2018 shutdown deal story)
    (
        "“It’s Senator Shuman’s job to keep the caucus together and he failed in that today,” "
        "said Indivisible co-founder Ezra Levin.",
        "It’s Senator Shuman’s job to keep the caucus together and he failed in that today",
        "Ezra Levin",
        "person",
    ),
    # a participle the parser hung on a passive, with no comma to set it off, tells what the
    # passive's subject was caught doing (HuffPost, 2010 Steele story; names changed)
    (
        "RNC Chairman Michael Stane spoke at a fund-raiser in Connecticut on Thursday. Several "
        "prominent conservatives offered swift, negative reactions to Michael Stane on Friday, "
        "after the RNC chairman was caught on camera saying that Afghanistan is a largely "
        "unwinnable war of President Obama’s choosing.",
        "that Afghanistan is a largely unwinnable war of President Obama’s choosing",
        "Michael Stane",
        "person",
    ),
    # "the chief justice" is the one the text titles "Chief Justice", not another justice,
    # and "he" after the question is the asker, not the lawyer asked (NYT, Wal-Mart
    # class-action story)
    (
        CHIEF_JUSTICE,
        "how many examples of abuse need to be shown before you can say that flows from the "
        "policy rather than from bad actors",
        "John G. Rivers Jr.",
        "person",
    ),
    (
        CHIEF_JUSTICE,
        "“you’re going to have some bad apples” given Wal-Mart’s thousands of stores.",
        "John G. Rivers Jr.",
        "person",
    ),
    # "the justice" is a role like "the judge": one of the court named before (HuffPost,
    # Wal-Mart class-action story)
    (
        "Justice Ruth Bader Ginsberg questioned the lawyers for an hour. The justice said it was "
        "“a very serious problem” in the case to sue for punitive damages.",
        "it was “a very serious problem” in the case to sue for punitive damages",
        "Ruth Bader Ginsberg",
        "person",
    ),
    # a conjunct goes with the verb just before its "and" (Fox, 2019 shutdown story) ...
    (
        "The press conference underscored how far apart both sides are, even as Donald Trump called "
        'the meeting "productive" and suggested the standoff could end soon -- or not.',
        "the standoff could end soon -- or not",
        "Donald Trump",
        "person",
    ),
    # ... and with a verb of its own tense (Fox, 2010 tax deal story)
    (
        "Speaking to reporters at a joint appearance with Polish President Bronislaw Komorowski, "
        "Obama said economists predict higher job growth in 2011 and 2012 if Congress passes the "
        'agreement and urged lawmakers to examine the details of the deal and "get this done."',
        'lawmakers to examine the details of the deal and "get this done."',
        "Obama",
        "person",
    ),
    # "his" is a man's, as "he" is: the owner of the call is the man the sentence names, not
    # the woman quoted just before (PolNeAR train, Huffington Post 2015, names changed)
    (
        "Senator Helen Marsh said on Saturday that the videos exist. Spokeswoman Jen Palmer "
        "said Marsh had misspoke.\n\nWhile Marsh wrongly claimed that the videos exist, "
        "experts affirm that it is highly likely that Donald Grant will be used as a recruiting "
        "tool. Grant’s repeated accusations and offensive rhetoric toward Muslims, including "
        "his recent call to ban all Muslim immigrants from entering the U.S., could galvanize "
        "extremists in their fight against the West.",
        "to ban all Muslim immigrants from entering the U.S.",
        "Donald Grant",
        "person",
    ),
    # "one of" people is one of them, whom the tagger's number is not: named by its words
    # (PolNeAR train, Washington Post 2016; BASIL, NYT 2019; names changed) or by the name set
    # beside it (BASIL, Fox 2012, where the tagger missed the name)
    (
        "Senior campaign advisers who have run the numbers said Mrs. Whitman would clinch the "
        'nomination in June. "There won\'t be a path for Bernard to succeed," said one of '
        "those advisers, who spoke on the condition of anonymity to share internal information.",
        "There won't be a path for Bernard to succeed",
        "one of those advisers",
        "anonymous",
    ),
    (
        "Ms. Pelham and Mr. Shuman met the president at the White House on Wednesday. Mr. Grant "
        "said that the wall was why he was elected, according to one of the officials familiar "
        "with the discussion.",
        "Mr. Grant said that the wall was why he was elected",
        "one of the officials familiar with the discussion",
        "anonymous",
    ),
    (
        "Among the groups is Project 21, a black conservative activist organization. One of its "
        "members, Demetrios Minor, said critics of Dan Cathy have taken his statements completely "
        "out of context.",
        "critics of Dan Cathy have taken his statements completely out of context",
        "Demetrios Minor",
        "person",
    ),
]


# A person named by a description: the person the article describes with its words, before
# or after it, else the one named or speaking just before it as a sentence's subject (BASIL,
# HuffPost and NYT, names changed)
DESCRIBED = [
    # a capitalised word the article puts before the name
    (
        "Mexico will not pay for a wall, despite what GOP presidential hopeful Donald Drumpf "
        "may claim. \"I'm not going to pay for that wall,\" Fox told Fusion's Jorge Ramon in an "
        "interview airing Thursday.\n\nThe GOP front-runner, who has made many outrageous "
        "comments about Latinos, insists he'll coerce Mexico into paying for a wall.",
        "he'll coerce Mexico into paying for a wall",
        "Donald Drumpf",
    ),
    # the description's own noun, given with the name later in the article
    (
        "Federal prosecutors in New Jersey have issued grand jury subpoenas to Gov. Chris "
        "Krispie's re-election campaign and to the state Republican Party as part of a "
        "preliminary inquiry into accusations that aides to Mr. Krispie shut down access lanes "
        "to a bridge as political retribution, the lawyer for the campaign and the party said "
        "Thursday.\n\nThe subpoenas were issued by the United States attorney for New Jersey, "
        "Paul J. Fisher.\n\n\u201cWe can confirm that the campaign received subpoenas,\u201d "
        "the lawyer, Mark D. Sherwood, said in an email.",
        "Federal prosecutors in New Jersey have issued grand jury subpoenas to Gov. Chris "
        "Krispie's re-election campaign and to the state Republican Party as part of a "
        "preliminary inquiry into accusations that aides to Mr. Krispie shut down access lanes "
        "to a bridge as political retribution",
        "Mark D. Sherwood",
    ),
    # the words of the apposition the parser hung on the place
    (
        "On Saturday, the mayor of Hoboken, Dawn Zimmerman, said the lieutenant governor had "
        "threatened to withhold federal recovery aid.",
        "the lieutenant governor had threatened to withhold federal recovery aid",
        "Dawn Zimmerman",
    ),
    # a lede's unnamed person, named after it as news ledes do (HuffPost)
    (
        "A two-term Republican congressman from Idaho with a track record of challenging the "
        "House Republican leadership said Friday he would run for the No. 2 job in the "
        "chamber.\n\nRaul Labrada, a 46-year-old Mormon father of five, tea party congressman "
        "and Puerto Rican-born only child of a single mother, will challenge House Majority "
        "Whip Kevin McCart (R-Calif.) for the position of House majority leader.",
        "he would run for the No. 2 job in the chamber",
        "Raul Labrada",
    ),
    # a lede's description as its subject, no words shared, whom the next sentence names as
    # its subject (Fox 2014, sixteenth held-out ccf19ab6; Post 2016-08-10 and USA Today
    # 2016-05-11, PolNeAR train, the latter thirty-ninth held-out trump-cameron-london-mayor,
    # after their headlines)
    (
        "One of the highest-profile Republicans in the House of Representatives \u2013 where "
        "national immigration reform will live or die this year \u2013 said he agrees with "
        "giving undocumented immigrants a chance to legalize their status.\n\nMajority Whip "
        "Kevin McCarthy, who is the third-ranking Republican in the House, made his comments "
        "in an interview with KBFX-TV in Bakersfield, Calif.",
        "he agrees with giving undocumented immigrants a chance to legalize their status",
        "Kevin McCarthy",
    ),
    (
        "Philippine lawmaker wants Trump banned from country.\n\nA lawmaker in the Philippines "
        "is calling for Donald Trump to be banned from the country after the U.S. presidential "
        "candidate suggested that Philippine immigrants posed a threat to the United States."
        '\n\n"There is no feasible basis or reasonable justification to the wholesale '
        "labeling of Filipinos as coming from a 'terrorist state' or that they will be a "
        "Trojan horse,\" Joey Salceda said in a bill filed in Manila's House of "
        "Representatives, according to the Philippine Star.",
        "Donald Trump to be banned from the country",
        "Joey Salceda",
    ),
    (
        "London's Muslim mayor rebuffs Trump on 'exception' to ban; \nSpurns offer, blasts "
        "'ignorant view of Islam.'\n\nThe British capital's new mayor on Tuesday rejected "
        'Republican presidential candidate Donald Trump\'s offer to make an "exception" to his '
        "call for a temporary ban on Muslims entering the United States by allowing Sadiq "
        "Khan.\n\nKhan, a Muslim, was elected as mayor of London last week, the first person "
        "of his faith to undertake the role.",
        'Republican presidential candidate Donald Trump\'s offer to make an "exception" to his '
        "call for a temporary ban on Muslims entering the United States by allowing Sadiq Khan",
        "Sadiq Khan",
    ),
    # no shared words: the subject of the sentence before, resolved there
    (
        "GOP presidential hopeful Donald Drumpf says Mexico will pay. The GOP front-runner "
        "insists he'll coerce Mexico into paying for a wall. (The real estate mogul estimates "
        "the price tag at around $8 billion.)",
        "the price tag at around $8 billion",
        "Donald Drumpf",
    ),
    # ... with the article hung on a noun before the head (Fox, 2011 Newsmax debate story)
    (
        'Donald Drumpf announced Tuesday that he is bowing out as the moderator. "I am looking '
        'at it," Drumpf said.\n\nThe real estate mogul and reality TV star said he wants to '
        'make sure Republicans pick the "right" candidate.',
        'he wants to make sure Republicans pick the "right" candidate',
        "Donald Drumpf",
    ),
    # the person the article is about, by a noun the article itself writes before a name,
    # not the one it later describes alike (HuffPost, 2015 Rubio speech story)
    (
        RUBIN_SPEECH,
        "he was guided by three principles",
        "Marco Rubin",
    ),
    # a lede's definite description of the person the article is about, named after it,
    # whose owner the lede itself introduces (Fox, 2014 Lauten story)
    (
        "The communications director for a Republican member of Congress had to apologize "
        "Saturday for a Facebook post critical of the first daughters.\n\nElizabeth Lautner "
        'wrote in a now-deleted post that the girls should "try showing a little class."\n\n'
        '"Dress like you deserve respect," added Lautner, who works for Rep. Stephen Fincker. '
        "Lautner later apologized for her original post. The Washington Post reported that "
        "Lautner had confirmed that she had made both postings.",
        "a Facebook post critical of the first daughters",
        "Elizabeth Lautner",
    ),
    # an indefinite description the article names after it, by its noun with "the" in
    # apposition to the name (NYT, 2015 Clinton email story; Maine 2016 voicemail story)
    (
        "Since Mrs. Clinton used the private account, a spokeswoman for the State Department "
        "has described the request as part of the department\u2019s larger efforts to improve "
        "its record-keeping.\n\nThe spokeswoman, Marie Halff, was asked on Tuesday whether "
        "there was any connection between the requests.",
        "the request as part of the department\u2019s larger efforts to improve its record-keeping",
        "Marie Halff",
    ),
    (
        "Gov. Paul LePaige apologized on Tuesday for a voicemail. Earlier this week, a "
        "Democratic lawmaker said the governor should resign.\n\nLePaige "
        "spoke shortly after he met with Representative Drew Gattino, the state Democratic "
        "lawmaker who had been the recipient of the angry voice mail.",
        "the governor should resign",
        "Drew Gattino",
    ),
    # a named body's title the article gives no one else: the subject just before, named
    # there in full beside a headline's bare surname; and the bare title after, which that
    # person spoke under (USA Today, 2016 Ginsburg story, in PolNeAR train)
    (
        "Ginsberg apologizes for Tromp comments;\nJustice vows to be 'more circumspect'.\n\n"
        "Ruth Bader Ginsberg regrets her insults of Donald Tromp.\n\nThe Supreme Court "
        "justice -- who has been involved in a scuffle with the presumptive Republican "
        "nominee over the past few days -- said she regretted her remarks.",
        "she regretted her remarks",
        "Ruth Bader Ginsberg",
    ),
    (
        "Ruth Bader Ginsberg regrets her insults of Donald Tromp.\n\nThe Supreme Court "
        "justice -- who has been involved in a scuffle with the presumptive Republican "
        'nominee -- said she regretted her remarks.\n\n"I regret making them," Ginsberg '
        'said in a statement. "Judges should avoid commenting on a candidate for public '
        'office."\n\nIn three separate interviews, the justice sounded off on Tromp, saying '
        'she didn\'t "want to contemplate" the effects a Tromp candidacy would have.',
        'she didn\'t "want to contemplate" the effects a Tromp candidacy would have',
        "Ruth Bader Ginsberg",
    ),
    # a former title is who the subject just before was, like a named body's (USA Today,
    # 2016 AIPAC speech, in PolNeAR train, names changed)
    (
        "Hillary Clintock went on offense against Republican front-runner Donald Tromp on "
        "Monday, saying he would abdicate U.S. leadership in the Middle East.\n\nThe former "
        "secretary of State began her speech before the influential American Israel Public "
        "Affairs Committee by slamming candidates who think they can outsource Middle Eastern "
        "leadership to dictators.",
        "candidates who think they can outsource Middle Eastern leadership to dictators",
        "Hillary Clintock",
    ),
    # two person nouns under one article are one person: the former title after "and"
    # (HuffPost, 2016 Tulsa shooting story, in PolNeAR dev; Politico, 2015 Oval Office
    # address story, in PolNeAR train; names changed)
    (
        "Hillary Clintock spoke directly to white Americans about the police shooting in "
        "Tulsa.\n\nOn Tuesday\u2019s episode of \u201cThe Steve Harvey Morning Show,\u201d "
        "the former secretary of state and current Democratic presidential nominee said she "
        "wanted to speak \u201cdirectly to white people.\u201d",
        "she wanted to speak \u201cdirectly to white people.\u201d",
        "Hillary Clintock",
    ),
    (
        "Hillary Clintock said Sunday that it is time to intensify the fight against the "
        "Islamic State.\n\nThe Democratic presidential front-runner and former secretary of "
        "state said the U.S. needed a more robust air campaign against the Islamic State.",
        "the U.S. needed a more robust air campaign against the Islamic State",
        "Hillary Clintock",
    ),
    # an office held once contradicts no description: "the former New York mayor and
    # founder of …" may be "the financial industry tycoon" (HuffPost, 2016 Bloomberg speech)
    (
        "Michael Bloomfield, the former New York mayor and founder of the Bloomfield financial "
        "news and information empire, endorsed Hillary Clinton, calling Donald Tromp a danger. "
        "Tromp claims great wealth, but Tromp refuses to release his tax returns. Tromp also "
        "reacts defensively.\n\nBloomfield was a vocal critic of the Republican candidate "
        "long before backing Clinton\u2019s White House run.\n\n"
        "The financial industry tycoon ridiculed Tromp\u2019s statements on immigration, "
        "national security, foreign trade, and his use of overseas labor.",
        "Tromp\u2019s statements on immigration, national security, foreign trade, and his use "
        "of overseas labor",
        "Michael Bloomfield",
    ),
    # past the lede, an office the article gives no one else is the person's it is about
    # (Post, 2016-04-18, and NYT, 2016-08-18, in PolNeAR train: "The Democratic presidential
    # candidate said", "the candidate has made clear"; Post, 2016-01-16, in PolNeAR train:
    # "According to the officer in charge of the CIA's Benghazi base")
    (
        "ROME - Bernie Sanderson met privately with Pope Francis on Saturday, the capstone to an "
        "unusual detour from the American election.\n\nThe Democratic presidential candidate "
        "said the meeting was for personal reasons and does not constitute an endorsement "
        'from the Holy See.\n\n"And he is a very beautiful man," Sanderson continued. Some of '
        "Sanderson's advisers, including his wife, Jane, also were at the meeting. On Saturday, "
        "Francis made clear that his meeting with Sanderson was not political.",
        "the meeting was for personal reasons and does not constitute an endorsement from the "
        "Holy See",
        "Sanderson",
    ),
    (
        "Donald J. Tromp hired Stephen Bannan, the executive chairman of Breitbart News, on "
        "Wednesday. People briefed on the move said "
        "that it reflected Mr. Tromp's realization that his campaign was at a crisis point. "
        "Mr. Tromp has chafed at changes.\n\nMr. Bannan has been a supporter of Mr. Tromp's "
        "pugilistic instincts, which the candidate has made clear in interviews he is "
        "uncertain about suppressing.",
        "in interviews he is uncertain about suppressing",
        "Donald J. Tromp",
    ),
    (
        "It is the most fateful moment in a movie about the 2012 attacks in Benghazi, Libya: a "
        "scene in which the highest-ranking CIA operative at a secret agency compound orders "
        'his security team to "stand down."\n\nAccording to the officer in charge of the '
        "CIA's Benghazi base that night, the scene in the movie is entirely untrue.\n\n"
        '"There never was a stand-down order," said the base chief known as Bob, speaking '
        "publicly for the first time.\n\nIn a lengthy interview with The Washington Post, Bob "
        "provided new details about the attacks and his interactions with J. Christopher "
        "Stevens. Bob agreed to talk on the condition that his last name not be used.",
        "that night, the scene in the movie is entirely untrue.",
        "Bob",
    ),
    # a person described by their age alone, as a noun: the subject named just before it
    # (BASIL 7f9c83f7 Fox, the parser hanging "the 43-year-old" on the verb; PolNeAR train
    # HuffPost 2015-12-19 and Breitbart 2016-07-19, as printed), not the person the article
    # names most (Donald Trump in both), and not a name modifying the subject ("the Trump
    # team sought …" is the team's)
    (
        "New York – In his first major foreign policy speech since launching his "
        "presidential campaign, U.S. Sen. Marco Rubio said if elected, he would prioritize a "
        "strong military.\n\n“Since the end of the Cold War, the threats facing America "
        "have changed, but the need for American strength has not,” Rubio said.\n\n“It "
        "takes forethought to design and many years to build the capabilities we may need at "
        'a moment’s notice," the 43-year-old said. "So to restore American strength, my '
        "first priority will be to adequately fund our military.”",
        "It takes forethought to design and many years to build the capabilities we may need "
        'at a moment’s notice," the 43-year-old said. "So to restore American strength, '
        "my first priority will be to adequately fund our military.",
        "Marco Rubio",
    ),
    (
        "What would Donald Trump sound like if he had elocution lessons?\nEnglish comedian and "
        "actor Peter Serafinowicz needed to know, so he dubbed himself over footage of Trump "
        "talking about Hillary Clinton on Fox News.\nThe content of the Republican "
        "presidential candidate’s words is still far out. But hearing him say it in a "
        "British accent gives it a certain sophisticated tone.\nSerafinowicz, who’s starred "
        "in “Parks and Recreation” and “Guardians of the Galaxy,” posted the clip to "
        "YouTube on Thursday.\n\n“What if Donald Trump had elocution lessons?” the "
        "43-year-old asked in the video’s description.",
        "What if Donald Trump had elocution lessons?",
        "Peter Serafinowicz",
    ),
    (
        "The real estate magnate was expected to cruise past the 1,237 delegates needed, and "
        "Trump will officially accept the nomination Thursday.\n\nThe candidate’s glamorous "
        "wife Melania Trump brought some pizzazz to the proceedings on the opening night as "
        "the Trump team sought to get the event back on track.\n\nBut an embarrassing "
        "plagiarism scandal tarnished her prime-time speech — and brought her husband’s "
        "presidential campaign under withering scrutiny.\n\nWith millions watching on "
        "television, the Slovenia-born former model delivered a seemingly heartfelt defense "
        "of her husband.\n\n“Donald is, and always has been, an amazing leader,” said the "
        "46-year-old. “Now, he will go to work for you.”",
        "Donald is, and always has been, an amazing leader,” said the 46-year-old. “Now, "
        "he will go to work for you.",
        "Melania Trump",
    ),
    # the subject of a clause inside the last subject's is no rival: what that subject said
    # (Politico, 2015-12-28, in PolNeAR train; twentieth held-out fiorina), and an office the
    # news prints in capitals describes a person as one in lower case does
    (
        "Carly Fiorina: 'Bill Clinton's fair game.'\n\nDonald Trump is on solid ground "
        "attacking Bill Clinton, Carly Fiorina said Monday. But, the former CEO of "
        "Hewlett-Packard added, it's not the way to win.\n\n\"Of course Bill Clinton\u2019s "
        'fair game. He\u2019s a former president," Fiorina told "Fox and Friends."',
        "it's not the way to win.",
        "Carly Fiorina",
    ),
    # a noun that says only their sex contradicts no office, only the other sex: "the man"
    # may be the vice president (Breitbart, 2016-08-15, in PolNeAR train; twenty-fourth
    # held-out biden-20)
    (
        "Vice President Joe Biddle on Monday hit the 2016 campaign trail with Hillary Clintock "
        "for the first time.\n\n\u201cNo major party nominee in the history of the United "
        "States of America has known less,\u201d said Biddle, who served as a US senator for 36 "
        "years.\n\nThe people of Scranton and towns like it \u201cdeserve someone who\u2019s "
        "with them,\u201d said the man who built his political career on his blue collar "
        "credentials.",
        "The people of Scranton and towns like it \u201cdeserve someone who\u2019s with them,\u201d",
        "Joe Biddle",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), DESCRIBED)
def test_a_person_description_is_the_person_described_alike_or_just_before(text, content, speaker):
    assert_spoken_by(text, content, speaker, "person")


# "he" or "she" goes on with the same pronoun in the sentence before where that one is the
# source of a statement set off inside it ("…, she said, …"), and a pronoun after the quote
# that opens its sentence goes on alike with such a source of the sentence before the quote
# (Politico 2016, PolNeAR train: fiftieth held-out trump-be, fifty-fourth twitter- and
# failed-h; names changed). Not a pronoun whose sentence before has a name for its subject,
# nor one after a source of the other sex, nor one after a pronoun that is only a subject.
SAME_PRONOUN_GOING_ON = [
    (
        "Betsy Eberly, a childhood friend of Helen Clark, has watched the attacks on her friend. "
        "What really got under her skin, she said, was a question at a televised town hall last "
        "week, when a young man asked Clark why young people didn’t like her. “I really got "
        "pissed off,” she said.",
        "I really got pissed off",
        "Betsy Eberly",
    ),
    (
        "Bill Brock, a delegate from Washington, said his state party would challenge any "
        "attempt to declare the delegation’s support for Donald Trask. But during roll call "
        "votes, states are called alphabetically, he noted, so it may already be clear whether "
        "Trask will be the nominee by the time it’s his state’s turn. He said states like "
        "California and Colorado will clarify the situation first.",
        "states like California and Colorado will clarify the situation first",
        "Bill Brock",
    ),
    # near miss: a pronoun that is only the subject of the sentence before the quote, not the
    # source of a statement there (The New York Times 2016, PolNeAR dev; names changed)
    (
        "Kevin McKinnon, a financial planner, says parents should save early. “Start when they "
        "are born,” he said.\n\nHarsh? He doesn't think so. “I don't judge what people choose "
        "to spend money on,” he said.",
        "I don't judge what people choose to spend money on",
        "Kevin McKinnon",
    ),
    # near misses: a name is the subject of the sentence just before the quote; the source
    # set off in the sentence before is of the other sex
    (
        "Senator Paul Dane praised the plan on Monday. Senator Ray Dunn disagreed. “It is a bad "
        "plan,” he said.",
        "It is a bad plan",
        "Ray Dunn",
    ),
    (
        "Betsy Eberly came to the rally with her husband, Tom Eberly. What really got under her "
        "skin, she said, was a question at a town hall last week. “It was just rude,” he said.",
        "It was just rude",
        "Tom Eberly",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), SAME_PRONOUN_GOING_ON)
def test_a_pronoun_goes_on_with_the_same_pronoun_telling_the_sentence_before(
    text, content, speaker
):
    assert_spoken_by(text, content, speaker, "person")


# A source the text introduces with "a" and never names, quoted again by "the" and the noun of
# that description, is that unnamed source, not the person named last nor the one the article
# is about (Politico 2016, forty-second held-out cruz-senate; The Huffington Post 2016,
# fifty-eighth trump-to; names changed). Not where someone else is introduced or described by
# that noun between them, nor after a group of that noun's plural.
UNNAMED_AGAIN = [
    (
        "Senator Ted Cruise is trying to mend fences with his colleagues. “That can go a long way "
        "toward establishing good relationships,” said a senior Cruise adviser.\n\nSenator Roger "
        "Wicks, who leads the campaign committee, said he welcomed the help.\n\n“I think "
        "politicians are practical people,” said the senior Cruise adviser.\n\nSen. Roy Blount "
        "noted that Cruise’s campaign manager, Jeff Rowe, is from his state.",
        "That can go a long way toward establishing good relationships",
        "I think politicians are practical people",
        "senior Cruise adviser",
    ),
    # near miss: the noun first described someone the text names
    (
        "“That can go a long way toward establishing good relationships,” said Jeff Rowe, a "
        "senior Cruise adviser.\n\nSenator Roger Wicks said he welcomed the help.\n\n“I think "
        "politicians are practical people,” said the senior Cruise adviser.",
        "That can go a long way toward establishing good relationships",
        "I think politicians are practical people",
        "Jeff Rowe",
    ),
    (
        "“If I was a donor, I’d want answers,” said a prominent party committee member who "
        "supports Donald Trask, asking for anonymity to speak freely.\n\nTrask now spends "
        "donors’ money on rent at his own tower, and Trask has defended the payments.\n\n"
        "“Nobody cares when you’re spending your own money,” the committee member said.",
        "If I was a donor, I’d want answers",
        "Nobody cares when you’re spending your own money",
        "prominent party committee member who supports Donald Trask",
    ),
]


@pytest.mark.parametrize(("text", "first", "again", "speaker"), UNNAMED_AGAIN)
def test_a_definite_description_takes_up_the_unnamed_source_introduced_by_it(
    text, first, again, speaker
):
    said = {s.content.text: s.speaker for s in statements_of(text)}
    assert said[again].name == speaker
    assert (said[again].name, said[again].kind) == (said[first].name, said[first].kind)


# "He" or "she" after an unnamed source quoted goes on with that source where the text gives it
# the pronoun's sex, by its noun ("said the woman") or by a pronoun in the clause on it ("said
# one former campaign staffer, who said he left …"), not with a person of that sex quoted before
# it (The Washington Post 2016-09, fifty-third held-out border-tunnels; 2016-07, forty-sixth
# trump-boasts; names changed). Not a source of the other sex, nor one no noun or pronoun gives
# a sex ("a senior aide"), nor past a person of that sex named as a subject since.
PRONOUN_AFTER_UNNAMED = [
    (
        "Adoptees learn they are not citizens.\n\nJane Alessio, 50, of Houston, said she "
        "learned of her status when she applied for a passport.\n\nOne woman adopted from "
        'Iran in the early 1970s did not learn of her status until 2008.\n\n"As a child, my '
        "mom was always, like, 'Oh, you have citizenship because we're citizens,'\" said the "
        "woman, who spoke on the condition of anonymity because she feared her employer would "
        "think she lied on the job application.\n\nNow 46 and living in California, she is "
        "terrified of losing her job.\n\n\"And with all the talk about immigration, I'm even "
        'more scared," she said.',
        "And with all the talk about immigration, I'm even more scared",
        "woman",
    ),
    (
        "Staffers signed agreements.\n\nSam Solano, a contestant on the show, said his boss "
        'was always kind.\n\n"I don\'t want to get on the wrong side of him," said one former '
        "campaign staffer, who said he left on good terms. \"I couldn't afford to defend "
        'myself," he said.',
        "I couldn't afford to defend myself",
        "one former campaign staffer",
    ),
    # near misses: the other sex; no sex given; a person of that sex named as a subject since
    (
        "Staffers signed agreements.\n\nSam Solano, a contestant on the show, said his boss "
        'was always kind.\n\n"I don\'t want to get on the wrong side of him," said the woman, '
        'who asked not to be named. "I couldn\'t afford to defend myself," he said.',
        "I couldn't afford to defend myself",
        "Sam Solano",
    ),
    (
        "Staffers signed agreements.\n\nSara Solano, a contestant on the show, said her boss "
        'was always kind.\n\n"I don\'t want to get on the wrong side of him," said a senior '
        'aide. "I couldn\'t afford to defend myself," she said.',
        "I couldn't afford to defend myself",
        "Sara Solano",
    ),
    (
        "Staffers signed agreements.\n\nSara Solano, a contestant on the show, said her boss "
        'was always kind.\n\n"I don\'t want to get on the wrong side of him," said the woman, '
        "who asked not to be named. Mary Kepler, the organist, disagreed. \"I couldn't afford "
        'to defend myself," she said.',
        "I couldn't afford to defend myself",
        "Mary Kepler",
    ),
    # a code reviewer's near-miss: the pronoun of reported speech, no quotation it closes,
    # is the person the paragraph is about
    (
        'Hillary Clinton spoke for an hour at the rally in Des Moines.\n\n"I like her a '
        'lot," said one woman in the crowd.\n\nIn her speech, she said the minimum wage must '
        "rise.",
        "the minimum wage must rise",
        "Hillary Clinton",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), PRONOUN_AFTER_UNNAMED)
def test_a_pronoun_goes_on_with_the_unnamed_source_of_its_sex_quoted_before(text, content, speaker):
    kind = "person" if speaker[0].isupper() else "anonymous"
    assert_spoken_by(text, content, speaker, kind)


# "the man" or "the woman" is the one the sentence before introduced unnamed as its subject,
# of the sex a "he" or "she" there gives them, or one its own clause says goes unnamed ("who
# asked not to be named"), not the person of that sex named or quoted before (The Washington
# Post 2016-06, thirtieth held-out orlando-mosque; names changed). Not where that sentence's
# pronoun is of the other sex, nor where it names a person as a subject.
SEX_NOUN_AFTER_UNNAMED = [
    (
        'A mosque in shock.\n\n"This is little Fort Pierce!" said Donna Lagos, 39, a '
        "waitress at the Golden Bear restaurant. She said the place prides itself on its blend "
        "of races.\n\nAt a drugstore near the mosque, a middle-aged cashier was shaken by the "
        'harsh talk about Muslims she has heard since the shooting. "One guy came in and said '
        'maybe we should start killing them," said the woman, who like many in the town did '
        "not want to be quoted by name.",
        "woman",
    ),
    (
        "A mosque in shock.\n\nAdel Nefti sat under whirring fans. Mateen left as soon as "
        'prayers were finished, Nefti said, adding, "He was not very religious."\n\nAnother '
        "Muslim who worshiped at the Islamic Center here and who didn't want to be named said "
        'he heard Mateen talk of "immorality." "One guy came in and said maybe we should '
        'start killing them," the man said.',
        "man",
    ),
    (
        "Staffers signed agreements.\n\nSara Solano, a contestant on the show, said her boss "
        'was always kind.\n\n"One guy came in and said maybe we should start killing them," '
        "said the woman, who asked not to be named.",
        "woman",
    ),
    # near misses: the pronoun of the other sex; a named subject in the sentence before
    (
        'A mosque in shock.\n\n"This is little Fort Pierce!" said Donna Lagos, 39, a '
        "waitress at the Golden Bear restaurant. She said the place prides itself on its blend "
        "of races.\n\nAt a drugstore near the mosque, a middle-aged cashier was shaken by the "
        'harsh talk he has heard since the shooting. "One guy came in and said maybe we '
        'should start killing them," said the woman.',
        "Donna Lagos",
    ),
    (
        'A mosque in shock.\n\n"This is little Fort Pierce!" said Donna Lagos, 39, a '
        "waitress at the Golden Bear restaurant.\n\nAt a drugstore near the mosque, Donna "
        'Lagos and a customer talked about the shooting she had seen. "One guy came in and '
        'said maybe we should start killing them," said the woman.',
        "Donna Lagos",
    ),
    # a code reviewer's near-misses: a sentence inside the paragraph about a named person
    # introduces no one; a clause naming the woman does not leave her unnamed
    (
        "Maria Lopez, 34, was arrested on Monday. A judge ruled Tuesday that she must stay in "
        'jail. "One guy came in and said maybe we should start killing them," the woman said.',
        "Maria Lopez",
    ),
    (
        'Maria Lopez, 34, runs a bakery nearby. "One guy came in and said maybe we should '
        'start killing them," said the woman, who was identified by police as a witness.',
        "Maria Lopez",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SEX_NOUN_AFTER_UNNAMED)
def test_the_man_or_the_woman_is_the_one_introduced_unnamed_just_before(text, speaker):
    kind = "person" if speaker[0].isupper() else "anonymous"
    content = "One guy came in and said maybe we should start killing them"
    assert_spoken_by(text, content, speaker, kind)


# A role description right after a sentence about a person the article does not give the role
# is that person, the subject the text goes on with, not the one it titles so paragraphs up
# (The Washington Post 2016-02, twenty-seventh held-out nh-2016; The New York Times 2016-05,
# forty-ninth trump-tech; The Washington Post 2015-12, forty-eighth nevada-caucus-cruz); one
# whom the holder's own sentence names keeps the holder.
SUBJECT_GOING_ON = [
    (
        "In the Democratic race, Sen. Bernie Sanders maintained his double-digit lead over "
        "former secretary of state Hillary Clinton.\n\nFor the Republicans, the character of "
        "the race appeared to change after a debate in which Marco Rubio faltered in the face "
        "of blistering attacks from Chris Christie.\n\nRubio sought to stoke positive energy "
        "as he stopped by his campaign headquarters in Manchester to give a pep talk to "
        'volunteers. Walking into the office to chants of "Marco! Marco!," the senator said '
        'his campaign here was "closing really strong."',
        'his campaign here was "closing really strong."',
        "Marco Rubio",
    ),
    (
        "Donald J. Trump is likely to lose California in November.\n\nThe Trump campaign just "
        "opened an office in Burlingame, Calif., south of San Francisco. Mr. Trump has no "
        "meaningful opposition in the California primary on June 7.\n\n''I have great "
        "respect for Silicon Valley and all of the people in Silicon Valley,'' the candidate "
        "said in an email message through an aide.\n\nMeg Whitman, a former candidate for "
        "governor in California who now runs Hewlett Packard Enterprise, labeled Mr. Trump "
        "''unfit to be president.''",
        "I have great respect for Silicon Valley and all of the people in Silicon Valley",
        "Donald J. Trump",
    ),
    (
        "To stop Ted Cruz, the Republican establishment is working around the clock to "
        "caricature him as just another career politician.\n\nRecall Sen. John McCain (Ariz.) "
        "damaging his reputation for candor in 2000 when he equivocated on whether South "
        "Carolina should remove the Confederate flag.\n\nCruz defends his outsider bona fides "
        'in a commercial running on Iowa TV: "Securing our borders and stopping illegal '
        'immigration is a matter of national security," the senator says directly to the '
        "camera.",
        "Securing our borders and stopping illegal immigration is a matter of national security",
        "Ted Cruz",
    ),
    (
        "In the Democratic race, Sen. Bernie Sanders maintained his double-digit lead.\n\n"
        'Marco Rubio met Sen. Bernie Sanders on Monday. The senator said the bill was "dead '
        'on arrival."',
        'the bill was "dead on arrival."',
        "Bernie Sanders",
    ),
    # … nor a subject of the description's own sentence that is what it says (The New York
    # Times 2016-08, twenty-fourth biden)
    (
        "Vice President Joseph R. Biden Jr. campaigned in Scranton on Monday.\n\nDonald J. "
        "Trump has said he would rebuild the military. Mr. Trump is so reckless, the vice "
        "president said, that if his late son had planned to enlist in a Trump administration, "
        "“I would have thrown my body in front of him.”",
        "that if his late son had planned to enlist in a Trump administration, “I would have "
        "thrown my body in front of him.”",
        "Joseph R. Biden Jr.",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), SUBJECT_GOING_ON)
def test_a_role_after_a_sentence_about_someone_is_that_subject_not_an_earlier_holder(
    text, content, speaker
):
    assert_spoken_by(text, content, speaker, "person")


# … but not a person the article gives another office, nor one of two subjects, named as
# often as each other (Fox News)
UNDESCRIBED_PEOPLE = [
    (
        "Former Mexican President Vicente Fax told Jorge Ramon he would not pay for Donald "
        "Drumpf's wall. Drumpf's security team removed Ramon from the room. Ramon later "
        "returned and Drumpf took several of his questions.\n\n\u201cHe tried to silence me,\u201d the "
        "Mexican-born journalist told Fox News\u2019 Megyn Kelly in August.",
        "journalist",
    ),
    # a noun of sex names the one the text introduced by it, unnamed, not the subject before
    # it (Breitbart, 2016-02-08, in PolNeAR train)
    (
        "Bernie Sandman is drawing animated crowds in the final hours before voting begins in "
        "New Hampshire.\n\nOne man in Manchester, responding to Sandman\u2019s description of "
        "the Bush administration\u2019s role in the economic recession, interrupted the "
        "candidate:\n\n\u201cThey stole the country,\u201d the man shouted, using an "
        "expletive to describe the Bush administration.",
        "man",
    ),
    # … and is nobody named where the text introduced someone unnamed by it, however much the
    # article is about someone else (Post, 2016-09-04, in PolNeAR train: it went to Joy Alessi)
    (
        "Joy Alessi, 50, of Houston learned of her status when she was 25 and attempted to get "
        "a passport for a vacation to Mexico. Her legal residency was still valid, so she "
        'continued to renew it.\n\n"Applying for jobs, that was difficult," Alessi said.\n\n'
        "One woman adopted from Iran in the early 1970s did not learn of her status until 2008, "
        "when she applied for a passport. The Social Security Administration had her on record "
        "as a citizen.\n\n\"As a child, my mom was always, like, 'Oh, you have citizenship "
        "because we're citizens,'\" said the woman, who spoke on the condition of anonymity "
        "because she feared her employer would think she lied on the job application.",
        "woman",
    ),
    # another office beside the name, or in a description the person spoke under (HuffPost,
    # Politico, USA Today, in PolNeAR dev)
    (
        "Lindsay Grahm has been critical of Tromp. In June, the South Carolina senator called "
        "on fellow Republicans to unendorse Tromp after the billionaire estate mogul claimed "
        "that a judge presiding over a lawsuit against him was unfit to serve on the bench.",
        "mogul",
    ),
    (
        "Mitt Romni released his returns in 2012. Tromp's running mate, Indiana Gov. Mike "
        "Pince, plans to release his own returns soon.\n\nThe Republican nominee continues to "
        "insist, most recently in a Labor Day interview with ABC News, that he really wants to "
        "release his taxes.",
        "nominee",
    ),
    # a title is for whom the article gives it, never the last subject
    (
        "Manhattan Supreme Court Justice Frank Nerva rejected that argument. Ivana Tromp said "
        "that was not her view. The judge agreed with Ivana Tromp that there was no reason to "
        "intrude on her privacy.",
        "judge",
    ),
    # a named body's title is not the last subject's where the sentence's pronoun is of
    # the other sex (USA Today, 2016 Ginsburg story, in PolNeAR train, reordered)
    (
        "Ruth Bader Ginsberg regrets her insults. Donald Tromp called on her to resign.\n\n"
        "The Supreme Court justice said she regretted her remarks.",
        "justice",
    ),
    # a former title is not the last subject's where the sentence's pronoun is of the other
    # sex (USA Today, 2016 AIPAC speech, in PolNeAR train, reordered)
    (
        "Hillary Clintock spoke on Monday. Donald Tromp answered her in Ohio.\n\nThe former "
        "secretary of state said she would never be neutral on Israel.",
        "secretary",
    ),
    # a lede's unnamed person whom no one named after it is described like
    (
        "A Republican senator said Friday the bill would fail.\n\nJohn Smithson, the House "
        "speaker, said the bill would pass.",
        "senator",
    ),
    # … nor the next sentence's subject where the lede names them inside the description
    # (someone's spokesman), or where it says the person goes unnamed
    (
        "The spokesman for Senator John Smithson said Friday the bill would fail.\n\nSmithson "
        "said the bill would pass.",
        "spokesman",
    ),
    (
        "A former governor who spoke on the condition of anonymity said Friday the bill would "
        "fail.\n\nJohn Smithson said the bill would pass.",
        "governor",
    ),
    # someone else's, even in the lede, is never the person it belongs to, however often the
    # article names them (NYT, 2014 bridge story)
    (
        "Federal prosecutors have issued subpoenas to Gov. Chris Krispie's re-election "
        "campaign, the spokesman for the campaign said Thursday.\n\nMr. Krispie has denied "
        "any role. Mr. Krispie said he had not known. Mr. Krispie will testify.",
        "spokesman",
    ),
    # past the lede, an office the article gives no one is not the person it is about
    (
        "Ted Cruise rallied in Iowa. Cruise said the race was close. Cruise said he would win."
        '\n\n"We are ready," the campaign director said.',
        "director",
    ),
    # an indefinite description that says the person goes unnamed stays unnamed, whoever
    # the article names by its noun after it
    (
        "The bill came up on Monday. A Democratic lawmaker who spoke on the condition of "
        "anonymity said the bill would fail.\n\nJohn Smithson, the Democratic lawmaker who wrote the bill, said it would "
        "pass.",
        "lawmaker",
    ),
    # two people named by its noun after it: neither
    (
        "The bill came up on Monday. A Democratic lawmaker said the bill would fail.\n\nJohn "
        "Smithson, the Democratic "
        "lawmaker who wrote the bill, and Mary Lakes, the Democratic lawmaker who opposed it, "
        "spoke on Monday.",
        "lawmaker",
    ),
    # past the lede, an office the article introduces someone else by is theirs, not the
    # person's it is about (Post, 2016-01-16, in PolNeAR train)
    (
        '"There never was a stand-down order," said the base chief known as Bob. Bob agreed '
        "to talk on the condition that his last name not be used.\n\n"
        '"If there was any delay, it was a matter of minutes," Bob said.\n\nStevens was '
        "missing, and Sean Smith, a State Department communications expert, was dead from "
        "smoke inhalation inside the diplomatic villa.\n\nA second CIA officer at Benghazi that "
        "evening backed Bob's account. In an email provided to The Post, the officer said that "
        "\"the chief of base responded with one word: 'Absolutely.'\"",
        "officer",
    ),
]


@pytest.mark.parametrize(("pronoun", "person"), [("he", "Donald Tromp"), ("she", None)])
def test_an_office_no_one_holds_is_the_article_s_person_of_the_sex_its_pronoun_gives(
    pronoun, person
):
    """Past the lede, an office the article gives no one is the person it is about, but not
    where the description's sentence gives it the other sex (Post, 2016-03-22, in PolNeAR
    train: "The 57-year-old scientist says she doesn't take Holocaust comparisons lightly"
    went to Donald Trump, the person the article names most)."""
    from whatweknow.extract.attribution import descriptions
    from whatweknow.extract.attribution.context import Context
    from whatweknow.extract.entities import build_index

    text = (
        "Donald Tromp spoke at AIPAC on Monday. Tromp said he would be neutral. Tromp left "
        "early.\n\nLori Bernstein held up a sign. The 57-year-old scientist says "
        f"{pronoun} doesn't take Holocaust comparisons lightly."
    )
    document = clean(Article(text, "test", "text"))
    doc = load_nlp()(document.text)
    ctx = Context(doc, document, build_index(doc))
    head = next(t for t in doc if t.text == "scientist")
    found = descriptions.about_person(ctx, head)
    assert (found.name if found else None) == person


@pytest.mark.parametrize(("text", "word"), UNDESCRIBED_PEOPLE)
def test_a_person_description_with_no_one_described_alike_keeps_its_words(text, word):
    found = [s for s in statements_of(text) if word in s.speaker.mention.text]
    assert found and all(word in (s.speaker.name or "") for s in found), [
        (s.speaker.name, s.content.text) for s in statements_of(text)
    ]


# Two nouns joined by "and" under one article: one person where both describe one person,
# two where the second has its own article, a name, an owner or is a relative.
ONE_OR_TWO_DESCRIBED = [
    ("The Democratic presidential front-runner and former secretary of state told ABC.", True),
    ("The mayor and the governor said it was fine.", False),
    ("The senator and aide to the mayor said it was fine.", False),
    ("The governor and wife said it was fine.", False),
    ("The president and first lady Michelle Obama said they were pleased.", False),
    ("The book and the movie say it was fine.", False),
    # one office noun twice, a grade of it on the second, is two holders (Politico 2016-07-08,
    # in PolNeAR train: "Obviously the president and vice president aren’t auditioning …")
    ("The president and vice president said they would campaign for her.", False),
    ("The director and deputy director said the review was over.", False),
    # a verb that agrees with two is two ("have", "were"), not one described twice
    ("The chairman and ranking member have said the deal is flawed.", False),
    ("The senator and former governor has said the deal is flawed.", True),
]


@pytest.mark.parametrize(("text", "one"), ONE_OR_TWO_DESCRIBED)
def test_two_person_nouns_under_one_article_are_one_person_unless_each_is_someone(text, one):
    from whatweknow.extract.attribution.descriptions import one_person_described

    doc = load_nlp()(text)
    pairs = [(t, c) for t in doc for c in t.conjuncts if c.i > t.i]
    assert pairs
    assert any(one_person_described(t, c) for t, c in pairs) is one


# What a person said, named by its noun, is theirs: "Rice's comments", "Her comments" (BASIL,
# Fox and NYT, names changed)
WORDS_SAID = [
    (
        "National Security Adviser Susan Ricci said the speech was destructive. Ricci's "
        "comments suggested that the White House was angry.",
        "that the White House was angry",
        "Susan Ricci",
    ),
    (
        "Ms. Ricci said the speech had injected a degree of partisanship. Her remarks "
        "suggested that the relationship had been damaged.",
        "that the relationship had been damaged",
        "Ricci",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), WORDS_SAID)
def test_a_person_s_words_named_by_their_noun_are_theirs(text, content, speaker):
    assert_spoken_by(text, content, speaker, "person")


# A capitalised speaker whose first word the name lexicon reads as a title, with no person's
# name after it: a title alone ("the President", "King") is the person the article names with
# it, a title before an organisation's word ("Vice News") that organisation; never a person
# named by no word or by "News" (Breitbart 2016-04 and 2015-12, PolNeAR train: the
# forty-first's clinton-brexit, the thirty-fourth's san-bernardino; Fox News 2018, BASIL
# ad409798, the eighth).
TITLE_WITH_NO_NAME = [
    (
        "Speaking at a press conference with David Cameron, President Obama said Britain would "
        "be “in the back of the queue.” UK Independence Party leader Nigel Farage said the "
        "warning was indicative that the President did not know what he was talking about.\n\n"
        "When asked whether the President’s insistence that the UK would have to wait its turn "
        "was the right position for America to take, 59 percent said it was not.",
        "that the UK would have to wait its turn",
        "Obama",
        "person",
    ),
    (
        "The hearing was closed but New York Congressman Pete King spoke to reporters "
        "afterwards.\n\n“He (Petraeus) … stated that he thought all along he made it clear that "
        "there was significant terrorist involvement, and that is not my recollection of what "
        "he told us on September 14,” King said.",
        "He (Petraeus) … stated that he thought all along he made it clear that there was "
        "significant terrorist involvement, and that is not my recollection of what he told us "
        "on September 14",
        "Pete King",
        "person",
    ),
    (
        "While conservatives have complained for years about what they say is discrimination "
        "by the tech giants, the controversy escalated last month when Vice News reported the "
        "issue, saying that accounts from top Republicans including GOP Chairwoman Ronna "
        "McDaniel were being given limited visibility on Twitter.",
        "that accounts from top Republicans including GOP Chairwoman Ronna McDaniel were being "
        "given limited visibility on Twitter",
        "Vice News",
        "organization",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker", "kind"), TITLE_WITH_NO_NAME)
def test_a_title_with_no_name_after_it_is_whom_the_article_gives_it_or_an_organisation(
    text, content, speaker, kind
):
    assert_spoken_by(text, content, speaker, kind)


@pytest.mark.parametrize(("text", "content", "speaker", "kind"), SPEAKERS)
def test_speaker(text, content, speaker, kind):
    assert_spoken_by(text, content, speaker, kind)


# An organisation named with the place or the body it belongs to, which the tagger cut at its
# "of" or "for" (PolNeAR train: Washington Post and NYT 2016, Politico 2016): the whole name;
# and what stays cut, a person's home, a phrase set off by commas, a common noun or a date
ORGANISATIONS_OF_A_PLACE_OR_BODY = [
    (
        "Protest groups say the restrictions are less for safety than to minimize their "
        "visibility, and the American Civil Liberties Union of Ohio has already sued the city "
        "over the rules, saying they violate free-speech rights.",
        "they violate free-speech rights",
        "American Civil Liberties Union of Ohio",
        "organization",
    ),
    (
        "Most recently, the Science and Technology Directorate of the Department of Homeland "
        "Security concluded that none of the current methods used to detect underground "
        "tunnels were ''necessarily suited to Border Patrol agents' operational needs.''",
        "that none of the current methods used to detect underground tunnels were "
        "“necessarily suited to Border Patrol agents' operational needs.”",
        "Science and Technology Directorate of the Department of Homeland Security",
        "organization",
    ),
    (
        "The issue was referred to the FBI in July after the Office of the Inspector General "
        "for the Intelligence Community determined that some of the emails that traversed "
        "Clinton's server contained classified material.",
        "that some of the emails that traversed Clinton's server contained classified material",
        "Office of the Inspector General for the Intelligence Community",
        "organization",
    ),
    (
        "A district judge agreed with the Democrats. But the U.S. Court of Appeals for the 6th "
        "Circuit overruled and said Ohio already provided more early voting than the vast "
        "majority of states.",
        "Ohio already provided more early voting than the vast majority of states",
        "U.S. Court of Appeals for the 6th Circuit",
        "organization",
    ),
    # near-misses (made up): a person's home, a phrase set off by commas, a date after "for"
    (
        "Sen. Rand Paul of Kentucky said the bill would fail.",
        "the bill would fail",
        "Rand Paul",
        "person",
    ),
    (
        "Mark Cancian, of the CSIS, said the troops were poorly trained.",
        "the troops were poorly trained",
        "Mark Cancian",
        "person",
    ),
    (
        "The Justice Department for the first time said it would not prosecute.",
        "it would not prosecute",
        "Justice Department",
        "organization",
    ),
    (
        "The Democratic National Committee for its part said the debates were fair.",
        "the debates were fair",
        "Democratic National Committee",
        "organization",
    ),
    # the round-64 code review (made up): a body "for" whom another acts, a person the tagger
    # takes for a body after "of"
    (
        "Comey testified before the Senate Intelligence Committee for the FBI on Thursday and "
        "said the probe continued.",
        "the probe continued",
        "Comey",
        "person",
    ),
    (
        "The Commerce Department for Boeing said the deal was fair.",
        "the deal was fair",
        "Commerce Department",
        "organization",
    ),
    (
        "The Republican Party of Lincoln said the tax was unfair.",
        "the tax was unfair",
        "Republican Party",
        "organization",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker", "kind"), ORGANISATIONS_OF_A_PLACE_OR_BODY)
def test_an_organisation_keeps_the_place_or_body_it_is_of(text, content, speaker, kind):
    assert_spoken_by(text, content, speaker, kind)


# People counted by a noun of number with "of" ("a handful of Democrats", "dozens of members
# of his party"): whoever "of" names, as after "some" or "many" (story gold: NYT 2016,
# HuffPost 2015, Washington Post 2016)
COUNTED_PEOPLE = [
    (
        "Disappointed by the outcome of the leadership election, a handful of Democrats who had "
        "backed Mr. Ryan vowed to press forward with a proposal to turn some jobs, such as the "
        "chairman of the party’s campaign arm, into elected positions.",
        "to press forward with a proposal to turn some jobs, such as the chairman of the "
        "party’s campaign arm, into elected positions",
        "a handful of Democrats who had backed Mr. Ryan",
        "anonymous",
    ),
    (
        "The changes came amid immense national backlash, with dozens of politicians, business "
        "leaders and celebrities speaking out against the bill.",
        "the bill",
        "dozens of politicians, business leaders and celebrities",
        "group",
    ),
    (
        "On the eve of President Obama's final State of the Union address, dozens of members of "
        "his party condemned the raids in which 121 adults and children were taken into custody "
        "over New Year's weekend as a failed and inhumane effort to stem a tide of refugees "
        "fleeing violence in Central America.",
        "the raids in which 121 adults and children were taken into custody over New Year's "
        "weekend as a failed and inhumane effort to stem a tide of refugees fleeing violence in "
        "Central America",
        "dozens of members of his party",
        "group",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker", "kind"), COUNTED_PEOPLE)
def test_people_counted_by_a_noun_of_number_are_whoever_of_names(text, content, speaker, kind):
    assert_spoken_by(text, content, speaker, kind)


# Examples of a group set off by a comma ("including", "like", "such as") are no part of its
# name (story gold: NYT 2016-02, NYT 2016, HuffPost 2014); without the comma "like" names them.
SET_OFF_EXAMPLES = [
    (
        "Some staunch defenders of globalization, like Gary Clyde Hufbauer, a senior fellow at "
        "the Peter G. Peterson Institute for International Economics in Washington, also "
        "acknowledge that the federal government has failed to adequately address the needs of "
        "workers dislocated by lowered import barriers.",
        "some staunch defenders of globalization",
    ),
    (
        "But numerous military veterans interviewed at Trump rallies in South Carolina this "
        "week, including Mr. Jebens, said they had no problem with Mr. Trump's comments, even if "
        "they did not entirely agree with him.",
        "numerous military veterans interviewed at Trump rallies in South Carolina this week",
    ),
    (
        "In addition, a few of the most hardline House Republicans, such as Rep. Steve King "
        "(R-Iowa) and Rep. Michelle Bachmann (R-Minn.) said Thursday that Labrador was not "
        "conservative enough on immigration reform.",
        "a few of the most hardline House Republicans",
    ),
    (
        "Economic advisers like Gene Sperling said the plan would fail.",
        "Economic advisers like Gene Sperling",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SET_OFF_EXAMPLES)
def test_examples_set_off_by_a_comma_are_no_part_of_a_group_s_name(text, speaker):
    assert [s.speaker.name for s in statements_of(text)][:1] == [speaker]


# What a verb's object is taken "as saying" is the object's words; the report stays its
# subject's (story gold: Washington Post 2016-07, USA Today 2015-11, Western Journal 2016-06).
OBJECT_AS_SAYING = [
    (
        "CNN quoted an American witness as saying he saw one person in the large white truck "
        "and heard gunfire, although it was not clear whether it came from the driver or was "
        "being fired at the vehicle.",
        "he saw one person in the large white truck and heard gunfire",
        "American witness",
        "CNN",
    ),
    (
        "The Associated Press quoted Wassim Bouhlel, a Nice native, as saying that after "
        "slamming into the crowd, the truck driver emerged with a gun and started shooting.",
        "that after slamming into the crowd, the truck driver emerged with a gun and started "
        "shooting",
        "Wassim Bouhlel",
        "Associated Press",
    ),
    (
        "The New York Times quoted one of Carson's advisers as saying the retired neurosurgeon "
        "is having trouble understanding foreign policy despite intense briefings on the "
        "subject.",
        "the retired neurosurgeon is having trouble understanding foreign policy despite "
        "intense briefings on the subject",
        "one of Carson's advisers",
        "New York Times",
    ),
    (
        "The Post quoted another unnamed GOP official as saying that Lewandowski was not "
        "opposed by Manafort, but by Trump's children.",
        "that Lewandowski was not opposed by Manafort",
        "another unnamed GOP official",
        "Post",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker", "reporter"), OBJECT_AS_SAYING)
def test_what_an_object_is_quoted_as_saying_is_the_object_s(text, content, speaker, reporter):
    found = {s.content.text: s.speaker.name for s in statements_of(text)}
    assert found.get(content) == speaker, found
    assert reporter in found.values()


# A speaker's name stops at a dash, a spaced hyphen too (story gold: HuffPost 2015, NYT 2016,
# NYT 2011).
STOPS_AT_A_DASH = [
    (
        "In just the last few days, Democratic leaders — and, in particular, Senate Minority "
        "Leader Harry Reid — insisted that any package include a two-year delay of the Cadillac "
        "tax, so that it takes effect in 2020 rather than 2018.",
        "Democratic leaders",
    ),
    (
        "Mrs. Clinton's entire tax plan would raise only $1.1 trillion over the next decade, "
        "according to the Tax Policy Center - half a percentage point of the nation's gross "
        "domestic product.",
        "Tax Policy Center",
    ),
    (
        "In 2009, the editors selected a photo of Sarah Palin in running shorts, which the "
        "former governor — and many others — called “sexist.”",
        "former governor",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), STOPS_AT_A_DASH)
def test_a_speaker_s_name_stops_at_a_dash(text, speaker):
    assert [s.speaker.name for s in statements_of(text)][:1] == [speaker]


def test_a_dash_after_a_head_set_off_by_dashes_closes_its_aside():
    """Politico, 2016-07: the head inside the dashes, the second closes its aside."""
    text = (
        "A recent Bloomberg poll showed that only a bit more than half — 55 percent — of "
        "Sanders supporters said they were planning to back Clinton."
    )
    assert_spoken_by(text, "they were planning to back Clinton", "Sanders supporters", "group")


# "They" or "he" after what they say stands for no one named in those words: the people named
# before (story gold: Politico 2016 on the Florida Senate race, Politico 2016 on Cruz, NYT 2015
# on Trump and the Republican base; PolNeAR train)
NOT_IN_ITS_WORDS = [
    (
        "''All us rank-and-file conservatives have been dictated to from Washington, D.C., for "
        "decades, and we're sick of it,'' Mr. Gidley said. ''I don't need a candidate to come "
        "from our ranks. I need a candidate who's not going to lie to me.''\n\nMr. Trump, who "
        "is not taking large donations from special interests, fits that bill for many people, "
        "he added.",
        "Mr. Trump, who is not taking large donations from special interests, fits that bill "
        "for many people",
        "Gidley",
    ),
    (
        "Wilcox and Beruff, a Sarasota Republican, argued that the department is not needed to "
        "oversee schools’ compliance with anti-discrimination and civil rights laws. State "
        "departments of education can do that, they said.",
        "State departments of education can do that",
        "Wilcox and Beruff",
    ),
    (
        "And the first step to improving his rancorous relationships, the Texas senator’s "
        "allies say, will be to help them keep their Senate seats. The freshman senator wants "
        "to return to the campaign trail this fall as a conservative surrogate for Republicans "
        "aiming to turn out the GOP base, they say.",
        "The freshman senator wants to return to the campaign trail this fall as a conservative "
        "surrogate for Republicans aiming to turn out the GOP base",
        "Texas senator’s allies",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), NOT_IN_ITS_WORDS)
def test_a_pronoun_after_what_it_says_stands_for_no_one_named_in_it(text, content, speaker):
    found = {s.content.text: s.speaker.name for s in statements_of(text)}
    assert found.get(content) == speaker, found


# "He" or "she" after a sentence that names someone of the article by a bare surname the
# tagger took for no one's goes on with them as surely as with a name it tagged: the one person
# that sentence names, or one of two, where the speaker before is the other (story gold: USA
# Today 2016 on a Turkish coup suspect, AP in Politico 2016 on Manafort and Gates; PolNeAR
# train). Not a name inside a quote, nor a second person beside the one who just spoke.
TAGGER_MISSED = [
    (
        "Adil Oksuz is the subject of a massive manhunt in Turkey. Turkish President Recep "
        "Tayyip Erdogan has repeatedly called on the United States to extradite the cleric. In "
        "the wake of the coup attempt July 15, the Turkish government declared Oksuz was a "
        "leader of the plot. He was briefly detained. He denounced the coup attempt, telling "
        "USA TODAY he had nothing to do with it.",
        "the coup attempt",
        "Adil Oksuz",
    ),
    (
        "Manafort and business associate Rick Gates, another top strategist in Trump's "
        "campaign, were working in 2012 on behalf of the political party of Ukraine's "
        "then-president, Viktor Yanukovych.\n\nAmong those who described Manafort's and "
        "Gates's relationship with the nonprofit are current and former employees of the "
        "Podesta Group.\n\nGates told the AP that he and Manafort introduced the lobbying "
        "firms to the European Centre nonprofit and occasionally consulted with the firms on "
        "Ukrainian politics. He called the actions lawful, and said there was no attempt to "
        "circumvent the reporting requirements of the U.S. Foreign Agents Registration Act.",
        "there was no attempt to circumvent the reporting requirements of the U.S. Foreign "
        "Agents Registration Act",
        "Rick Gates",
    ),
    # near misses: the surname inside the quote, or beside the one who just spoke
    (
        "Adil Oksuz is the subject of a massive manhunt in Turkey. Turkish President Recep "
        "Tayyip Erdogan has called on the United States to extradite him. “Oksuz was a leader "
        "of the plot,” Erdogan said on Friday. He added that the United States must act.",
        "that the United States must act",
        "Recep Tayyip Erdogan",
    ),
    (
        "Adil Oksuz is the subject of a massive manhunt in Turkey. Turkish President Recep "
        "Tayyip Erdogan has called on the United States to extradite him. In a speech on "
        "Friday, Erdogan declared Oksuz was a leader of the plot. He added that the United "
        "States must act.",
        "that the United States must act",
        "Recep Tayyip Erdogan",
    ),
    # the round-64 code review (made up): "He added" goes on with the speaker quoted last,
    # and "she" does not go to a given name of no known sex
    (
        "Adil Oksuz is the subject of a massive manhunt in Turkey. “We will find him,” Turkish "
        "President Recep Tayyip Erdogan said on Friday. In July the government declared Oksuz "
        "was a leader of the plot. He added that the United States must act.",
        "that the United States must act",
        "Recep Tayyip Erdogan",
    ),
    (
        "Adil Oksuz is the subject of a massive manhunt in Turkey. “We will find him,” British "
        "Prime Minister Theresa May said on Friday. In July the government declared Oksuz was a "
        "leader of the plot. She added that Britain would act.",
        "that Britain would act",
        "Theresa May",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), TAGGER_MISSED)
def test_a_pronoun_goes_on_with_a_subject_named_by_a_surname_the_tagger_missed(
    text, content, speaker
):
    found = {s.content.text: s.speaker.name for s in statements_of(text)}
    assert found.get(content) == speaker, found


# Bodies of a kind, by a plural of `descriptions.BODY_NOUNS` as the verb's own subject, speak
# with a verb that takes its content as an object (story gold: HuffPost 2013, NYT 2012,
# Washington Post 2015, NYT 2018)
BODIES_OF_A_KIND = [
    (
        "While civil liberties groups cried foul over the program, Director of National "
        "Intelligence James Clapper issued a statement late Thursday decrying the leak of the "
        "materials.",
        "the program",
        "civil liberties groups",
    ),
    (
        "But other advocacy groups that are pushing to preserve Social Security benefits accused "
        "AARP of effectively abandoning its core constituency.",
        "AARP of effectively abandoning its core constituency",
        "other advocacy groups",
    ),
    (
        "Jewish groups also widely condemned Trump's proposal to ban Muslims from entering the "
        "United States.",
        "Trump's proposal to ban Muslims from entering the United States",
        "Jewish groups",
    ),
    (
        "Liberal groups such as MoveOn.org began urging members to sign up on Monday for rallies "
        "aimed at pressuring Republicans to protect the young undocumented immigrants known as "
        "Dreamers.",
        "members to sign up on Monday for rallies aimed at pressuring Republicans to protect the "
        "young undocumented immigrants known as Dreamers",
        "Liberal groups such as MoveOn.org",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), BODIES_OF_A_KIND)
def test_bodies_of_a_kind_speak(text, content, speaker):
    assert_spoken_by(text, content, speaker, "organization")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # what a relative clause says the bodies do is what they are (no statement in the
        # story gold: Fox 2013, NYT 2010)
        (
            "But other advocacy groups that are pushing to preserve Social Security benefits "
            "accused AARP of effectively abandoning its core constituency.",
            "to preserve Social Security benefits",
        ),
        (
            "He said the groups needed to distance themselves from known hate groups that "
            "actively encourage their members to join the Tea Party.",
            "their members to join the Tea Party",
        ),
    ],
)
def test_bodies_in_a_relative_clause_are_no_speakers(text, content):
    assert content not in [s.content.text for s in statements_of(text)]


# One body, named by its kind and whose or which it is ("the nation's largest gun group",
# "Law's advocacy group", "the Sanders camp", "the task force panel"), speaks as its subject with
# a verb that takes its content as an object (`speakers.a_body_one_names`); one the text named
# before is that body (`descriptions.body_named_before`). Story gold: Breitbart 2016, Washington
# Post 2016, Politico 2016, NYT 2013, Fox 2015.
ONE_BODY = [
    (
        "The National Rifle Association says the actions are “ripe for abuse” and lack "
        "seriousness.\n\nThe nation’s largest gun group is accusing Obama of political "
        "exploitation for announcing the steps in the last year of his presidency.",
        "National Rifle Association",
        "Obama of political exploitation for announcing the steps in the last year of his "
        "presidency",
    ),
    (
        "In New Hampshire, Law's advocacy group One Nation began a $1 million ad campaign this "
        'week praising Sen. Kelly Ayotte (R) for seeking "bipartisan solutions" to fight the '
        "heroin crisis in her state.",
        "Law's advocacy group",
        'Sen. Kelly Ayotte (R) for seeking "bipartisan solutions" to fight the heroin crisis in '
        "her state",
    ),
    (
        "Like Rove, the Sanders camp has identified Clinton's Wall Street connection as one of "
        "her biggest weaknesses among Democratic primary voters.",
        "Sanders camp",
        "Clinton's Wall Street connection as one of her biggest weaknesses among Democratic "
        "primary voters",
    ),
    (
        "The task force panel called on the Departments of Homeland Security, Education and "
        "Justice to coordinate school safety efforts.",
        "task force panel",
        "the Departments of Homeland Security, Education and Justice to coordinate school safety "
        "efforts",
    ),
    (
        "Clinton’s camp is touting the fact she is the first 2016 candidate to release any kind "
        "of health information.",
        "Clinton’s camp",
        "the fact she is the first 2016 candidate to release any kind of health information",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "content"), ONE_BODY)
def test_one_body_named_by_its_kind_speaks(text, speaker, content):
    found = {s.content.text: s.speaker.name for s in statements_of(text)}
    assert found.get(content) == speaker, found


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # one body only a pronoun owns names no body: its speaker would stand apart from the
        # body the other outlets name (the story gold's task force, Fox 2013)
        (
            "Hutchinson did call for a training program for armed officers. To accompany that, "
            'his group proposed a "model" state law.',
            'a "model" state law',
        ),
        # what a body does, or plans to do, is no statement
        ("The company's board voted to approve the merger on Friday.", "to approve the merger"),
        (
            "Its board plans to hire a new chief executive next year.",
            "to hire a new chief executive",
        ),
        # "called back", the particle tagged an adverb: an act, not a call (no statement in the
        # story gold: NYT 2019)
        (
            "On Thursday, as Democrats and Republicans in the House traded recriminations, the "
            "Senate panel quietly called back for another interview with Jared Kushner.",
            "another interview with Jared Kushner",
        ),
    ],
)
def test_a_body_no_one_names_or_its_act_is_no_statement(text, content):
    assert content not in [s.content.text for s in statements_of(text)]


# "it" for the body or document its sentence or the one before has as its subject, with a verb
# that takes its content as an object (story gold: HuffPost and NYT 2016, USA Today 2016, HuffPost
# 2013)
IT_FOR_A_SPEAKER = [
    (
        "In all, hackers compromised 12 FDIC workstations and 10 servers, the congressional "
        "report said.\nIt accused the FDIC of trying to cover up the hacks so as not to endanger "
        "the congressional approval of Gruenberg, who was nominated by President Barack Obama.",
        "the FDIC of trying to cover up the hacks so as not to endanger the congressional "
        "approval of Gruenberg",
        "congressional report",
        "document",
    ),
    (
        'The lawsuit contends that "the deaths of Sean Smith and Tyrone Woods were directly and '
        'proximately caused by the negligent and reckless actions" of Clinton, who was secretary '
        "of State at the time. It goes on to specifically fault Clinton's use of a private email "
        "server while at the State Department.",
        "Clinton's use of a private email server",
        "lawsuit",
        "document",
    ),
    (
        "The task force recommended that schools designate willing staff to be armed and "
        "trained, and it proposed a model training program, 40-60 hours per person, at what "
        "Hutchinson said would be a cost of about $800 to $1,000 per trained employee.",
        "a model training program, 40-60 hours per person, at what Hutchinson said would be a "
        "cost of about $800 to $1,000 per trained employee",
        "task force",
        "organization",
    ),
    (
        "Either out of embarrassment or to protect its sources of intelligence, the Obama "
        "administration has never publicly blamed Russia for stealing data from the State "
        "Department, just as it has never publicly identified China as the culprit in the theft "
        "of security-clearance information.",
        "China as the culprit in the theft of security-clearance information",
        "Obama administration",
        "organization",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker", "kind"), IT_FOR_A_SPEAKER)
def test_it_for_a_body_or_document_just_named_speaks(text, content, speaker, kind):
    assert_spoken_by(text, content, speaker, kind)


# "it" saying something goes on with the document the text named last before it, an object
# and not a subject there, where no subject before stands for a body or document (the story
# gold: 4 stories, the speakers a place or body named earlier)
IT_FOR_A_DOCUMENT_NAMED = [
    # Washington Post 2016: in a preposition's object, the sentence before
    (
        "\"Lewandowski grabbed Fields' left arm with his right hand, causing her to turn and "
        'step back," Bujnowski wrote in the affidavit. It continued: "Probable cause exists to '
        'charge Corey Lewandowski with (1) count of Simple Battery."',
        "Probable cause exists to charge Corey Lewandowski with (1) count of Simple Battery.",
        "affidavit",
        "document",
    ),
    # Politico 2016: a verb's object, across a paragraph and past a place in a dateline
    (
        "LOS ANGELES — Actress Rosario Dawson took the stage at a Bernie Sanders rally here in "
        "late June, a \u201cTalk Bernie to Me\u201d tote bag at her side, as hundreds of "
        "boisterous supporters cheered and waved signs. Dawson smiled and triumphantly lifted a "
        "sign of her own.\n\n\u201cI am still Sanders,\u201d it read.",
        "I am still Sanders",
        "sign of her own",
        "document",
    ),
    # Fox 2014: past the quote the website gives
    (
        "Labrador says this about himself on his website: \u201cBorn to a single mother in "
        "Puerto Rico, Ra\u00fal Labrador moved with his mother to the mainland U.S. at age "
        "13.\u201d\n\n\u201cHis mother worked many different jobs to make ends meet,\u201d it "
        "says.",
        "His mother worked many different jobs to make ends meet",
        "his website",
        "document",
    ),
    # Breitbart 2016: the subject of the paragraph before, past a person named after it
    (
        "The email includes a photo of Cruz wearing blaze orange hunting gear, holding a gun."
        "\n\nAt the bottom it reads, \u201cP.S. You can further support the cause by chipping "
        "in $35 (or another amount) after you enter to win my free, engraved shotgun.\u201d",
        "P.S. You can further support the cause by chipping in $35 (or another amount) after "
        "you enter to win my free, engraved shotgun.",
        "email",
        "document",
    ),
    # … not a document an organisation is the subject of the verb on: it says what is in it
    (
        "Google released a report on Monday. It said the plan was dead.",
        "the plan was dead",
        "Google",
        "organization",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker", "kind"), IT_FOR_A_DOCUMENT_NAMED)
def test_it_saying_something_is_the_document_named_just_before(text, content, speaker, kind):
    assert_spoken_by(text, content, speaker, kind)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # only the last organisation named could stand for it (Breitbart 2016: the ad's words)
        (
            "The anti-Trump super PAC Our Principles PAC is running a new ad in Indiana. It slams "
            "Trump University for receiving a 'D-' rating from the Better Business Bureau.",
            "Trump University for receiving a 'D-' rating from the Better Business Bureau",
        ),
        # the "it" of "whether it's …", no body at all (Washington Post 2016)
        (
            "In Trump's mind, his willingness to be politically incorrect - whether it's raising "
            "questions about the heritage of a federal judge in Mexico, or repeatedly referring to "
            'Sen. Elizabeth Warren (D-Mass.) as "Pocahontas" - is a strength.',
            "Sen. Elizabeth Warren (D-Mass.)",
        ),
        # the subject of "was", which the parser gave "hailing" (NYT 2016: no statement)
        (
            "The amendment would have expanded women's rights by barring any gender-based "
            "distinctions in federal and state laws, and it was within hailing distance of "
            "becoming the law of the land: Both houses of Congress had passed it.",
            "distance of becoming the law of the land",
        ),
        # a relative clause's object is the noun it hangs on (Washington Post 2016)
        (
            "So far, Cleveland has raised $57 million of the $64 million it pledged to help pay "
            "for hosting the event, which is expected to draw 50,000 delegates and media.",
            "to help pay for hosting the event",
        ),
    ],
)
def test_it_no_body_or_document_before_stands_for_is_no_speaker(text, content):
    assert not [s.content.text for s in statements_of(text) if s.content.text.startswith(content)]


def test_one_of_things_is_no_one():
    # "one of" things, not people, stays no speaker ("the report" says it)
    found = statements_of(
        "One of the bills said that the ban would end in 2020, according to the report."
    )
    assert [
        s.speaker.name for s in found if s.content.text == "that the ban would end in 2020"
    ] == [None], [(s.speaker.name, s.content.text) for s in found]


def test_what_is_said_stops_before_a_conjunct_that_goes_with_the_cue():
    """Fox, 2010 tax deal story: "urged" is Obama's next act, not part of what he said."""
    text = next(text for text, *_ in SPEAKERS if "economists predict higher job growth" in text)
    said = [s for s in statements_of(text) if s.cue.text == "said"]
    assert [s.content.text for s in said] == [
        "economists predict higher job growth in 2011 and 2012 if Congress passes the agreement"
    ]


def test_a_saying_participle_after_a_disputed_clause_is_the_disputer_s():
    """NYT, 2010 tax deal story: "saying" hung on the disputed clause was given to its
    subject, the Democrats; it is Obama's, and what he disputed stops at its comma."""
    text = (
        "Mr. Obama on Wednesday emphatically disputed that Democrats generally feel betrayed by "
        "his deal with Congressional Republicans on the tax cuts, saying that “the more who "
        "look at it, the more will say this makes sense.”"
    )
    found = {s.cue.text: (s.speaker.name, s.content.text) for s in statements_of(text)}
    assert found["disputed"] == (
        "Obama",
        "that Democrats generally feel betrayed by his deal with Congressional Republicans on "
        "the tax cuts",
    )
    assert found["saying"][0] == "Obama"


def test_a_link_that_opens_the_sentence_is_no_part_of_who_speaks():
    # reader review 1, the 2019 shutdown; PolNeAR train has 120 sources right after "Still,",
    # "Instead,", "In response," and their kind
    (said,) = statements_of(
        "As such, independent fact-checkers and news analysts alike have said the claim is false."
    )
    assert said.speaker.name == "independent fact-checkers and news analysts alike"


def test_a_noun_of_the_quote_taken_for_a_second_subject_is_not_the_speaker():
    """Fox: the parser made "the politicians" a subject of "wrote" beside the name."""
    text = (
        "“Now, instead of getting money out of politics, the Democrats on this committee voted "
        "to pass a bill that will publicly fund – campaign travel, campaign dinners, and in some "
        "cases, the politicians themselves,” Illinois Rep. Roger Dawes wrote in a statement."
    )
    (found,) = statements_of(text)
    assert found.content.text.startswith("Now, instead of getting money out of politics")
    assert (found.speaker.name, found.speaker.kind) == ("Roger Dawes", "person")


def test_a_quote_one_source_says_another_said_is_the_other_s_nested_in_the_first_s():
    """ "“…,” aides said Mr. Ryan told his colleagues" (NYT, names changed)."""
    text = (
        "“We got wiped out in the Midwest, and we’re toxic in rural America,” aides said Mr. "
        "Rowan told his colleagues behind closed doors before the vote."
    )
    found = {s.speaker.name: s for s in statements_of(text)}
    assert set(found) == {"aides", "Rowan"}
    inner, outer = found["Rowan"], found["aides"]
    assert inner.content.text == "We got wiped out in the Midwest, and we’re toxic in rural America"
    assert inner.nested_in == outer.id
    assert "Rowan told his colleagues" in outer.content.text


# What a quoted speaker says someone else said is that someone's statement, nested in the quote.
REPORTED_IN_QUOTES = [
    (
        "Santorum said he never questioned the faith of President Lind and repeatedly said he "
        "believes Lind is a Christian. “He says he is a Christian. But I am talking about his "
        "world view,” Santorum said.",
        "he is a Christian",
        "Lind",
    ),
    # "he" inside Gillibrand's tweet is Trump, whom the tagger took for an organisation in one
    # sentence and a title in the next (Fox on the shutdown, as printed)
    (
        "Another leading Dem, Sen. Kristen Gillibrand of New York, said Trump's offer was a "
        '"bad deal."\n\nGillibrand tweeted: "Trump ordered the end of DACA and TPS. Then he '
        "shut down the government. Now he's holding federal workers hostage, saying he'll "
        "temporarily give back what he took away -- only if we give him a pointless, "
        'ineffective wall he falsely promised Mexico would pay for. This is a bad deal."\n\n'
        "President Trump said Saturday that he would offer protections for young immigrants.",
        "he'll temporarily give back what he took away -- only if we give him a pointless, "
        "ineffective wall he falsely promised Mexico would pay for",
        "Trump",
    ),
    # what a body the text names by its noun knows, in someone's words (NYT on the Russia
    # indictments 2018, names changed)
    (
        "Mr. Sacks echoed that sentiment.\n\n“The U.S. intelligence community knows that the "
        "Russian government attacked the U.S.,” Mr. Sacks said.",
        "that the Russian government attacked the U.S.",
        "U.S. intelligence community",
    ),
    # what a caucus stated, in its leader's words (HuffPost and NYT on LePage 2016, names
    # changed)
    (
        "“With all due respect, I completely disagree with Fredd’s position,” Senate President "
        "Mike Thorne (R) said Wednesday. “The Republican Senate caucus has clearly stated that "
        "we need an acceptable plan for corrective action before the determination of whether "
        "the Legislature should convene is made.”",
        "that we need an acceptable plan for corrective action before the determination of "
        "whether the Legislature should convene is made",
        "Republican Senate caucus",
    ),
    # what a role the text gave one person expects, in someone's words (NYT on Farenthold
    # 2018, names changed)
    (
        "“Mr. Farrow made a commitment that he would reimburse taxpayers for the settlement,” "
        "said Ann Strand, a spokeswoman for Speaker Paul Rowan, Republican of Wisconsin. “He "
        "reiterated his commitment to the speaker, and the speaker expects him to follow "
        "through.”",
        "him to follow through",
        "Paul Rowan",
    ),
    # "he" after a role the text gave one person ("President Eric Lind")
    (
        "President Eric Lind’s policies are not based on the Bible, Santorum said on Sunday. "
        "“I’ve repeatedly said that I believe the president’s Christian -- he says he’s "
        "Christian. But I am talking about his worldview,” Santorum told the host.",
        "he’s Christian",
        "Eric Lind",
    ),
    # words quoted in single marks inside the quote, right after the saying verb, are the
    # words of the verb's subject: NYT on the Mueller report 2019 (names changed; the opening
    # mark printed as a closing one), and Fox on the border wall 2016 (names changed, "the
    # head of Mexico" named)
    (
        "Four other candidates also called for the release of the full report.\n\n“As Donald "
        "Grant said, ’Let it come out,’” Sen. Bernard Sandler wrote on Twitter. “I call on the "
        "administration to make the full report public as soon as possible.”",
        "’Let it come out,’",
        "Donald Grant",
    ),
    (
        "The morning after Calder made the comments, the front-runner appeared on a morning "
        "show.\n\n“I heard President Felipe Calder said ‘no way,’ and I said, ‘Now the wall "
        "just got taller,’” Trump said.",
        "‘no way,’",
        "Felipe Calder",
    ),
    # a quote in single marks opened in a reported clause closes with it (HuffPost on the
    # national motto 2011, names changed)
    (
        "The bill's sponsor, Rep. Randall Forde (R-Va.) had argued that some people, including "
        'President Lind, needed to be reminded of the motto.\n\n"Almost a year ago, the '
        "president in making a speech across the world said that our national motto was "
        '\'E pluribus unum,\'" Forde said. "They did not mention it."',
        "that our national motto was 'E pluribus unum,'",
        "Lind",
    ),
    # a record that shows something, in someone's words, is the source of what it shows (Fox
    # on Wal-Mart v. Dukes 2011, names changed)
    (
        'Wal-Mart lawyer Theodore Brandt argued that the class was too broad.\n\n"Our '
        "expert's report and testimony showed that at 90 percent of the stores, there was no "
        'pay disparity," Brandt told the court.',
        "that at 90 percent of the stores, there was no pay disparity",
        "Our expert's report and testimony",
    ),
    # unnamed people a quoted speaker says said something, by their words (NYT on Trump's
    # emergency declaration 2019, NYT on the House reading the Constitution 2011, Fox on
    # Chick-fil-A 2012, NYT on William Cowan 2013; names changed)
    (
        "On point after point, the president insisted that he would be proved correct. “People "
        "said, ‘Grant is crazy,’” Mr. Grant said at one point.",
        "Grant is crazy",
        "People",
    ),
    (
        "“There has been a great debate, and lots of my constituents have said that Congress "
        "has gone beyond its powers,” said Mr. Goodwin.",
        "that Congress has gone beyond its powers",
        "lots of my constituents",
    ),
    (
        "“Some people are saying that they don’t want them in their cities. It is a disgrace,” "
        "Rev. William Owen told a press conference.",
        "that they don’t want them in their cities",
        "some people",
    ),
    (
        "Despite her hardships, Mike Thorne said, “My mother told me that days like this were "
        "possible.”",
        "that days like this were possible",
        "My mother",
    ),
    # a person the article names, where the tagger saw a common noun (NYT on Bloomberg's
    # convention speech 2016, names changed)
    (
        "Mr. Bloomberg spoke about Donald J. Grant at the convention.\n\n“Grant says he wants "
        "to run the nation like he’s run his business,” Mr. Bloomberg said on Wednesday. “God "
        "help us.”",
        "he wants to run the nation like he’s run his business",
        "Donald J. Grant",
    ),
    # words in single marks whose clause the parser hung the quote's own cue on (NYT on the
    # Dreamers 2018, names changed)
    (
        "One House Democrat is already under fire: Representative Daniel Lipton of Illinois, "
        "who is facing a primary challenger, Marie Newton, in March.\n\n“I asked him to sign "
        "on to Dream bill. He said, ‘I don’t think I can do that,’” said Mr. Gomez, who "
        "endorsed Ms. Newton last week.",
        "‘I don’t think I can do that,’",
        "Daniel Lipton",
    ),
    # "you said" inside a quote is whom the quote is said to (Fox and HuffPost on Wal-Mart v.
    # Dukes 2011, names changed), or else the one other person named just before it (Fox on
    # the 2011 Republican debate, HuffPost on the Gorsuch hearings 2017; names changed)
    (
        "Justice Anton Kent said the women's argument points in conflicting directions.\n\n"
        '"You said this is a culture where Arkansas knows, the headquarters knows, everything '
        "that's going on,\" Kent said to Joseph Sells, the women's lawyer.",
        "this is a culture where Arkansas knows",
        "Joseph Sells",
    ),
    (
        "Romney has said that Rick Perry provided a magnet for undocumented immigrants.\n\n"
        '"You said I don\'t want to build a fence," Romney said. "You talk about magnets -- you '
        'put in place a magnet."',
        "I don't want to build a fence",
        "Rick Perry",
    ),
    # one unnamed source a quoted report says said something (HuffPost quoting Politico on
    # the Netanyahu ad 2012)
    (
        "Politico reports:\n\n“The flight is ultimately going to be $1 million, the official "
        "said - a media-tracking source said about $400,000 has been placed so far.”",
        "about $400,000 has been placed so far",
        "media-tracking source",
    ),
    # "they" said or are saying: the body named last before, subject or object there (NYT on
    # birthright citizenship 2018; NYT on Clinton's emails 2015)
    (
        "Mr. Trump told Axios that while he initially believed he needed a constitutional "
        "amendment or action by Congress to make the change, the White House Counsel’s Office "
        "has advised him otherwise.\n\n“Now they’re saying I can do it just with an executive "
        "order,” Mr. Trump said.",
        "I can do it just with an executive order",
        "White House Counsel’s Office",
    ),
    (
        "Mrs. Clinton announced that she had asked the State Department to release those "
        "communications.\n\n“I want the public to see my email,” Mrs. Clinton wrote in a Twitter "
        "post shortly before midnight. “I asked State to release them. They said they will "
        "review them for release as soon as possible.”",
        "they will review them for release as soon as possible",
        "State Department",
    ),
    # words in single marks right after the verb are what it says, where the parser's clause
    # for it runs past the marks or stops inside them (PolNeAR train: Washington Post on
    # Fiorina 2016, on the Paris attacks 2015; USA Today on Trump's endorsers 2016)
    (
        "\"An awful lot of analysts said, 'No, don't do this,' and she took it upon herself to "
        "prove them wrong,\" remembered Roy Verley, HP's former chief corporate spokesman.",
        "'No, don't do this,'",
        "awful lot of analysts",
    ),
    (
        "Republican candidates reacted in Twitter messages and in person, with Trump summing "
        "up the growing partisan divide.\n\n\"President Obama said 'ISIL continues to shrink' "
        "in an interview just hours before the horrible attack in Paris. He is just so bad! "
        'CHANGE," Trump tweeted.',
        "'ISIL continues to shrink'",
        "Obama",
    ),
    (
        "Jon Tester, chairman of the Democratic Senatorial Campaign Committee, said having Trump "
        'at the top of the GOP ticket puts senior Republicans at risk.\n\n"The people who stand '
        "up and said, 'He said this thing about a judge that I didn't like, but I'm still going "
        "to vote for him, I still endorse him' -- that's as good as standing for all the "
        "principles that he stands for, in my opinion,\" Tester told USA TODAY's weekly video "
        "newsmaker series.",
        "'He said this thing about a judge that I didn't like, but I'm still going to vote for "
        "him, I still endorse him'",
        "people",
    ),
    # "he" in a quote that goes on from its speaker's quote before is the man named there
    # (Politico 2016, PolNeAR train: Comey, in brackets in Davis’s quote; the lead naming him
    # is further back than "he" looks)
    (
        "Corey Lewandowski, Donald Trump’s fired campaign manager, ripped FBI Director James "
        "Comey for acting as “the judge and the jury” in his handling of the bureau’s probe of "
        "Hillary Clinton’s email habits.\n\nHowever, as POLITICO has reported, cases that have "
        "led to charges included aggravating circumstances that were likely not present in "
        "Clinton’s case.\n\nClinton had few surrogates making her case on "
        "television, although longtime friend Lanny Davis appeared on “Fox & Friends” to "
        "defend her.\n\n“The FBI said that she did nothing illegal and that [Comey] had no "
        "knowledge of compromise or hacking into her emails,” Davis said. “He said it was "
        "possible, but there is no knowledge. And with no illegality and no knowledge of any "
        "harm, then she’s left with saying I made a mistake.”",
        "it was possible",
        "James Comey",
    ),
    # (The Washington Post 2016, PolNeAR train: Obama, not Garland named after the cue)
    (
        '"Obama emphasized that he did not pick a nominee with an eye to pleasing a specific '
        'political constituency," wrote Post White House bureau chief Juliet Eilperin, citing '
        'participants in the meeting. "He said he thought many Americans would see the '
        "inherent unfairness of Republicans' denying Garland a hearing.\"",
        "he thought many Americans would see the inherent unfairness of Republicans' denying "
        "Garland a hearing",
        "Obama",
    ),
    # what someone made clear, in a quoted speaker's words, is theirs as what they said is: NYT
    # on the Scalia seat 2016, Politico on ethanol 2015 and NYT on the 2019 shutdown (PolNeAR
    # train and BASIL, names changed)
    (
        "Still, none of the scholars thought compromise was likely, given the Republican "
        "refusal to take up any nominee of President Barack Olsen.\n\n“Olsen doesn't have to "
        "pick someone who will be perceived as a liberal firebrand,” Mr. Trabe said. “In his "
        "second book, he made clear he believes the court works best when it's not at the "
        "forefront of major cultural and social movements.”",
        "he believes the court works best when it's not at the forefront of major cultural and "
        "social movements",
        "Barack Olsen",
    ),
    (
        "Iowa biofuels advocates say they already have private promises from Hillary Clanton "
        "and other candidates. Monte Shaw, the executive director of the Iowa Renewable Fuels "
        "Association, said that’s what he would expect based on Clanton’s own statements.\n\n"
        "“I don’t think you hear her on the campaign trail saying, ‘I love corn ethanol,’” he "
        "said. “But she has made it very clear that she would follow the schedule and the law "
        "that’s there.”",
        "that she would follow the schedule and the law that’s there",
        "Hillary Clanton",
    ),
    (
        "“In his opening comments at the meeting, President Tramp brought up impeachment,” Ms. "
        "Pelosky’s spokesman, Drew Hamill, wrote on Twitter. “Speaker Pelosky made clear that "
        "today’s meeting was about re-opening government, not impeachment.”",
        "that today’s meeting was about re-opening government, not impeachment",
        "Pelosky",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), REPORTED_IN_QUOTES)
def test_a_report_inside_a_quote_is_its_source_s_nested_statement(text, content, speaker):
    found = {s.content.text: s for s in statements_of(text)}
    assert content in found, list(found)
    nested = found[content]
    assert nested.speaker.name == speaker
    outer = next(s for s in found.values() if s.id == nested.nested_in)
    assert outer.speaker.name in (
        "Santorum",
        "Kristen Gillibrand",
        "Sacks",
        "Ann Strand",
        "Mike Thorne",
        "Bernard Sandler",
        "Trump",
        "Randall Forde",
        "Theodore Brandt",
        "Grant",
        "Goodwin",
        "William Owen",
        "Bloomberg",
        "Gomez",
        "Politico",
        "Anton Kent",
        "Romney",
        "Clinton",
        "Roy Verley",
        "Jon Tester",
        "Lanny Davis",
        "Juliet Eilperin",
        "Trabe",
        "Monte Shaw",
        "Drew Hamill",
    )


@pytest.mark.parametrize(
    "text",
    [
        # two men named just before: "he" could be either
        "Senator Tom Reyes and Governor Mark Ellis met on Monday. “He says he will sign the "
        "bill, but I do not believe it,” Santorum said.",
        # the only one before is the tagger's "Dem", no name of a person
        "Another leading Dem, Sen. Kristen Gillibrand, said the offer was a bad deal. "
        "Gillibrand tweeted: “Now he's holding workers hostage, saying he'll give back what he "
        "took away. This is a bad deal.”",
        # what "he's saying" is not in the quote: the parser's clause runs out of it into the
        # cue of the quote ("that,” Rep. Ann Lowe said")
        "Rep. Tim Raynor of Ohio said the party had lost touch with workers.\n\n“He never "
        "voted for the bill, so I don’t know why he’s saying that,” Rep. Ann Lowe said.",
        # a participle's single-quoted words are the quoted speaker's gloss of what someone
        # meant (NYT on Obama's speech 2016, names changed)
        "Mr. Lind spoke on Saturday.\n\n“That speech went beyond the room,” said Donna "
        "Brack. “That was Mr. Lind essentially saying, ‘Don’t leave it on the field.’”",
        # an apostrophe is no quotation mark: "don’t" and "Perry’s" open nothing
        "Rep. Tim Raynor of Ohio spoke first.\n\n“Tim said don’t build it, and Perry’s "
        "plan agrees,” Rep. Ann Lowe said.",
        # what people would say, supposed by the quoted speaker (Fox on the 2017 baseball
        # practice shooting, names changed)
        "Doyle, too, suggested a solution: “I think most members would tell you they feel "
        "fine and they’re not looking for any security.”",
        # what "you" might say, supposed by the quoted speaker (NYT on the House Intelligence
        # Committee 2019, names changed)
        "Mr. Shiff spoke after Mr. Newton. “You might say that’s just what you need to do to "
        "win,” Mr. Shiff said.",
        # "they" after a plural subject: the people, not the body named after them
        "The Democrats met with the White House on Friday. “They said they would not budge,” "
        "Mr. Trump said.",
        # "you" with two people named just before and none told: either could be meant
        "Senator Tom Reyes and Governor Mark Ellis met on Monday. “You said the bill was dead, "
        "and it is not,” Santorum said.",
        # a man named in another speaker's quote before is not read: only the quoted
        # speaker's own words are (Politico 2016 on Atlantic City, names changed)
        "“Mr. Tramp bagged millions of dollars and took advantage of bankruptcy laws,” said "
        "Ms. Small, who attended the rally.\n\n“In the primary debates he said this bankruptcy "
        "was normal business,” said Mary Whelan. “But it was a big deal.”",
        # what the quoted speaker made clear is their own quote; what someone needs to or
        # would make clear was never made clear; a stance made clear is no claim; and "he"
        # after two men could be either
        "Senator Tom Reyes met Governor Ann Ellis on Monday. “I made it clear that the bill is "
        "dead,” Mr. Reyes said.",
        "Senator Tom Reyes met Governor Mark Ellis on Monday. “He needs to make clear that he "
        "will sign the bill,” Ms. Lowe said.",
        "Senator Tom Reyes met Governor Mark Ellis on Monday. “He would make it clear that he "
        "will sign the bill,” Ms. Lowe said.",
        "Senator Tom Reyes met Governor Mark Ellis on Monday. “He made clear his opposition to "
        "the bill,” Ms. Lowe said.",
        "Senator Tom Reyes and Governor Mark Ellis met on Monday. “He made it clear that he "
        "will sign the bill,” Ms. Lowe said.",
        # a stance with a relative clause in it is still no claim (written, the code review's)
        "Governor Ann Ellis met Senator Tom Reyes on Monday. “He made clear his opposition to "
        "the bill that the House passed,” Ms. Lowe said.",
    ],
)
def test_a_report_inside_a_quote_with_no_identifiable_source_is_none(text):
    found = statements_of(text)
    assert all(s.nested_in is None for s in found), [
        (s.speaker.name, s.content.text) for s in found
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # NYT, 2018: the tagger takes "briefed" for a past tense
        (
            "The package addressed to Mr. Booker was found in Florida, which two people briefed "
            "on the matter have said has become a focus of the investigation.",
            "two people briefed on the matter",
        ),
        (
            "Two officials involved in the talks said the deal was close.",
            "two officials involved in the talks",
        ),
        # what a named group hopes is no part of its name
        ("Republicans hoping to win the seat said the plan was bad.", "Republicans"),
    ],
)
def test_an_unnamed_source_keeps_why_it_knows(text, speaker):
    assert [s.speaker.name for s in statements_of(text)][:1] == [speaker]


def test_a_capitalised_title_before_a_second_name_leads_to_that_person():
    # HuffPost, 2019: the joint statement's issuers were "House Speaker Nancy Pelosi
    # (D-Calif.) and Senate Minority Leader"
    text = (
        "House Speaker Nancy Pelosi (D-Calif.) and Senate Minority Leader Chuck Schumer (D-N.Y.) "
        "released a joint statement in agreement.\n\n“Attorney General Barr must not give "
        "President Trump any sneak preview,” the joint statement said."
    )
    (found,) = statements_of(text)
    assert (found.speaker.name, len(found.speaker.members)) == ("Nancy Pelosi and Chuck Schumer", 2)


def test_a_title_after_when_it_was_held_makes_a_person():
    # Fox, 2017: the speaker was an organisation "then-acting Attorney General Sally Yates"
    text = (
        "Dowd attempted to explain Sunday that the tweet was referring to then-acting Attorney "
        "General Sally Yates telling White House Counsel Don McGahn in January that Flynn had "
        "“given the agents the same story he gave the vice president.”"
    )
    found = [s for s in statements_of(text) if "Yates" in (s.speaker.name or "")]
    assert [s.speaker.kind for s in found] == ["person"]
    assert person_name(found[0].speaker.name).text == "Sally Yates"


# Fox, 2014 (shortened): "President Obama" beside his daughters, named in full
TITLED_BESIDE_FAMILY = (
    "A Republican staffer on Friday apologized for a Facebook post that criticized Malia and "
    "Sasha Obama's appearance at the annual White House turkey pardon ceremony.\n\nThe First "
    "Daughters join President Obama at the ceremony every year. Before approaching the two "
    'turkeys, the president remarked that it was "puzzling that I do this every year."'
)


def test_a_titled_surname_none_of_its_namesakes_holds_is_none_of_them():
    found = [s for s in statements_of(TITLED_BESIDE_FAMILY) if s.cue.text == "remarked"]
    assert [s.speaker.name for s in found] == ["Obama"]


def test_a_group_s_name_never_ends_in_its_and():
    # NYT, 2018: the parse hangs "elsewhere" on the verb
    text = (
        "But the authorities in New York and elsewhere have warned that the devices should be "
        "considered dangerous."
    )
    assert [s.speaker.name for s in statements_of(text)] == [
        "authorities in New York and elsewhere"
    ]


# A list of three sources the parser took for the first with an apposition, the others joined
# to the apposition (HuffPost 2018; Fox 2015; NYT 2019; the last Fox 2014, names changed):
# the list speaks, as the text writes it; an apposition closed by a comma before the verb
# still describes its person.
LISTED_AS_APPOSITION = [
    (
        "Sen. John McCain (R-Ariz.), Senate Minority Leader Chuck Schumer (D-N.Y.) and 18 members "
        "of the House Foreign Affairs Committee called on President Donald Trump to cancel his "
        "meeting with Russian President Vladimir Putin.",
        "President Donald Trump to cancel his meeting with Russian President Vladimir Putin",
        "Sen. John McCain (R-Ariz.), Senate Minority Leader Chuck Schumer (D-N.Y.) and 18 "
        "members of the House Foreign Affairs Committee",
        "group",
    ),
    (
        "Little Rock's mayor, the city's Chamber of Commerce and Arkansas-based data services "
        "company Acxiom all urged the governor to reject the measure in recent days.",
        "the governor to reject the measure in recent days",
        "Little Rock's mayor, the city's Chamber of Commerce and Arkansas-based data services "
        "company Acxiom",
        "group",
    ),
    (
        "Sen. Kamala Harris, Sen. Elizabeth Warren and Sen. Kirsten Gillibrand called for the "
        "report to be released. Ms. Harris, Ms. Warren and Ms. Gillibrand also joined Mr. Booker "
        "and Senator Bernie Sanders in asking supporters to sign their petitions calling for the "
        "report’s immediate release.",
        "supporters to sign their petitions calling for the report’s immediate release",
        "Kamala Harris, Elizabeth Warren and Kirsten Gillibrand",
        "group",
    ),
    (
        "Brian Vance, a Colorado attorney and legalization advocate, said the challenge is "
        '"political grandstanding."',
        'the challenge is "political grandstanding."',
        "Brian Vance",
        "person",
    ),
    # … nor where the apposition runs into the verb but its parts all describe the one person
    # (a reviewer's sentence)
    (
        "Jane Roe, the company's founder and the father of three children said the plan would "
        "fail.",
        "the plan would fail",
        "Jane Roe",
        "person",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker", "kind"), LISTED_AS_APPOSITION)
def test_a_list_taken_for_an_apposition_and_its_conjunct_speaks_as_a_list(
    text, content, speaker, kind
):
    assert_spoken_by(text, content, speaker, kind)


# A body ranked in the country stands for the organisation the article quotes most, however
# far from its name (HuffPost 2011, HuffPost 2010, HuffPost 2012: three stories, shortened)
RANKED = [
    (
        "WASHINGTON -- The nation's leading advocate for senior citizens says that it hasn't "
        "wavered in its opposition to cutting benefits. The Wall Street Journal reported "
        "Friday morning that AARP was softening its opposition. AARP pushed back against the "
        "newspaper's story. Social Security keeps millions out of poverty. AARP said the "
        "program needs to be changed.",
        "that it hasn't wavered in its opposition to cutting benefits",
        "AARP",
        "organization",
    ),
    (
        "KANSAS CITY, Mo. — Leaders of the country's largest civil rights organization accused "
        "tea party activists on Tuesday of tolerating bigotry. The resolution was adopted "
        "during the annual convention of the National Association for the Advancement of "
        "Colored People, spokesman Chris Fleming said. Tea party organizers called on the "
        "NAACP to withdraw the resolution. The NAACP said the vote was unanimous.",
        "tea party activists on Tuesday of tolerating bigotry",
        "NAACP leaders",
        "group",
    ),
    (
        "The National Rifle Association released its report on Tuesday. The nation's largest "
        "gun lobby said armed guards would make schools safer. The NRA said it had paid for "
        "the study.",
        "armed guards would make schools safer",
        "NRA",
        "organization",
    ),
    # BASIL 576116e5 (HuffPost), its first paragraphs as printed: "The Journal" is the Wall
    # Street Journal's, whose reports never make it the advocate
    (
        "WASHINGTON -- The nation's leading advocate for senior citizens says that it hasn't "
        "wavered in its opposition to cutting Social Security benefits, though a top official "
        "with the group said it is open to a discussion about raising the retirement age and "
        "other changes.\nThe Wall Street Journal reported Friday morning that AARP, one of the "
        "most influential lobbying groups in Washington, was softening its opposition to "
        "cutting retirement benefits.\nAARP initially pushed back against the newspaper's "
        "story.\nJonathan Cowan, president of centrist think tank Third Way, hailed AARP's "
        "apparent reversal, per the Journal story.\nThe Journal reported that AARP policy "
        "chief John Rother is pushing the organization to accept benefit cuts.",
        "that it hasn't wavered in its opposition to cutting Social Security benefits, though a "
        "top official with the group said it is open to a discussion about raising the "
        "retirement age and other changes",
        "AARP",
        "organization",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker", "kind"), RANKED)
def test_a_body_ranked_in_the_country_is_the_organisation_the_article_quotes_most(
    text, content, speaker, kind
):
    test_speaker(text, content, speaker, kind)


def test_the_paper_is_the_newspaper_named_last_before_it():
    # HuffPost, 2011 (shortened)
    text = (
        "The Journal reported that AARP policy chief John Rother is pushing the organization to "
        "accept benefit cuts. Rother's thinking, according to the paper, is that tax increases "
        "alone can't keep the program's trust fund from running out of money."
    )
    found = [s for s in statements_of(text) if s.cue and s.cue.text == "according to"]
    assert [(s.speaker.name, s.speaker.kind) for s in found] == [("Journal", "organization")]


# "reportedly" just after the text credits an outlet with the report goes on with that outlet
# (BASIL 2013, Fox on the NSA's program; BASIL 2015, Fox on Clinton's emails; PolNeAR 2016,
# HuffPost on Weiner; names changed); with none credited, the reports stay unnamed
CREDITED_REPORTS = [
    (
        "The classified program is code-named TIDE, the Washington Post reported, and has not "
        "been disclosed publicly before. Members of Congress who are aware of the program were "
        "reportedly bound by oath to keep it confidential.",
        "Members of Congress who are aware of the program were reportedly bound by oath to "
        "keep it confidential",
        "Washington Post",
    ),
    (
        "According to the Times, however, while past secretaries of state often used personal "
        "email, updated regulations required such emails to be preserved.\n\nHale and her "
        "aides reportedly did not follow that requirement at the time -- until her office "
        "turned over documents.",
        "Hale and her aides reportedly did not follow that requirement at the time -- until "
        "her office turned over documents",
        "Times",
    ),
    (
        "Wiener, 51, allegedly sent lurid photos to another woman, the New York Post reported. "
        "One of the selfies included his young son in the background.\n\nThe woman who "
        "received the former congressman’s photos has reportedly been chatting with him online "
        "since January 2015.",
        "The woman who received the former congressman’s photos has reportedly been chatting "
        "with him online since January 2015",
        "New York Post",
    ),
    (
        "Lind joined the Patrick administration in 2009. The Globe covered the move. He "
        "reportedly quit earlier this month to join private practice.",
        "He reportedly quit earlier this month to join private practice",
        "unnamed reports",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CREDITED_REPORTS)
def test_reportedly_goes_on_with_the_outlet_just_credited_with_the_report(text, content, speaker):
    found = [s for s in statements_of(text) if s.cue and s.cue.text == "reportedly"]
    assert [(s.content.text, s.speaker.name) for s in found] == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Mark Hale, a fellow at the Heritage Foundation, spoke on Monday. The tank said the "
            "estimate was too low.",
            "the estimate was too low",
        ),
        (
            "Mark Hale said the plan would fail. The summary of the plan says it costs too much.",
            "it costs too much",
        ),
    ],
)
def test_a_document_or_a_think_tank_is_no_person_description(text, content):
    # "tank" (of "think tank") and "summary" stand beside names in PolNeAR train, but they
    # describe no person: not the person named last
    speakers = {s.content.text: s.speaker.name for s in statements_of(text)}
    assert content in speakers, speakers
    assert speakers[content] != "Mark Hale", speakers


def test_a_paper_printed_the_x_inside_a_sentence_keeps_its_the():
    # Fox News, 2014 (names changed); "The Journal" opening a sentence stays "Journal" above
    text = (
        "Speaker Tom Beller will make sure immigration reform is passed this year, according to "
        "The Hill, a political publication in Washington, D.C."
    )
    (found,) = [s for s in statements_of(text) if s.cue and s.cue.text == "according to"]
    assert (found.speaker.name, found.speaker.kind) == ("The Hill", "organization")


# Descriptions that describe nothing the article names keep their words.
UNDESCRIBED = [
    # no newspaper named before "the paper": a paper (a study in a journal is none)
    ("The paper said the drug cut deaths by a third.", "paper"),
    (
        "A team at Stanford University published a paper in Nature on Monday. The paper said the "
        "drug cut deaths by a third.",
        "paper",
    ),
    # a ranked body where no organisation is named, or two are named alike
    ("The nation's largest union said the plan would cost jobs.", "union"),
    (
        "The country's most powerful union said the plan would cost jobs. The plan was drafted "
        "by Goldman Sachs.",
        "union",
    ),
    (
        "The country's most powerful union said the plan would cost jobs. The Teamsters said "
        "they opposed the plan. The Sierra Club said it opposed the plan.",
        "union",
    ),
    # a body with no rank in the country
    (
        "The advocate for senior citizens said the plan would cut benefits. AARP had "
        "opposed the plan.",
        "advocate",
    ),
    # no hospital named before
    ("The hospital said the senator was in critical condition.", "hospital"),
    # a complaint with no lawsuit before it is a complaint
    ("The complaint says the company misled investors.", "complaint"),
    # the count does not match the places named together
    (
        "Two states sued on Thursday, saying the shops were a danger. Kansas, Iowa and Utah "
        "have all seen arrests.",
        "states",
    ),
]


@pytest.mark.parametrize(("text", "word"), UNDESCRIBED)
def test_a_description_that_describes_nothing_named_keeps_its_words(text, word):
    found = statements_of(text)
    assert found and all(word in (s.speaker.name or "").lower() for s in found[:1]), [
        (s.speaker.name, s.content.text) for s in found
    ]


# Sentences a cue word is in that report no statement.
NOT_STATEMENTS = [
    # a response's topic, or one only supposed, is no statement; nor the purpose of an act
    # whose doer the text does not name (HuffPost, Fox)
    "He did, however, weigh in on state gun control efforts being debated in Connecticut.",
    "It seems unlikely that the federal government would push back against the legalizations.",
    "The wording was amended to downplay criticism of all members.",
    "Marijuana Industry Group's Mike Elliott echoed Tvert's sentiments.",
    "The man refused to drop the gun and declined to leave the car.",
    "The Senate voted Wednesday to override his veto.",
    "Prosecutors who supported Hillary Clinton's candidacy met on Monday.",
    "The senator wants to block the bill.",
    "Senator Elizabeth Warren hopes to win back the voters who left the party.",
    "Mr. Trump has repeatedly sought to curb both legal and illegal immigration.",
    "Ms. Pelosi also intends to bring up legislation in the coming days.",
    "The Democratic nominee has been endorsed by dozens of newspapers across the country.",
    "A union representing flight attendants endorsed Hillary Clinton for president.",
    "Among Republicans, 27 percent would vote for Trump, followed closely by Cruz.",
    "Obama campaign deputy press secretary Ben Labolt also issued a statement Saturday.",
    "Lawmakers discussed the possibility of allowing members to use campaign funds.",
    # what the words were about, the writer's gloss (Fox on the 2012 vice-presidential debate)
    "Ryan referred to the weight on Biden's shoulders about mid-way through.",
    # a call made, not a thing called something; a speech's topic is not what it says
    "The gunman also called 911 during the shooting to pledge his loyalty.",
    "Ms. Lane called the sheriff on Sunday night and again on Monday.",
    "Trump was planning to deliver a speech Monday in Manchester, N.H., focused on the Clintons.",
    # an act of answering, and what someone sets out to find out
    "His father was killed while responding to a call involving a black suspect.",
    "Mr. Gingrich has been responding forcefully to the new frontrunner in the race.",
    "Police still stood guard.\n\nIn nearby Clayton, a grand jury began hearing evidence to "
    "determine whether Wilson should be charged in Brown's death.",
    "Mr. McConnell spoke to Mr. Trump on Thursday night about finding a way forward.",
    "The president proposed $800 million for humanitarian assistance.",
    "The senator announced her bid for the presidency on Monday.",
    "The economy seems to be slowing down this year.",
    'Santorum appeared on CBS\' "Face the Nation."',
    "But there's no way to know exactly how much legal pot is leaving Colorado.",
    "It also criticized a pact between Pyongyang and Moscow, which promises the two "
    "countries will help each other.",
    # an answer not given says nothing (NYT on Farenthold 2018, names changed); an act on a
    # person by an agent (Fox on Pelosi 2016, names changed)
    "A spokeswoman for Mr. Hale did not respond to questions about whether he had fulfilled "
    "that promise.",
    "The mayor did not respond to a request for comment.",
    "Lind was challenged by Ohio Rep. Tim Hale in a secret-ballot vote.",
    # a refusal to talk about a topic says nothing, not even a claim denied (the story gold's
    # "refusal to comment, no content": PolNeAR on AIPAC and on Bill Clinton 2015-16, BASIL
    # on the Christie inquiry and on Obama's gun proposals, names changed)
    "A spokesman for Mr. Hale declined to comment.",
    "An AIPAC spokesman declined to comment on the reaction to Trump's appearance.",
    "The real estate mogul declined to elaborate on his planned message to AIPAC.",
    "She has declined to comment on Ms. Zimmer's allegation.",
    "House Speaker John Boehner declined to weigh in on the merits of the president's proposals "
    "Wednesday.",
    "The minister refused to discuss the report.",
    # so does a refusal to give what was asked for, an answer or a name (the story gold's
    # "refusal, no content": PolNeAR on Cameron and Trump, on Trump's delegates, on Melania
    # Trump's speech, on Sanders's campaign 2016, HuffPost on Gorsuch 2017, as printed)
    "The spokesman refused to answer questions on who Cameron would like to see win in November.",
    "There, the district GOP Chairman Chuck Williams declined to name the three delegates on the "
    "caucus slate.",
    "He declined to identify any individuals involved in the writing of Melania Trump's speech.",
    "He refuses to answer questions about whether he remains an active candidate.",
    "Nominees refused to answer any question directly.",
    # the same act in the active voice, where PolNeAR train finds no plain object of the verb
    # a cue (HuffPost on Mary Cheney 2013, NYT on Clinton and trade 2015, NYT on the
    # Massachusetts seat 2013, names changed)
    "The elder Lind daughter is challenging Sen. Mike Hale (R-Wyo.) in next year's "
    "Republican primary.",
    "Mrs. Lind was more explicit in challenging Mr. Hale by setting expectations.",
    "Mr. Cole will challenge Mr. Hale.",
    # an infinitive on an impersonal "it" (HuffPost on Benghazi, as printed, less its frame)
    "It was impossible to say what exactly motivated the attackers.",
]


@pytest.mark.parametrize("text", NOT_STATEMENTS)
def test_not_a_statement(text):
    assert statements_of(text) == (), [(s.cue.text, s.content.text) for s in statements_of(text)]


def test_a_judgment_of_someone_named_stays_a_statement():
    """ "criticized Mr. Braley", "praised Lieberman": a plain object PolNeAR train finds a cue
    of the verb (42 times in 60, 30 in 35) is what they said of someone, not an act on them
    (NYT on Braley 2014, Fox on Lieberman 2017, names changed)."""
    for text, cue in (
        ("Other Republicans quickly criticized Mr. Hale.", "criticized"),
        ("Republicans praised Lind on Thursday.", "praised"),
    ):
        assert [s.cue.text for s in statements_of(text)] == [cue], text


def test_what_the_words_referred_to_is_no_second_statement():
    """The writer's gloss on a quote (NYT on Tlaib 2019, names changed) is no statement of its
    own; "referred to them as ..." says what of them and stays one (BASIL 86e6e27d,
    b5eefefb, 8abec8d9 have the gloss)."""
    found = statements_of(
        "“We even talked about that today,” he told reporters in the Rose Garden, referring to "
        "an exchange with the speaker during a meeting earlier Friday."
    )
    assert [s.cue.text for s in found] == ["told"], [(s.cue.text, s.content.text) for s in found]
    found = statements_of("The senator referred to the protesters as paid agitators.")
    assert [s.cue.text for s in found] == ["referred"], [s.content.text for s in found]


def test_an_impersonal_it_says_nothing_inside_what_a_review_found():
    # HuffPost on Benghazi, as printed: the review found it; nobody "says" it
    found = statements_of(
        "WASHINGTON -- The classified version of a State Department review of last year's "
        "assault on an American compound in Benghazi, Libya, found that it was impossible to "
        "say what exactly motivated the attackers, Secretary of State Hillary Clinton revealed "
        "Wednesday."
    )
    assert [s.cue.text for s in found if s.cue] == ["found"], [
        (s.speaker.name, s.cue and s.cue.text, s.content.text) for s in found
    ]


def test_a_question_frame_asserts_nothing():
    found = statements_of(
        "Asked whether he was suggesting that Mr. Obama lacked sympathy for the disabled, Mr. "
        "Santorum said he was not."
    )
    assert [(s.speaker.name, s.cue.text) for s in found] == [("Santorum", "said")]


def test_a_stance_with_a_claim_is_still_a_statement():
    found = statements_of("Schumer denounced the offer as “not a compromise but hostage taking.”")
    assert [s.cue.text for s in found] == ["denounced"]
    found = statements_of(
        "Nebraska and Oklahoma criticized Colorado for not tracking marijuana once it is sold."
    )
    assert [s.cue.text for s in found] == ["criticized"]


# (text, cue, negated)
NEGATIONS = [
    (
        "Mr. Mueller did not say that Mr. Stone's interactions with WikiLeaks were illegal.",
        "say",
        True,
    ),
    ("The FBI hasn't accused him of any wrongdoing.", "accused", True),
    ("No official has claimed that the vote was rigged.", "claimed", True),
    ("He never said the plant would close.", "said", True),
    ("He said he did not oppose the bill.", "said", False),  # the negation is what he said
    ("The minister declined to say whether the report was accurate.", "declined", True),
    ("Ms. Ruiz refused to say whether she would run.", "refused", True),
    # a verb of talking about a topic with a clause holds back a claim: still a negated report
    ("Mr. Hale declined to discuss whether he would run.", "declined", True),
    # giving or showing "no sign that …" says what was not said (PolNeAR train, NYT 2016)
    ("Mr. Sanders showed no sign that he was planning to apologize.", "showed no sign", True),
    # a stance noun under "no" was not voiced (BASIL 3ae35b16 NYT, names changed); without
    # it, it was
    (
        "The president opted not to tap hurricane relief money from Texas. But he expressed no "
        "concern that diverting military construction money would delay projects benefiting "
        "the troops like base housing, schools and gyms.",
        "concern",
        True,
    ),
    ("The governor expressed concern that the bill would hurt the economy.", "expressed", False),
    # a verb of seeming lends the cue its subject and its negation (the code review of round
    # 62: "appear to suggest: that the inquiry should end")
    ("Smith did not appear to suggest that the inquiry should end.", "suggest", True),
    ("Jones never seemed to say that the budget was balanced.", "say", True),
    ("He seemed to suggest a double standard is at play.", "suggest", False),
    ("Smith appeared not to say that the inquiry should end.", "say", True),
    ("Green did not try to explain that the tweet was a joke.", "explain", True),
]


@pytest.mark.parametrize(("text", "cue", "negated"), NEGATIONS)
def test_a_negated_report_is_marked(text, cue, negated):
    (statement,) = [s for s in statements_of(text) if s.cue.text == cue]
    assert statement.negated is negated
    assert statement.to_dict()["negated"] is negated


def test_a_negated_statement_is_shown_as_not_said_in_the_brief(tmp_path):
    from whatweknow import Store, read, run
    from whatweknow.brief import brief_markdown, build

    path = tmp_path / "a.txt"
    path.write_text(
        "Mr. Mueller did not say that Mr. Stone's interactions with WikiLeaks were illegal.\n\n"
        "Mr. Stone said the inquiry was a witch hunt.\n",
        "utf-8",
    )
    with Store(tmp_path / "news.db") as store:
        for result in run(read([str(path)])):
            store.add(result)
        markdown = brief_markdown(build(store, everything=True))
    # paraphrases, so in the article's words without quotation marks (bc7bb26)
    assert "- **not** say: that Mr. Stone" in markdown
    assert "- said: the inquiry was a witch hunt" in markdown


def test_a_refusal_to_speak_is_not_shown_as_not_refusing(tmp_path):
    """ "declined to say whether", "refused to say" (BASIL): the cue holds the words back, so
    the brief shows it strong; "not declined" would say the opposite. A "did not say" beside it
    keeps its "not", in Markdown, HTML and `wwk extract`'s Markdown alike."""
    from whatweknow import Store, read, run
    from whatweknow.brief import brief_html, brief_markdown, build
    from whatweknow.brief.extraction import extraction_markdown

    path = tmp_path / "a.txt"
    path.write_text(
        "In an e-mail, Mary Cheney declined to say whether she agreed with her sister.\n\n"
        "Mitt Romney refused to say whether he supports hospital visitation rights.\n\n"
        "Mr. Mueller did not say that Mr. Stone's interactions with WikiLeaks were illegal.\n",
        "utf-8",
    )
    with Store(tmp_path / "news.db") as store:
        results = list(run(read([str(path)])))
        for result in results:
            store.add(result)
        brief = build(store, everything=True)
        markdown, html = brief_markdown(brief), brief_html(brief, store)
    assert "- **declined**: to say whether she agreed" in markdown
    assert "- **refused**: to say whether he supports" in markdown
    assert "- **not** say: that Mr. Stone" in markdown
    assert "not** declined" not in markdown and "not** refused" not in markdown
    assert '<strong class="negated">declined</strong>: to say whether she agreed' in html
    assert '<strong class="negated">not</strong> <strong class="negated">declined' not in html
    extracted = extraction_markdown(results[0].to_dict())
    assert "**Mary Cheney** **declined**: “to say whether she agreed" in extracted
    assert "**not** declined" not in extracted


def test_the_seed_brief_has_none_of_the_lines_issue_13_lists(tmp_path):
    """ "Pyongyang and Moscow — promises: 'the two counties'", "Pentagon — put at about 11,000
    by: 'at about 11,000'", "North — accusing: …", "South" apart from South Korea."""
    from whatweknow import Store, read, run
    from whatweknow.brief import brief_markdown, build

    from .conftest import SEED

    with Store(tmp_path / "news.db") as store:
        for result in run(read([str(SEED)])):
            store.add(result)
        brief = build(store, everything=True)
    names = {s["name"] for s in brief["speakers"]}
    assert {"Pyongyang and Moscow", "North", "South"}.isdisjoint(names)
    assert {"North Korea", "South Korea", "Pentagon"} <= names
    markdown = brief_markdown(brief)
    assert "the two counties" not in markdown
    assert "put at about 11,000 by" not in markdown
    (pentagon,) = [s for s in brief["speakers"] if s["name"] == "Pentagon"]
    # "originally put at: about 11,000": the cue with the preposition the text puts before the
    # figure, and the adverb of time it sets on the cue
    assert [(s["cue"], s["text"]) for s in pentagon["statements"]] == [
        ("originally put at", "about 11,000")
    ]
    (north,) = [s for s in brief["speakers"] if s["name"] == "North Korea"]
    assert any(s["text"].startswith("Seoul of flying drones") for s in north["statements"])


@cache
def entities_of(text: str):
    return extract(clean(Article(text, "test", "text")), load_nlp(), parts=("entities",)).entities


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # titles are not names, and a name stops at the name
        ("House Speaker Nancy Pelosi spoke on Monday.", {"Nancy Pelosi"}),
        (
            "Former U.S. Attorney for the District of Columbia Joseph diGenova spoke.",
            {"Joseph diGenova"},
        ),
        # a generational suffix keeps father and son apart
        (
            "President Eric Lind spoke. Eric Lind Jr. met the lawyer. Lind Jr. left early.",
            {"Eric Lind", "Eric Lind Jr."},
        ),
        # a possessive fragment is no one
        ("The president’s son-in-law, Jared Kushner, was there.", {"Jared Kushner"}),
        # a possessive typed with an opening mark is a possessive: "Donald Trump", never
        # "Donald Trump‘s", whom the merge would hold apart (HuffPost, PolNeAR train)
        (
            "WASHINGTON — Sen. Chuck Grassley (R-Iowa) on Wednesday downplayed Donald Trump‘s "
            "attack on a federal judge’s Mexican heritage.",
            {"Donald Trump"},
        ),
        # a name never runs across a sentence the abbreviation before it ends
        (
            "They appeared before Judge Ann Moore in Washington, D.C. Brooks's wife spent "
            "$5,150 on a fur cape.",
            {"Ann Moore"},
        ),
    ],
)
def test_person_names_within_an_article(text, names):
    assert not [e.name for e in entities_of(text) if e.name.startswith("D.C. ")]
    people = {e.name for e in entities_of(text) if e.type == "person"}
    assert names <= people
    assert not {n for n in people if n[:1].islower() or n.startswith(("s ", "Speaker", "D.C."))}


def test_a_possessive_typed_with_an_opening_quote_after_any_letter_is_the_person_s():
    # The cleaner makes the mark an apostrophe after any letter, so the whole chain reads one
    # person (HuffPost, PolNeAR train, name changed): never a second speaker "Jean-Louis Debré‘s"
    text = (
        "WASHINGTON — Sen. Chuck Grassley (R-Iowa) on Wednesday downplayed Jean-Louis "
        "Debré‘s attack on a federal judge’s Mexican heritage. Jean-Louis Debré said the "
        "judge was biased."
    )
    people = {e.name for e in entities_of(text) if e.type == "person"}
    assert "Jean-Louis Debré" in people and not [n for n in people if "‘" in n]
    speakers = {s.speaker.name for s in statements_of(text) if "Debré" in s.speaker.name}
    assert speakers == {"Jean-Louis Debré"}


@pytest.mark.parametrize(
    ("text", "name", "mentions"),
    [
        # a numeral suffix is how one person is named: the bare surname is that person
        (
            "Special counsel Robert S. Mueller III filed the report. Mr. Mueller did not say "
            "that the meetings were illegal. Mueller declined to comment.",
            "Robert S. Mueller III",
            3,
        ),
        # the name as printed, initials with their periods; the surname the tagger took for a
        # place is the person
        (
            "Chief Matthew R. Verderosa said officers responded. U.S. Capitol Police officers "
            "engaged Hodgkinson in gunfire, and Alexandria Police responded soon after. “At "
            "that point, we were able to calm the situation, and victims were transported to "
            "the hospital,” Verderosa said.",
            "Matthew R. Verderosa",
            2,
        ),
    ],
)
def test_one_person_is_one_entity_under_the_name_the_text_prints(text, name, mentions):
    people = [e for e in entities_of(text) if e.type in ("person", "organization")]
    found = [e for e in people if e.name == name]
    assert found and len(found[0].mentions) == mentions, [(e.name, e.mentions) for e in people]
    family = surname(name_tokens(name))
    assert not [e for e in people if e is not found[0] and family in e.name]


@pytest.mark.parametrize(
    ("text", "name", "not_a_name"),
    [
        # a sentence's first word, a common English word no other name in the text uses, is
        # no part of the name the text uses alone elsewhere (Fox News, 2013)
        (
            "President Obama on Wednesday unveiled his plan. Plus Obama is nominating ATF "
            "Acting Director Todd Jones to officially lead the agency. “If there’s even one "
            "life that can be saved, then we’ve got an obligation to try,” Obama said.",
            "Obama",
            "Plus Obama",
        ),
        # a heading's capitalised common word after a surname the text uses alone (The New
        # York Times, 2013)
        (
            "Obama Willing to Use Executive Orders on Guns\n\nWASHINGTON — President Obama "
            "this week will embrace a comprehensive plan, officials said. “My starting point "
            "is not to worry about the politics,” Mr. Obama said.",
            "Obama",
            "Obama Willing",
        ),
        # both edges of a heading (The New York Times, 2018)
        (
            "Democrats Say Trump Should Cancel Putin Meeting After Indictments\n\nPresident "
            "Vladimir Putin of Russia will meet Mr. Trump on Monday. Mr. Putin denied it.",
            "Vladimir Putin",
            "Cancel Putin Meeting",
        ),
        # a heading's rarer verb after a surname the text uses alone: in a heading every word
        # of the lexicon is capitalised, however rare (The New York Times, 2017; Fox News, 2010)
        (
            "Trump Lashes Out at Kathy Griffin and Democrats\n\nWASHINGTON — President Trump "
            "assailed Democrats on Wednesday. The president castigated Kathy Griffin for "
            "posing for a video. Mr. Trump wrote that it was all part of a “witch hunt” "
            "against him.",
            "Trump",
            "Trump Lashes Out",
        ),
        (
            "Glenn Beck Rips Progressivism at CPAC\n\nFox News host Glenn Beck blamed "
            "progressivism for America's problems Saturday. When Beck asked what America is "
            'suffering from, someone shouted "President Obama," though Beck said it\'s "not '
            'that simple."',
            "Glenn Beck",
            "Glenn Beck Rips",
        ),
        # a heading's inflected verb after a surname the census also lists as a given name
        # (The New York Times and HuffPost, 2013)
        (
            "Facing Congress, Clinton Defends Her Actions Before and After Libya Attack\n\n"
            "WASHINGTON — Hillary Rodham Clinton on Wednesday defended her handling of the "
            "attack. Mrs. Clinton said the department had acted quickly.",
            "Hillary Rodham Clinton",
            "Clinton Defends",
        ),
        (
            "Mo Cowen Senate: Deval Patrick Names Former Chief Of Staff To Replace John Kerry\n\n"
            "BOSTON — Gov. Deval Patrick (D) on Wednesday appointed William Cowen to the Senate "
            "seat. Patrick said Cowen would serve until a special election.",
            "Deval Patrick",
            "Deval Patrick Names",
        ),
    ],
)
def test_a_common_word_at_a_name_s_edge_is_not_part_of_it(text, name, not_a_name):
    people = {e.name: e for e in entities_of(text) if e.type == "person"}
    assert name in people and not_a_name not in people, list(people)
    assert not [s for s in statements_of(text) if s.speaker.name == not_a_name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a given name the census lists, a name the text repeats, a surname not used alone
        ("Bill Clinton spoke in Ohio. Clinton said the plan would work.", "Bill Clinton"),
        ("Rush Limbaugh said the plan was a disgrace.", "Rush Limbaugh"),
        (
            "Sen. Scott Brown said the vote was close. Mr. Brown said he would vote no.",
            "Scott Brown",
        ),
    ],
)
def test_a_name_whose_words_the_text_gives_as_a_name_keeps_them(text, name):
    assert name in {e.name for e in entities_of(text) if e.type == "person"}


# (text, content, speaker): a quote's last words before a bare surname are the quote's, not
# a title or a relation of the surname's person (reviewer, forty-first round)
QUOTE_BEFORE_SURNAME = [
    # HuffPost 2016-04-22 (PolNeAR train): the quote's last words, "vice president", were read
    # as the title of "Rubio" after it, whom the senator's title then kept from Marco Rubio
    (
        "WASHINGTON \u2014 Sen. Marco Rubio (R-Fla.) didn\u2019t get very far in his presidential "
        "bid, and he\u2019s out of a Senate seat as of January.\n\n\u201cI have no intention of "
        "being vice president,\u201d Rubio said in a Friday interview with Univision.",
        "I have no intention of being vice president",
        "Marco Rubio",
    ),
    # Breitbart 2016-04-14 (PolNeAR train): "commander in chief.\u201d" ends the paragraph
    # before "Sanders" ("chief" is a title, and its period was taken for an abbreviation's)
    (
        "Hillary Clinton is swinging hard at Sen. Bernie Sanders in the opening round of the "
        "latest Democratic debate.\n\nClinton says, \u201cI think you need the judgment on day "
        "one to be both president and commander in chief.\u201d\n\nSanders is pushing back, "
        "questioning Clinton\u2019s judgment in supporting the war in Iraq.",
        "Clinton\u2019s judgment",
        "Bernie Sanders",
    ),
    # The Washington Post 2016-09-26 (PolNeAR dev): the quote's "my father" made "Cruz" the
    # father the article names, Rafael Cruz
    (
        "Sen. Ted Cruz (R-Tex) is endorsing Donald Trump's presidential campaign.\n\nThe "
        "truth, the senator said then, was that Trump had personally attacked his wife, Heidi, "
        "and his father, Rafael. Trump repeatedly accused Rafael Cruz, who was born and raised "
        'in Cuba, of associating with Lee Harvey Oswald.\n\n"I am not in the habit of '
        'supporting people who attack my wife and attack my father," Cruz said in July.',
        "I am not in the habit of supporting people who attack my wife and attack my father",
        "Ted Cruz",
    ),
    # USA Today 2016-03-07 (PolNeAR train): the quote's "her husband" made "Gutin" a man, and
    # so not Myra Gutin
    (
        "\"That's not to say that other first ladies weren't devoted to their husbands, but few "
        'can match Nancy Reagan," says Myra Gutin, a first lady historian.\n\n"Some people '
        "referred to her as 'the personnel director' because she always had his back in "
        'keeping tabs on how people were serving her husband," Gutin says.',
        "Some people referred to her as 'the personnel director' because she always had his "
        "back in keeping tabs on how people were serving her husband",
        "Myra Gutin",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), QUOTE_BEFORE_SURNAME)
def test_a_quote_s_last_words_are_no_title_or_relation_of_the_surname_after_it(
    text, content, speaker
):
    assert_spoken_by(text, content, speaker, "person")


def test_two_people_sharing_a_surname_keep_their_own_mentions():
    text = (
        "Rep. Dale Carter and his wife, Maria Carter, were charged on Tuesday. Mr. Carter "
        "denied wrongdoing. Ms. Carter left the court."
    )
    mentions = {
        e.name: [m.text for m in e.mentions] for e in entities_of(text) if e.type == "person"
    }
    assert mentions["Dale Carter"] == ["Dale Carter", "Carter"]
    assert mentions["Maria Carter"] == ["Maria Carter", "Carter"]


def test_mr_and_a_surname_is_the_namesake_of_his_sex_whatever_his_numeral():
    """NYT, 2019 emergency declaration story (names changed): "Mr. Conlan" is the husband,
    named with his "III" and of the sex the census gives "George", not the wife named last,
    whose given name tells no sex."""
    text = (
        "Among those predicting a flurry of judicial decisions against Mr. Trump was George T. "
        "Conlan III, a conservative lawyer and the husband of Kellyanne Conlan, the president’s "
        "counselor. “If he knows he is going to lose,” Mr. Conlan, a vocal critic of Mr. Trump, "
        "wrote on Twitter, “then he knows he is violating the Constitution and laws he has sworn "
        "to uphold.”"
    )
    wrote = [s for s in statements_of(text) if s.cue is not None and s.cue.text == "wrote"]
    assert [s.speaker.name for s in wrote] == ["George T. Conlan III"]


def test_a_bare_surname_goes_on_with_the_namesake_the_text_calls_by_it_alone():
    """Fox, 2016 Cruz story: the wife is "Mrs. Trump" and "Melania Trump", inside a quoted
    ad; the bare "Trump" after it is still the candidate the text calls "Trump" all along,
    and so are his acts in that sentence, the "as" aside besides."""
    text = (
        "Sen. Ted Cruz has laid down the gauntlet in the war of words with Donald Trump over "
        "the candidates' wives.\n\nThe move was meant to convince voters that Trump would "
        "remain faithful to the Republican Party.\n\nThe feud between Cruz and Trump began "
        "this week when a super PAC that opposes Trump posted an ad featuring a naked Melania "
        "Trump that Trump's then-girlfriend, a professional model, posed for.\n\nThe photo "
        "features Mrs. Trump sprawled out naked on a fur rug. The posts read, \u201cMeet Melania "
        "Trump. Your next First Lady. Or you could support Ted Cruz on Tuesday.\u201d\n\nAn "
        "angry Trump lashed out at Cruz on Twitter, calling the senator a liar, as he has "
        "alleged before in the campaign, and threatening to \u201cspill the beans\u201d about "
        "Cruz's wife Heidi."
    )
    said = {s.content.text: s.speaker.name for s in statements_of(text)}
    assert said["the senator a liar"] == "Donald Trump"
    assert said["to \u201cspill the beans\u201d about Cruz's wife Heidi"] == "Donald Trump"


# A surname two people share, one of them named as the other's relative: the bare surname goes
# on with the one the text names for themself (PolNeAR train and dev, 2015-16, names changed).
NAMED_AS_KIN = [
    # West Journal: "her husband, former President Bill …", then "… Clinton said": not him,
    # whatever "him" (Trump) the sentence before says
    (
        "ISIS has released a recruitment video and Democratic presidential candidate Hilda "
        "Carson will not be happy about who it features.\n\nThe video features two others "
        "that could prove embarrassing to the former secretary of state: her husband, former "
        "President Bill Carson and President Barack Obama.\n\nDuring the debate, Carson "
        "claimed that statements made by Donald Trump calling for a ban on Muslim immigration "
        "makes him \u201cISIS\u2019 best recruiter.\u201d\n\n\u201cWe also need to make sure "
        "that the discriminatory messages that Trump is sending don\u2019t fall on receptive "
        "ears,\u201d Carson said during the debate.",
        "We also need to make sure that the discriminatory messages that Trump is sending "
        "don\u2019t fall on receptive ears",
        "Hilda Carson",
    ),
    # Breitbart: "detoured to daughter Chelsea …’s apartment", then "Clinton had told"
    (
        "Hilda Carson was headed to an emergency room following her collapse during the "
        "memorial ceremony \u2014 but ditched her NYPD escort and detoured to daughter Chelsea "
        "Carson\u2019s apartment to keep details of her medical treatment under wraps.\n\n"
        "Carson had told police officials that she didn\u2019t want the escort at all, but "
        "the NYPD overruled that request, the source added.",
        "that she didn\u2019t want the escort at all",
        "Hilda Carson",
    ),
    # NYT: "the couple's daughter, Chelsea", then "Mrs. Clinton" after "Chelsea Clinton"
    (
        "Hilda Carson was secretary of state. The foundation has a board that includes Mr. "
        "Carson and the couple\u2019s daughter, Chelsea.\n\nEarlier in 2012, Ambassador John "
        "F. Tefft wrote to Mrs. Carson about a visit to Ukraine by Chelsea Carson and her "
        "husband. Mrs. Carson replied that hearing nice things about your children is as good "
        "as it gets.",
        "that hearing nice things about your children is as good as it gets",
        "Hilda Carson",
    ),
    # NYT, 2015: the article is about the son, "the younger Mr. Hutchinson", and "Mr.
    # Hutchinson" goes on with him once the text calls him so
    (
        "Gov. Asa Hutcheson disclosed that the proposal had drawn resistance from a "
        "particularly noteworthy critic: his son, Seth Hutcheson.\n\nIt was after the "
        "legislature passed the bill that the younger Mr. Hutcheson wrote to his father and "
        "warned that the proposal could damage Arkansas\u2019s reputation and economy.",
        "that the proposal could damage Arkansas\u2019s reputation and economy",
        "Seth Hutcheson",
    ),
    (
        "Gov. Asa Hutcheson disclosed that the proposal had drawn resistance from a "
        "particularly noteworthy critic: his son, Seth Hutcheson.\n\nIt was after the "
        "legislature passed the bill that the younger Mr. Hutcheson wrote to his father. Mr. "
        "Hutcheson said the law would hurt business.",
        "the law would hurt business",
        "Seth Hutcheson",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), NAMED_AS_KIN)
def test_a_bare_surname_is_not_the_namesake_named_as_a_relative(text, content, speaker):
    assert_spoken_by(text, content, speaker, "person")


# A surname two people share, one named in a sentence as the relative of the other ("Patricia
# Smith, mother of … Sean Smith"): the sentence is about the relative, and the bare surname
# after it goes on with them, not with the one they are the relative of (West Journal 2016-03,
# Politico 2016-08: PolNeAR train). The near-misses: the one they are the relative of, called
# by the surname alone before or named for themself since (HuffPost, BASIL 2013, shortened),
# stays whom it goes on with; a relation that is an object ("who
# met the mother of") describes no one named; a relation with no holder of the surname before
# it in its sentence describes no one named either.
_SMITH = (
    "Last week, Clinton said the families of the Benghazi victims were wrong in their "
    "recollections that she blamed the video for the attack. "
)
NAMED_FOR_A_RELATIVE = [
    (
        _SMITH + "However, Patricia Smith, mother of Benghazi victim Sean Smith, forcefully "
        "rejected Clinton\u2019s claim.\n\n\u201cWe were nose-to-nose at the coffin ceremony. "
        "She lied to me,\u201d Smith said.",
        "We were nose-to-nose at the coffin ceremony. She lied to me",
        "Patricia Smith",
    ),
    (
        "The founder and chairman of the Podesta Group, Tony Podesta, is the brother of "
        "longtime Democratic strategist John Podesta, who now is campaign chairman for "
        "Democratic nominee Hillary Clinton.\n\nPodesta, who said the project was vetted by "
        "his firm's counsel, said he was unaware of any such disagreements.",
        "he was unaware of any such disagreements",
        "Tony Podesta",
    ),
    # near-misses
    (
        "Alan Grayson said he would stay in the race. Grayson, however, was not dropping out. "
        "Dena Grayson, the wife of Alan Grayson, is running for his House seat. Grayson said "
        "the claims were false.",
        "the claims were false",
        "Alan Grayson",
    ),
    (
        "Sean Smith was killed in the attack. Patricia Smith, who met the mother of Sean Smith "
        "on Monday, spoke at the ceremony. Smith said the family was grateful.",
        "the family was grateful",
        "Sean Smith",
    ),
    (
        "Mary Cheney, the younger sister of Wyoming U.S Senate candidate Liz Cheney, criticized "
        "her sister's opposition to same-sex marriage in a Friday Facebook post. On Friday, Liz "
        "Cheney issued a statement voicing her opposition to same-sex marriage. According to "
        "The Hill, Cheney said she did not support gay marriage.",
        "she did not support gay marriage",
        "Liz Cheney",
    ),
    (
        "Sean Smith was killed in the attack. The mother of Sean Smith spoke at the ceremony. "
        "Patricia Smith wept. Smith said the family was grateful.",
        "the family was grateful",
        "Patricia Smith",
    ),
    # the round-63 code review: a relative named as an object is not what the sentence is
    # about, and a family noun after "whose" is another's
    (
        "The firm was founded by Tony Podesta, the brother of campaign chairman John Podesta. "
        "Hackers stole thousands of emails from the campaign. Podesta said the emails were "
        "stolen by Russia.",
        "the emails were stolen by Russia",
        "John Podesta",
    ),
    (
        "John Smith, whose lawyer is the brother of Mark Smith, declined to comment. Smith said "
        "the case was closed.",
        "the case was closed",
        "Mark Smith",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), NAMED_FOR_A_RELATIVE)
def test_a_bare_surname_goes_on_with_the_relative_a_sentence_names_not_whose_they_are(
    text, content, speaker
):
    assert_spoken_by(text, content, speaker, "person")


# A surname two people share, one of them called by a given name alone: the bare surname goes
# on with the one the text last named by the surname, not the one it calls by the given name
# (news style's way of setting the other apart), nor with a brand the tagger took for that
# given name (Politico, 2016, Clinton's childhood friend and her husband; names changed). The
# near-miss: once the text names the husband by the surname, the surname after him is his.
_FRIEND = (
    "Betsy Ebersole, 68, Clinton\u2019s close friend since sixth grade, has been held up "
    "throughout the campaign as living proof that Clinton is an honest broker.\n\n"
)
_HUSBAND_NAMED = (
    "\n\nAs for Donald Trump\u2019s attacks? \u201cIt goes in here and goes out here,\u201d "
    "Tom Ebersole said, pointing to one and then the other of his ears."
)
CALLED_BY_A_GIVEN_NAME = [
    (
        _FRIEND
        + "On Sunday afternoon, dressed in a full-length puffy North Face jacket and a pair of "
        "slip-on Tom\u2019s flat shoes, Ebersole and her husband, Tom, were greeted by an "
        "organizer at a field office in precinct 78.\n\nLike a family member, Ebersole said "
        "it\u2019s sometimes hard for her to watch the attacks on her friend." + _HUSBAND_NAMED,
        "it\u2019s sometimes hard for her to watch the attacks on her friend",
        "Betsy Ebersole",
    ),
    (
        _FRIEND
        + "Ebersole and her husband, Tom, were greeted by an organizer at a field office in "
        "precinct 78.\n\n\u201cThis is one of Hillary\u2019s friends from sixth grade,\u201d Tom "
        "told Annette Guessford at the door of a house on Park Avenue.\n\nWalking to the next "
        "address, Ebersole reminisced about her days growing up, and said their political "
        "views were both changed by the Vietnam War." + _HUSBAND_NAMED,
        "their political views were both changed by the Vietnam War",
        "Betsy Ebersole",
    ),
    (
        _FRIEND
        + "Ebersole and her husband, Tom, were greeted by an organizer at a field office in "
        "precinct 78." + _HUSBAND_NAMED + " Ebersole said he was much better about it than "
        "she was.",
        "he was much better about it than she was",
        "Tom Ebersole",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CALLED_BY_A_GIVEN_NAME)
def test_a_bare_surname_is_not_the_namesake_called_by_a_given_name(text, content, speaker):
    assert_spoken_by(text, content, speaker, "person")


# A Spanish name's first surname, the father's, printed alone with an honorific ("Ms. Acosta"
# for Melba Acosta Febo, NYT style) is that person; never where a name ends or begins with the
# word, nor where the word is a given name the census lists (the near-misses).
FIRST_SURNAME = [
    # NYT, 2015 (PolNeAR train), Puerto Rico's Government Development Bank
    (
        "\u201cGuarantees are good when you have a good venture,\u201d said Melba Acosta Febo, "
        "the president and chairwoman of the bank. A lawyer and Harvard-trained accountant, Ms. "
        "Acosta is also now serving as a kind of financial magician. Puerto Rico has been "
        "warning that it is running out of cash, and Ms. Acosta said the \u201cextraordinary "
        "measures\u201d she had been using to produce cash so far were unsustainable.",
        "the \u201cextraordinary measures\u201d she had been using to produce cash so far were "
        "unsustainable",
        "Melba Acosta Febo",
    ),
    (
        "\u201cWe need Chapter 9,\u201d said Ms. Acosta, referring to the bankruptcy chapter. "
        "The bank\u2019s president, Melba Acosta Febo, spoke in San Juan. \u201cUsually we get "
        "that back,\u201d Ms. Acosta said.",
        "Usually we get that back",
        "Melba Acosta Febo",
    ),
    # a name that ends in the word goes first: "Ms. Acosta" is Ana Acosta, not the other
    (
        "Melba Acosta Febo, the president of the bank, spoke in San Juan. Ana Acosta, a "
        "lawyer, spoke in Ponce. Ms. Acosta said the law was clear.",
        "the law was clear",
        "Ana Acosta",
    ),
    # not only Spanish: a maiden name kept before the married one
    (
        "Hillary Rodham Clinton spoke in Iowa. Ms. Rodham said the plan would fail.",
        "the plan would fail",
        "Hillary Rodham Clinton",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), FIRST_SURNAME)
def test_a_first_of_two_surnames_alone_is_that_person(text, content, speaker):
    assert_spoken_by(text, content, speaker, "person")


def test_a_middle_word_that_is_a_given_name_is_no_first_surname():
    """ "Mr. Walker" is never George Herbert Walker Bush: a given name the census lists is no
    surname of a Spanish naming."""
    said = {
        s.content.text: s.speaker.name
        for s in statements_of(
            "George Herbert Walker Bush spoke in Houston. Mr. Walker said the plan would fail."
        )
    }
    assert said["the plan would fail"] == "Walker"


def test_one_named_by_a_relatives_noun_is_no_relative():
    """Reviewer, twenty-first round: "his wife's lawyer, Ann Carson" is the wife's lawyer, not
    his wife; "Carson said" goes on with her, the namesake named last, as it did before the
    round (the surname rule took her for a relative and gave it to the senator)."""
    assert_spoken_by(
        "Senator Tom Carson spoke in Ohio. His wife's lawyer, Ann Carson, spoke in Iowa. "
        "Carson said the deal was fair.",
        "the deal was fair",
        "Ann Carson",
        "person",
    )


def test_a_relative_the_text_calls_by_the_surname_alone_stays_a_namesake():
    """Reviewer, twenty-first round: one the text called "Carson" before naming him her
    husband is no namesake named only as a relative; his bare surname goes on with him."""
    assert_spoken_by(
        "Bill Carson spoke in Ohio. Carson said the race was close. His wife, Hilda Carson, "
        "spoke in Iowa. Carson said the plan would fail.",
        "the plan would fail",
        "Bill Carson",
        "person",
    )


def test_he_goes_up_the_tree_to_the_person_a_clause_above_acts_on_and_stays_with_it():
    """Fox, 2017 Flynn story: no person is a subject before the first "he", so it is the
    president the clause above it acts on (not Graham, quoted before); the second "he" goes on
    with the first, not with Flynn named between; and what he asked, inside what he would
    have known, is still his own statement. What he "would have known" is the experts'
    reading of the tweet, no statement of his (`nesting.nest`: only supposed)."""
    text = (
        "President Trump on Monday called the criminal case against Michael Flynn \u201cvery "
        "unfair.\u201d\n\nOn Sunday, Sen. Lindsey Graham, R-S.C., suggested Trump might want "
        "to think twice before tweeting.\n\n\u201cYou tweet and comment regarding ongoing "
        "criminal investigations at your own peril,\u201d he said on CBS\u2019 \u201cFace the "
        "Nation.\u201d\n\nThat tweet immediately caused problems for the White House, as some "
        "legal experts said it potentially exposed the president to obstruction of justice "
        "allegations \u2013 since, according to the tweet, he would have known Flynn lied to "
        "agents when he allegedly asked Comey to lay off the Flynn investigation and later "
        "fired Comey."
    )
    said = {s.content.text: s.speaker.name for s in statements_of(text)}
    assert said["Comey to lay off the Flynn investigation and later fired Comey"] == "Trump"
    assert not any(c.startswith("Flynn lied to agents") for c in said)


def test_a_straight_opening_mark_closed_by_a_curly_one_is_one_quote_with_its_cue():
    """Fox, 2015 trade story: the quote opens with a straight mark and closes with a curly
    one before the straight marks of the show's name; it is Sanders's, not a quote going on
    with Clinton's words before it."""
    text = (
        "Vermont Independent Sen. Bernie Sanders has opposed the trade deal and questioned "
        "Clinton's refusal to say where she stood.\n\n\"It is a failed trade policy, and I "
        "would hope that the Secretary joins Elizabeth Warren in saying, \u2018No, we've got "
        "to defeat this piece of legislation,\u2019 \u201d Sanders said on CBS' \"Face the "
        'Nation."'
    )
    found = [s for s in statements_of(text) if s.content.text.startswith("It is a failed")]
    assert [s.speaker.name for s in found] == ["Bernie Sanders"]


def test_a_quote_ending_the_paragraph_after_a_saying_s_comma_goes_on_with_it():
    """Fox, 2015 trade story: the quote after "saying while …, " is what she said."""
    text = (
        "Clinton appeared to be seeking a middle ground, saying while some support the deal "
        "and others vehemently oppose it, \"I kind of fall in the group that says \u2018what's "
        "in it?\u2019 And \u2018let's make it as good as it can be, and then let's make a "
        "decision.\u2019 \u201d"
    )
    (said,) = [s for s in statements_of(text) if s.cue and s.cue.text == "saying"]
    assert said.speaker.name == "Clinton"
    assert said.content.text.endswith("then let's make a decision.\u2019 ")
    assert said.fragments[-1].text.startswith("I kind of fall in the group")


def test_they_goes_on_with_people_joined_by_and_as_the_subject_before():
    """HuffPost, 2019 Mueller report story: "they" opening the next paragraph is the two
    leaders the sentence before joined by "and" (plural as "Democrats" is), not a country."""
    text = (
        "Russia attacked our democracy in 2016, Sen. Mark Warner said, and the report must be "
        "made public.\n\nSen. Kirsten Gillibrand (D-N.Y.) said that the report should be "
        "released \u201cwithout delay,\u201d and House Speaker Nancy Pelosi (D-Calif.) and "
        "Senate Minority Leader Chuck Schumer (D-N.Y.) released a joint statement in "
        "agreement.\n\nThey, like Warner, didn\u2019t want Trump to throw a wrench in "
        "Congress\u2019 spokes by getting early access to the documents."
    )
    (want,) = [s for s in statements_of(text) if s.cue and s.cue.text == "want"]
    assert want.speaker.name == "Nancy Pelosi and Chuck Schumer"


def test_they_goes_on_with_the_advocates_its_sentence_opens_with():
    """NYT, 2013 gun plan story: advocates are people who speak (PolNeAR train has 22 sources
    that are advocates), so "they" is theirs, not the allies quoted before."""
    text = (
        "Mr. Obama\u2019s allies said the president should act on his own. \u201cDon\u2019t "
        "allow a side issue to derail these things,\u201d Mr. Emanuel said during a discussion "
        "about gun policy. While many gun control advocates are eager to harness what they "
        "believe is a ripe moment in American life for new and robust restrictions, there is an "
        "emerging consensus on Capitol Hill that improving the system is a better goal."
    )
    (believe,) = [s for s in statements_of(text) if s.cue and s.cue.text == "believe"]
    assert believe.speaker.name == "many gun control advocates"


def test_a_subject_the_tagger_took_for_a_verb_is_still_the_person_he_goes_on_with():
    """Fox, 2017 Flynn story: the tagger reads "Trump" as the verb "to trump"; as the subject
    of the sentence it is still the man "he" goes on with, not his lawyer quoted before, and
    the man who denies (`name_tagged_verb`): what he denies asking is no request of his."""
    text = (
        "President Trump on Monday called the criminal case against former national security "
        'adviser Michael Flynn "very unfair."\n\nTrump\u2019s personal lawyer John Dowd '
        "later said he was the one who wrote that tweet, saying he \u201cdid not mean to break "
        "news.\u201d\n\nDowd attempted to explain Sunday that the tweet was referring to "
        "then-acting Attorney General Sally Yates telling White House Counsel Don McGahn in "
        "January that Flynn had \u201cgiven the agents the same story he gave the vice "
        "president.\u201d\n\nHe also said the agents seemed to think Flynn was confused. "
        "\n\n\u201cAll the president knew was that the department was not accusing him of "
        "lying,\u201d Dowd said.\n\nTrump over the weekend denied that he asked Comey to stop "
        "investigating Flynn."
    )
    (denied,) = [s for s in statements_of(text) if s.cue and s.cue.text == "denied"]
    assert (denied.speaker.name, denied.content.text) == (
        "Trump",
        "that he asked Comey to stop investigating Flynn",
    )
    assert not [s for s in statements_of(text) if s.cue and s.cue.text == "asked"]


# A pronoun no statement before resolves goes, as Hobbs's search meets them, to the last
# sentence naming someone it can stand for, and there to the one nearest the main verb (a
# main clause's subject before a clause's, before a name in a relative clause); in its own
# sentence to the nearest. Four of 13 BASIL triplets read for issue 13 had one of these wrong.
# (text, the words the statement's content starts with, speaker)
SALIENT = [
    # HuffPost, 2013 Cheney sisters story (names changed): the partner is named inside the
    # relative clause; the woman who wrote is the sentence's subject
    (
        "Anna Wells, the younger sister of Senate candidate Liz Wells, criticized her "
        "sister's opposition to same-sex marriage in a Friday Facebook post, the New York "
        "Times reports.\n\nAccording to the Times, Anna Wells, who is openly gay and married "
        "her partner, Laura Price, in Washington, DC last year, took to Facebook to rebuke her "
        "sister's remarks.\n\n\u201cFor the record, I love my sister, but she is dead wrong "
        "on the issue of marriage,\u201d she wrote.",
        "For the record",
        "Anna Wells",
    ),
    # HuffPost, 2016 wall story (names changed): the man worried is the main clause's
    # subject; the one he is worried about is a clause's
    (
        "Former Mexican President Ramon Ortiz says Mexico will not pay for a wall along the "
        "U.S. border, despite what GOP presidential hopeful Dale Becker may claim.\n\nOrtiz, "
        "however, isn't worried that Becker will actually win the presidency.\n\n"
        "\"Democracy cannot pick crazy people that doesn't know what's going on in the world "
        'today," he said.',
        "Democracy cannot pick",
        "Ramon Ortiz",
    ),
    # HuffPost, 2019 shutdown story: in its own sentence "he" is the nearest man
    (
        "WASHINGTON \u2014 President Donald Trump\u2019s partial government shutdown over his "
        "border wall closed in on the two-week mark with no end in sight.\n\n"
        "Senate Minority Leader Chuck Schumer and House Speaker-to-be Nancy Pelosi made their "
        "first visit to the White House since their Dec. 11 meeting with Trump, when he said "
        "he would be \u201cproud\u201d to take responsibility for a government shutdown.",
        "he would be",
        "Donald Trump",
    ),
    # NYT, 2019 Tlaib story: "they" is the people its own sentence opens with, not the
    # "Others" of the paragraph before
    (
        "Representatives Brad Sherman of California and Al Green of Texas formally introduced "
        "an article of impeachment on Thursday. Others are expected to follow.\n\nMany of "
        "Ms. Tlaib\u2019s new colleagues expressed sympathy for her sentiments, even as they "
        "said the House should proceed differently.",
        "the House should",
        "many of Ms. Tlaib\u2019s new colleagues",
    ),
    # HuffPost, 2019 shutdown story: "Trump" tagged a common noun is still the subject "his"
    # goes on with, not the senator quoted before
    (
        "WASHINGTON \u2014 President Donald Trump\u2019s partial government shutdown over his "
        "border wall closed in on the two-week mark with no end in sight.\n\nSenate Majority "
        "Leader Mitch McConnell, though, said he will not take up legislation that Trump has "
        "not endorsed, which means the shutdown will continue.\n\nAbout a quarter of the "
        "federal government ran out of operating money at midnight Dec. 21 after Trump reneged "
        "on his commitment to a sign a short-term spending bill that had already passed the "
        "Senate on a unanimous vote. Trump changed his mind after Fox News and talk radio hosts "
        "ridiculed him for again backing down on his demand for wall money.",
        "wall money",
        "Donald Trump",
    ),
    # Politico, 2016 tax-plan story (names changed): a paragraph that opens with a quote and
    # "she said" goes on with the one woman the paragraph before ends naming, not the woman
    # quoted two paragraphs up
    (
        "Some average Americans would see their taxes go up under the plan, said Laura "
        "Bates, a former tax aide now teaching at New York University.\n\nIt\u2019s become "
        "a major issue in the campaign, with Nancy Carver \u2014 who\u2019s called for big "
        "tax hikes on the rich \u2014 lambasting Dale Becker\u2019s plan.\n\n\u201cThe kind "
        "of plan that Dale has put forth would be trickle-down economics all over again,"
        "\u201d she said in the first debate.",
        "The kind of plan",
        "Nancy Carver",
    ),
    # Politico, 2016 unity story (names changed): the quote after the sentence about the man
    # who was asked is his answer, not the question's asker's, a clause below him
    (
        "House Speaker Paul Rand also did not exude confidence when CNN host Jake Tupper "
        "asked whether Republicans would be able to hold on to the House and Senate in "
        "November.\n\n\u201cThe one thing I think you can predict of this year, it is gonna "
        "be unpredictable,\u201d he said.",
        "The one thing I think",
        "Paul Rand",
    ),
    # HuffPost, 2015 email story (names changed): "she said" after the quote goes on with the
    # woman the sentence before is about, not the man quoted before her
    (
        "Sen. Joe Walsh suggested Thursday that Nancy Carver\u2019s use of personal email was "
        "hypocritical.\n\n\u201cThis is the same individual that just excoriated the "
        "administration for hiding communications,\u201d Walsh said.\n\nWhile serving as a "
        "senator from New York in 2007, Carver criticized the administration for its "
        '"secrecy," according to The Hill. "We know about the secret wiretaps, we know about '
        'the secret military tribunals," she said.',
        "We know about the secret wiretaps",
        "Nancy Carver",
    ),
    # NYT, 2012 vice-presidential debate story (names changed): the man who showed his
    # irritation is the one who speaks, not the one interrupting in the clause below him
    (
        "It was a spirited debate between Vice President Joe Baden and Representative Paul "
        "Rand, but Mr. Rand at times seemed disconcerted by the intensity Mr. Baden brought to "
        "the night. Mr. Rand tried to be respectful, listening to the vice president with a "
        "tilted head, but he showed his irritation when Mr. Baden kept interrupting to attack "
        "his policy on Medicare. \u201cI know you\u2019re under duress,\u201d he told the vice "
        "president, prompting another belly laugh.",
        "I know you\u2019re under duress",
        "Paul Rand",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), SALIENT)
def test_a_pronoun_goes_to_the_most_salient_person_of_the_last_sentence_naming_one(
    text, content, speaker
):
    (said,) = [s for s in statements_of(text) if s.content.text.startswith(content)]
    assert said.speaker.name == speaker


# The name a sentence opens with as what it is about, which the parse gives no subject's role
# (the root the parser made of it, the pronoun's clause hung on it; the topic of "As for"), is
# whom "he" or "she" later in the sentence goes on with, not the person quoted before
# (PolNeAR train; the story gold credited each to the earlier speaker)
# (text, the words the statement's content starts with, speaker)
TOPIC_NAMES = [
    # The Washington Post, 2016, on Obama's court pick
    (
        "Lindsey Graham and David Perdue, who are both on the Judiciary Committee, said on the "
        'record that it would be inappropriate and disingenuous. "We can\'t have it both ways," '
        "Graham said.\n\nClinton, though she praised Garland and said Republicans should give "
        "him a hearing, notably stopped short of committing to renominate him if she wins.",
        "Republicans should give him a hearing",
        "Clinton",
    ),
    # Politico, 2016, on the FBI's decision on Clinton's emails
    (
        "\u201cBecause Clinton is running for president, if she is elected, she will have been "
        "cleared by the American people,\u201d Aftergood said. \u201cOther people who are "
        "employees of the State Department or other agencies might have new hurdles to face in "
        "future employment.\u201d\n\nRep. Devin Nunes (R-Calif.), chairman of the House "
        "Intelligence Committee, didn\u2019t second-guess Comey\u2019s recommendation on "
        "prosecution, but he did call for more accountability down the road.",
        "more accountability",
        "Devin Nunes",
    ),
    # Politico, 2016, on the Republican rivals and a brokered convention
    (
        "Cruz warned against the \u201cfevered dreams\u201d of a brokered convention, but had a "
        "more ominous take. \u201cI think that would be an absolute disaster, and we need to "
        "respect the will of the voters,\u201d the Texas senator said.\n\nAs for Trump, he "
        "said he\u2019s not worried. \u201cFirst of all, I think I'm going to have the "
        "delegates, OK? I think. Let's see what happens,\u201d he said.",
        "he\u2019s not worried",
        "Trump",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), TOPIC_NAMES)
def test_a_pronoun_goes_on_with_the_name_its_sentence_is_about_though_the_parse_made_it_no_subject(
    text, content, speaker
):
    (said,) = [s for s in statements_of(text) if s.content.text.startswith(content)]
    assert said.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "name", "aliases"),
    [
        # the Washington Post on the Trump University records (2016): the state is the office's
        (
            "In addition to the class action cases, New York Attorney General Eric "
            "Schneiderman filed a $40 million lawsuit in 2013.",
            "Eric Schneiderman",
            ["Attorney General Eric Schneiderman", "New York Attorney General Eric Schneiderman"],
        ),
        (
            "Texas Gov. Greg Abbott signed the bill on Friday.",
            "Greg Abbott",
            ["Gov. Greg Abbott", "Texas Gov. Greg Abbott"],
        ),
        # a country, or a word that is no state, is not kept
        (
            "U.S. Attorney General Eric Holder said the case was closed.",
            "Eric Holder",
            ["U.S. Attorney General Eric Holder"],
        ),
        (
            "Former Attorney General Eric Holder said the case was closed.",
            "Eric Holder",
            ["Attorney General Eric Holder"],
        ),
    ],
)
def test_a_state_before_a_persons_titles_is_kept_as_an_alias(text, name, aliases):
    (person,) = [e for e in entities_of(text) if e.name == name]
    assert sorted(a for a in person.aliases if " " in a) == sorted(aliases)


def test_mr_and_mrs_go_by_the_given_names_sex_where_the_text_gives_none():
    # the NYT on the Clintons' returns (names changed): neither full name comes with a sex
    text = (
        "Helen Rodham Carver on Friday released her tax returns, showing that she and former "
        "President Frank Carver earned $139 million. Mrs. Carver said last year that they were "
        "broke. Mr. Carver earned $13.17 million in 2013."
    )
    people = {e.name: e for e in entities_of(text) if e.type == "person"}
    assert [m.text for m in people["Helen Rodham Carver"].mentions][-1] == "Carver"
    assert "Mrs. Carver" in people["Helen Rodham Carver"].aliases
    assert "Mr. Carver" in people["Frank Carver"].aliases
    assert (people["Helen Rodham Carver"].gender, people["Frank Carver"].gender) == (
        "female",
        "male",
    )


def _parsed(words, heads, deps, pos, ents):
    """A Doc built by hand: the tagger's slips, reproduced without the model."""
    import spacy
    from spacy.tokens import Doc

    spaces = [i + 1 < len(words) and words[i + 1] not in ".," for i in range(len(words))]
    return Doc(
        spacy.blank("en").vocab,
        words=words,
        spaces=spaces,
        heads=heads,
        deps=deps,
        pos=pos,
        ents=ents,
    )


@pytest.mark.parametrize(
    ("second", "label", "one"),
    [
        # "Verderosa said" tagged as a place is the chief named before
        ("Verderosa", "GPE", True),
        # a capital stays a place, even as a subject
        ("Washington", "GPE", False),
    ],
)
def test_a_surname_the_tagger_took_for_a_place_is_the_person(second, label, one):
    from whatweknow.extract.entities import build_index

    words = ["Chief", "Matthew", "R.", second, "left", ".", second, "said", "it", "was", "calm"]
    deps = ["compound", "compound", "compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT"]
    pos = ["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PRON", "AUX"]
    doc = _parsed(
        [*words, "."],
        [3, 3, 3, 4, 4, 4, 7, 7, 9, 7, 9, 7],
        [*deps, "nsubj", "ccomp", "acomp", "punct"],
        [*pos, "ADJ", "PUNCT"],
        ["O", "B-PERSON", "I-PERSON", "I-PERSON", "O", "O", f"B-{label}", "O", "O", "O", "O", "O"],
    )
    entities = build_index(doc).entities
    people = [e for e in entities if e.type == "person"]
    assert (len(people[0].mentions) == 2) is one, [(e.name, e.type) for e in entities]


@pytest.mark.parametrize(
    ("given", "people"),
    [
        # BASIL (NYT, names changed): NER tags "Mr. Wexler" but not "Representative Dale Wexler
        # of Ohio, …, said"; both are Dale Wexler, not a person "Wexler"
        ("Dale", [("Dale Wexler", ["Dale Wexler", "Wexler"])]),
        # a common word before the surname is no given name ("Fort Wexler" is a place)
        ("Fort", [("Wexler", ["Wexler"])]),
    ],
)
def test_a_full_name_the_tagger_missed_is_the_name_of_the_surname_it_found(given, people):
    from whatweknow.extract.entities import build_index

    words = f"Representative {given} Wexler of Ohio said it was over . Mr. Wexler said so ."
    words = words.split()
    doc = _parsed(
        words,
        [2, 2, 5, 2, 3, 5, 7, 5, 7, 5, 12, 13, 13, 13, 13],
        "compound compound nsubj prep pobj ROOT nsubj ccomp acomp punct compound nsubj "
        "ROOT advmod punct".split(),
        "PROPN PROPN PROPN ADP PROPN VERB PRON AUX ADJ PUNCT PROPN PROPN VERB ADV PUNCT".split(),
        ["O"] * 4 + ["B-GPE"] + ["O"] * 6 + ["B-PERSON"] + ["O"] * 3,
    )
    found = [e for e in build_index(doc).entities if e.type == "person"]
    assert [(e.name, [m.text for m in e.mentions]) for e in found] == people


def test_a_place_after_of_is_no_given_name_shared_with_the_next_person():
    # Politico, 2016 Cruz story: "Georgia" is where Isakson is from, not "Georgia Boozman"
    from whatweknow.extract.entities import build_index

    doc = load_nlp()(
        "Sens. Johnny Isakson of Georgia and John Boozman of Arkansas also said they would "
        "be happy to have him."
    )
    people = sorted(e.name for e in build_index(doc).entities if e.type == "person")
    assert people == ["John Boozman", "Johnny Isakson"]


def test_a_surname_the_tagger_took_for_an_organisation_keeps_the_sex_the_text_gives():
    # "Hunter said he …" after "Duncan Hunter and Margaret Hunter" (issue 13's Hunters): the
    # husband, whatever the tagger labelled the surname and whoever was named last
    from whatweknow.extract.entities import build_index

    words = "Duncan Hunter and Margaret Hunter left . Hunter said he was innocent .".split()
    doc = _parsed(
        words,
        [1, 5, 1, 4, 1, 5, 5, 8, 8, 10, 8, 10, 8],
        "compound nsubj cc compound conj ROOT punct nsubj ROOT nsubj ccomp acomp punct".split(),
        "PROPN PROPN CCONJ PROPN PROPN VERB PUNCT PROPN VERB PRON AUX ADJ PUNCT".split(),
        ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "B-ORG"] + ["O"] * 5,
    )
    people = {e.name: [m.text for m in e.mentions] for e in build_index(doc).entities}
    assert people["Duncan Hunter"] == ["Duncan Hunter", "Hunter"], people
    assert people["Margaret Hunter"] == ["Margaret Hunter"], people


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # PolNeAR train, HuffPost 2016-06-22 (Clinton reassures House Democrats): the numbers
        # have fallen; the Democrats are hopeful
        (
            "Yet Democrats leaving a nearly two-hour discussion with the former secretary of "
            "state in the U.S. Capitol did not seem to be worried about division within the "
            "party.\nDemocrats\u2019 numbers in the House have continually fallen since the "
            "chamber flipped six years ago. This year more than ever, however, they\u2019re "
            "hopeful that will change \u2014 thanks, in large part, to presumptive Republican "
            "nominee Donald Trump.",
            "that will change",
            "Democrats",
        ),
        # PolNeAR train, USA Today 2015-12-07 (GOP targets Clinton's foreign policy): the
        # arguments are the Republicans'; the Democrats say they are easily refuted
        (
            "Democrats say Republicans are looking for a new line of attack because interest "
            "in her private email server has waned.\n\nWhat's more, many of their best "
            "arguments, like that Clinton advocated for a speedy Iraq withdrawal, are easily "
            "refuted, they say.",
            "are easily refuted",
            "Democrats",
        ),
    ],
)
def test_they_is_never_what_people_claim_or_count(text, words, speaker):
    (said,) = [s for s in statements_of(text) if words in s.content.text]
    assert said.speaker.name == speaker


def test_they_is_never_a_single_place():
    found = statements_of(
        "Santorum spoke at a conference in Ohio on Saturday. He said the radical "
        "environmentalists were wrong, suggesting that they believe man should protect the earth."
    )
    assert found and "Ohio" not in {s.speaker.name for s in found}, [
        (s.speaker.name, s.content.text) for s in found
    ]


def test_an_editors_bracketed_we_inside_a_quote_is_no_speaker():
    # BASIL ae243a95 (HuffPost): the brief listed "W e" saying "that we will not agree …"
    text = (
        "On Wednesday, Senate Majority Leader Harry Reid (D-Nev.) received a letter signed by "
        'all 42 Senate Republicans, which stated, "[W]e write to inform you that we will not '
        "agree to invoke cloture on the motion to proceed to any legislative item until the "
        'Senate has acted to fund the government."'
    )
    speakers = [s.speaker.name for s in statements_of(text)]
    assert speakers == ["letter"]


def test_a_poll_named_with_a_slash_and_a_space_is_the_speaker():
    # BASIL af4a3f41 (Fox): the speaker was "new NBC/", the poll its apposition
    (statement,) = extract(
        clean(
            Article(
                "A new NBC/ Wall Street Journal poll of GOP primary voters shows 23 percent "
                "picked former Florida Gov. Jeb Bush as their first choice.",
                "test",
                "text",
            )
        ),
        load_nlp(),
    ).statements
    assert statement.speaker.name == "new NBC/ Wall Street Journal poll of GOP primary voters"
    assert statement.speaker.kind == "document"


@pytest.mark.parametrize(
    ("text", "name", "descriptors"),
    [
        (
            "House Speaker Nancy Pelosi (D-Calif.) was in the middle of a round of meetings.",
            "Nancy Pelosi",
            ["D-Calif."],
        ),
        (
            "Rep. Kevin Brady (R-Texas), the chairman of the committee, said the bill would pass.",
            "Kevin Brady",
            ["R-Texas", "the chairman of the committee"],
        ),
    ],
)
def test_a_bracket_after_a_name_is_one_descriptor(text, name, descriptors):
    """Reader review I5: "Nancy Pelosi (D-Calif.)" was described as "D; Calif." (the parser
    cuts the party-state tag in two)."""
    person = next(e for e in entities_of(text) if e.name == name)
    assert [d.text for d in person.descriptors] == descriptors


@pytest.mark.parametrize(
    ("text", "name", "descriptors"),
    [
        # BASIL 576116e5 (HuffPost, names changed): "co; chair of …" in the brief
        (
            "Nancy Altmore, co-chair of Strengthen Social Security, a 300-member coalition of "
            "national and state organizations opposed to benefit cuts, said the deal was bad.",
            "Nancy Altmore",
            [
                "co-chair of Strengthen Social Security, a 300-member coalition of national and "
                "state organizations opposed to benefit cuts"
            ],
        ),
        # BASIL f688c56d (NYT): "the chairwoman of Families; Belong Together"
        (
            "Jess Morales Rocketto, the chairwoman of Families Belong Together, an immigrant "
            "advocacy group, called the idea \u201cethnic cleansing.\u201d",
            "Jess Morales Rocketto",
            ["the chairwoman of Families Belong Together", "an immigrant advocacy group"],
        ),
    ],
)
def test_a_descriptor_the_parser_cut_in_two_is_one(text, name, descriptors):
    """Reader, eighteenth round: two descriptors with only a space or a hyphen between them
    are one the parser split; the brief joined the halves with "; "."""
    person = next(e for e in entities_of(text) if e.name == name)
    assert [d.text for d in person.descriptors] == descriptors


@pytest.mark.parametrize(
    ("text", "name", "descriptors"),
    [
        # BASIL c6a0e65c (NYT, names changed)
        (
            "Mr. Rosen, the deputy attorney general, who made clear during a news conference "
            "that the Justice Department views the hacking not as an attack on one party, "
            "spoke on Friday. Rod J. Rosen said more.",
            "Rod J. Rosen",
            ["the deputy attorney general"],
        ),
        # BASIL f688c56d (HuffPost, names changed)
        (
            "Axios cited John Eastwood, a constitutional law professor at Chapman University, "
            "who said the amendment has been misapplied.",
            "John Eastwood",
            ["a constitutional law professor at Chapman University"],
        ),
        # BASIL 97b1305c (NYT, names changed): the clause on the branch's organisation
        (
            "Anita L. Rusk, president of the Kansas City, Mo., branch of the NAACP, which "
            "introduced the resolution, said it was needed.",
            "Anita L. Rusk",
            ["president of the Kansas City, Mo., branch of the NAACP"],
        ),
        # a clause with no comma is part of who they are (BASIL 1f99798f, names changed)
        (
            "Larry Jensen, a former head of criminal investigations for the U.S. Secret Service "
            "who also served as a special agent, said so.",
            "Larry Jensen",
            [
                "a former head of criminal investigations for the U.S. Secret Service who also "
                "served as a special agent"
            ],
        ),
    ],
)
def test_a_relative_clause_after_a_comma_does_not_describe_the_person(text, name, descriptors):
    """Reader, eighteenth round: "Rod J. Rosenstein, the deputy attorney general, who made clear
    during a news conference that …" headed his statements with the whole clause."""
    person = next(e for e in entities_of(text) if e.name == name)
    assert [d.text for d in person.descriptors] == descriptors


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # BASIL b4dbeda7 (Fox): the brief headed him "Mitt Romney, 49 percent to 44 percent, in
        # Florida"
        (
            "A Fox News poll released Wednesday shows Obama leading Romney, 49 percent to 44 "
            "percent, in Florida.",
            "Romney",
        ),
        # PolNeAR train (Breitbart, 2015-12-20): "Ben Carson, at 13 percent", "Marco Rubio, at
        # eight percent and"
        (
            "The latest Reuters/Ipsos poll showed Trump leading the field with support of 31 "
            "percent of Republican voters, followed by Texas Senator Ted Cruz at 17 percent, "
            "pediatric neurosurgeon Ben Carson at 13 percent, Florida Senator Marco Rubio at "
            "eight percent and former Florida Governor Jeb Bush at seven percent.",
            "Marco Rubio",
        ),
        (
            "The latest Reuters/Ipsos poll showed Trump leading the field with support of 31 "
            "percent of Republican voters, followed by Texas Senator Ted Cruz at 17 percent, "
            "pediatric neurosurgeon Ben Carson at 13 percent, Florida Senator Marco Rubio at "
            "eight percent and former Florida Governor Jeb Bush at seven percent.",
            "Ben Carson",
        ),
    ],
)
def test_a_share_of_a_poll_after_a_name_does_not_describe_the_person(text, name):
    """Reader, twenty-first round: a share of a poll or a vote the parser hung on a candidate's
    name headed the candidate's statements (BASIL b4dbeda7, af4a3f41; PolNeAR train, 5
    articles)."""
    person = next(e for e in entities_of(text) if e.name == name)
    assert [d.text for d in person.descriptors] == []


@pytest.mark.parametrize(
    ("text", "described"),
    [
        # the role after the last of two names is the last one's (NYT, 2019 shutdown story)
        (
            "Pressed by Vice President Mike Pence and Representative Kevin McCarthy of "
            "California, the incoming minority leader, they refused to budge from their offer.",
            {"Mike Pence": [], "Kevin McCarthy": ["of California", "the incoming minority leader"]},
        ),
        # a role ends at its "and" (NYT, 2018 shutdown deal story)
        (
            "They accused Senator Chuck Schumer of New York, the Democratic leader, and moderate "
            "Democratic senators of capitulating to protect senators up for re-election.",
            {"Chuck Schumer": ["of New York", "the Democratic leader"]},
        ),
        # a role set off by commas starts after its comma (Fox, 2017 Alabama story)
        (
            "She told the newspaper that Moore, then an assistant district attorney, first "
            "approached her in 1979.",
            {"Moore": ["then an assistant district attorney"]},
        ),
        # two roles of one person joined by "and" are one role (NYT, 2017 Alabama story)
        (
            "The Post reported that, in early 1979, Mr. Moore, then a district attorney and "
            "later the chief justice of the state Supreme Court, had approached a 14-year-old.",
            {
                "Moore": [
                    "then a district attorney and later the chief justice of the state Supreme Court"
                ]
            },
        ),
    ],
)
def test_a_role_apposition_is_the_right_person_s_and_only_the_role(text, described):
    found = {e.name: [d.text for d in e.descriptors] for e in entities_of(text)}
    assert {name: found.get(name) for name in described} == described


def test_an_apposition_inside_a_quote_is_no_description():
    """A user's read of the 2016 Vicente Fox story (HuffPost): the brief headed Trump's
    statements "Donald Trump, this false prophet that is just cheating everybody", an insult
    in Fox's quote. The writer's apposition outside the quote still describes him."""
    text = (
        "Vicente Fox, Mexico's president from 2000 to 2006, criticized the visit. "
        "\u201cI hope U.S. citizens can finally see what is behind Trump, this false prophet "
        "that is just cheating everybody,\u201d Fox said."
    )
    found = {e.name: [d.text for d in e.descriptors] for e in entities_of(text)}
    assert found["Vicente Fox"] == ["Mexico's president from 2000 to 2006"]
    assert found["Trump"] == []


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        (
            "The American Civil Liberties Union opposed the bill. The ACLU said the law was "
            "unconstitutional.",
            "American Civil Liberties Union",
            "ACLU",
        ),
        (
            "The Department of Justice opened an inquiry. The DOJ said it would not comment.",
            "Department of Justice",
            "DOJ",
        ),
    ],
)
def test_an_organisation_and_its_initials_in_one_article_are_one(text, name, acronym):
    """Held-out review: 'ACLU' and 'American Civil Liberties Union' were two speakers of one
    Fox article, which never wrote "(ACLU)" after the name."""
    organisations = [e for e in entities_of(text) if e.type == "organization"]
    assert [(e.name, e.aliases) for e in organisations] == [(name, (acronym,))]


# A newspaper named in full, then by its masthead's last word (PolNeAR train 07747ee0,
# 547615fd and 60602c7f, BASIL 12bf9108): one organisation, the full name its speaker's
NEWSPAPERS_BY_LAST_WORD = [
    (
        "The Washington Post noted that author Edward Klein was seen with Trump, both riding "
        "with him and eating with him in Indianapolis. The Post reported that Klein said he was "
        "gathering material for a new venture.",
        "that Klein said he was gathering material for a new venture",
    ),
    (
        "The Washington Post reported that Lewandowski was ousted “at the urging of [Trump’s] "
        "three adult children and many key allies.” Members of the Trump family long ago "
        "soured on Lewandowski, the Post reported, citing another anonymous source.",
        "Members of the Trump family long ago soured on Lewandowski",
    ),
    (
        "Mr. Bezos owns The Washington Post, which has covered Mr. Trump intensively and "
        "critically. He said at a Post-sponsored tech conference that he was “very, very "
        "comfortable with all of Amazon's approaches and behaviors,” The Post reported.",
        "He said at a Post-sponsored tech conference that he was “very, very comfortable with "
        "all of Amazon's approaches and behaviors,”",
    ),
    (
        "Moore lashed out earlier at what he called \"the Obama-Clinton machine's liberal media "
        "lapdogs\" after The Washington Post reported on a woman's claims that the former judge "
        "and staunch social conservative pursued her. The Post noted that the legal age of "
        "consent in the state is 16.",
        "that the legal age of consent in the state is 16",
    ),
]


@pytest.mark.parametrize(("text", "content"), NEWSPAPERS_BY_LAST_WORD)
def test_a_newspaper_called_by_its_masthead_s_last_word_is_the_one_named_in_full(text, content):
    """Reader's check: "The Post noted …" was shown under a speaker "Post" beside "Washington
    Post" (nine articles of BASIL and PolNeAR train credited "Post", "Times" or "Journal"
    apart from the paper the text named in full)."""
    assert_spoken_by(text, content, "Washington Post", "organization")
    papers = [e for e in entities_of(text) if e.name.endswith("Post")]
    assert [(e.name, e.aliases) for e in papers] == [("Washington Post", ("Post",))]


def test_an_organisation_the_tagger_cut_in_two_is_one_name():
    """The seed (`make example`): "the Daniel K Inouye Asia-Pacific Center for Security
    Studies" was an organisation "Daniel K" and one "Asia-Pacific Center for Security
    Studies", the name's "Inouye" in neither; two organisations named side by side stay two."""
    text = (
        "“Reducing its own casualties could relieve some pressure on the Putin regime,” "
        "said Lami Kim, professor of security studies at the Daniel K Inouye Asia-Pacific "
        "Center for Security Studies."
    )
    organisations = [e.name for e in entities_of(text) if e.type == "organization"]
    assert organisations == ["Daniel K Inouye Asia-Pacific Center for Security Studies"]
    text = "The Pentagon and the Stimson Center both said the troops were in Kursk."
    organisations = [e.name for e in entities_of(text) if e.type == "organization"]
    assert organisations == ["Pentagon", "Stimson Center"]


def test_it_going_on_from_a_thing_is_no_body_named_before():
    """ "It's a decisive win … But it reveals that …" (extra gold, HuffPost): "it" is the win,
    neither Ohio in the tag after Ryan's name nor the House."""
    text = (
        "Pelosi defeated her lone challenger, Rep. Tim Ryan (Ohio), by a vote of 134 to 63 in "
        "the House caucus. It’s a decisive win, and it (barely) clears the two-thirds majority "
        "support that Pelosi predicted she had. But it reveals that dozens in her caucus voted "
        "against her in secret ballots."
    )
    revealed = [s for s in statements_of(text) if s.content.text.startswith("that dozens")]
    assert all(s.speaker.name is None for s in revealed), [s.speaker for s in revealed]


def test_a_name_given_in_quotes_after_the_object_is_what_was_said():
    text = (
        'Johnson said there were six arrests Wednesday. He called it "a very good night," and '
        "said the visit had let people know their voices had been heard."
    )
    called = [s for s in statements_of(text) if s.cue.text == "called"]
    assert [s.content.text for s in called] == ['it "a very good night,"']


def test_a_claim_nouns_clause_the_parser_hung_on_the_verb_is_not_what_the_verb_says():
    """Fox on Arkansas's religious freedom bill (2015)."""
    text = (
        "Arkansas Republican Gov. Asa Hutchinson on Wednesday urged state lawmakers to change a "
        "controversial religious freedom bill sent to his desk a day earlier, in the face of "
        "criticism that it could allow businesses and others to discriminate based on sexual "
        "orientation."
    )
    urged = [s for s in statements_of(text) if s.cue.text == "urged"]
    assert [s.content.text for s in urged] == [
        "state lawmakers to change a controversial religious freedom bill sent to his desk a "
        "day earlier"
    ]


def test_a_quoted_predicate_in_a_relative_clause_reports_on_its_noun():
    """HuffPost on Arkansas's religious freedom bill (2015)."""
    text = (
        'CEO Doug McMillon called on the governor to veto the bill, which he said "threatens '
        'to undermine the spirit of inclusion."'
    )
    said = [s for s in statements_of(text) if s.cue.text == "said"]
    assert [[f.text for f in s.fragments or (s.content,)] for s in said] == [
        ['the bill, which he said "threatens to undermine the spirit of inclusion."']
    ]


def test_a_speaker_span_no_token_aligns_with_is_named_without_a_head():
    """`speakers._speaker` names a pattern-found span with no head where `Doc.char_span` gives
    None; `_named` sorted (None,) by token index and raised AttributeError."""
    from whatweknow.extract.attribution import speakers
    from whatweknow.extract.attribution.context import Context
    from whatweknow.extract.entities import build_index

    text = "Mark Cancian said the troops would stay."
    document = clean(Article(text, "test", "text"))
    doc = load_nlp()(document.text)
    ctx = Context(doc, document, build_index(doc))
    said = speakers.named(ctx, (0, len("Mark Cancian")), None)
    assert said.name == "Mark Cancian"


def test_a_claim_noun_ending_like_a_plural_person_is_no_speaker():
    """The seed: "rumors" ends as "investors" does, but a rumor says nothing of its own; the
    clause is no one's statement (it was a statement by "rumors"). The seed's title line and
    curly apostrophes are kept: without them the parser makes no statement of the sentence,
    rule or not."""
    text = (
        "Some observers now say we should not be too quick to dismiss North Korea\u2019s "
        "military capabilities\n\n"
        "When rumors first emerged in October that North Korean troops were beginning to "
        "support Russia\u2019s war in Ukraine, it was not immediately clear what role they would "
        "play."
    )
    assert [s.speaker.name for s in statements_of(text)] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # PolNeAR train, politico_2016-03-23 (abroad-2016-03)
            "On top of that, there’s another enormous obstacle confronting Bernie Sanders: "
            "Clinton’s massive lead among superdelegates, who have flocked to her candidacy.",
            "Bernie Sanders",
        ),
        (  # PolNeAR train, breitbart_2016-07-05 (fbiclint-2016-07): the headline
            "Paul Ryan: FBI Decision Not to Indict Hillary ‘Defies Explanation,’ Needs More "
            "Investigation.\n\nRepublican U.S. House Speaker Paul Ryan blasted the Federal "
            "Bureau of Investigation (FBI) Tuesday for its inexplicable decision.",
            "Paul Ryan",
        ),
    ],
)
def test_what_follows_a_name_and_a_colon_does_not_describe_the_person(text, name):
    """Reader, twenty-fifth round: the brief headed Sanders's statements "Bernie Sanders,
    Clinton’s massive lead among superdelegates"; a Breitbart headline "Name: claim" made
    the claim a descriptor ("FBI Decision"; 9 descriptors in 8 PolNeAR articles of 150 scanned)."""
    person = next(e for e in entities_of(text) if e.name == name)
    assert all("Clinton’s" not in d.text and "FBI" not in d.text for d in person.descriptors)


def test_a_claim_noun_a_person_holds_is_still_theirs():
    """The rumors rule leaves claims with an owner alone: "Carson's updated comments expressing
    confidence …" stay Carson's statement; without the possessive they would be nobody's, and
    the statement would go (PolNeAR train, Politico 2015-12-23, shortened)."""
    found = statements_of(
        "He pointed to Carson’s updated comments expressing confidence in his campaign staff "
        "and dismissed criticism from Giles."
    )
    assert [(s.cue.text, s.speaker.name) for s in found if s.cue.text == "expressing"] == [
        ("expressing", "Carson")
    ]


def test_a_long_paragraph_of_he_said_is_followed_back_without_recursion():
    """ "Tom Hale spoke on Monday. He said … He said … He said …": each "he" goes on with the
    "he" of the sentence before, followed back one sentence at a time, so a paragraph of many
    such sentences neither runs out of stack (a reviewer's paragraph of 1,200 raised
    RecursionError) nor loses its speaker; the limit is lowered so that a short one shows it."""
    text = "Tom Hale spoke on Monday." + "".join(
        f" He said the number was {n}." for n in range(150)
    )
    limit = sys.getrecursionlimit()
    load_nlp()
    sys.setrecursionlimit(len(inspect.stack()) + 120)
    try:
        found = extract(clean(Article(text, "test", "text")), load_nlp()).statements
    finally:
        sys.setrecursionlimit(limit)
    assert len(found) == 150
    assert {s.speaker.name for s in found} == {"Tom Hale"}


@pytest.mark.parametrize(
    ("text", "content", "speaker", "mention"),
    [
        # PolNeAR, 2016 NYT/CBS poll story (Western Journal, shortened)
        (
            "In a poll conducted by the New York Times and ABC News, just 28 percent of voters "
            "said they had a positive view of Clinton.",
            "they had a positive view of Clinton",
            "voters",
            "just 28 percent of voters",
        ),
        # PolNeAR, 2016 Kentucky primary story (Washington Post)
        (
            "By the time those primaries concluded, as many as 40 percent of Clinton voters said "
            "they could not support Barack Obama.",
            "they could not support Barack Obama",
            "Clinton voters",
            "as many as 40 percent of Clinton voters",
        ),
        # PolNeAR, 2016 March 15 primaries story (HuffPost, shortened)
        (
            "And a full 79 percent of Democrats say they would be satisfied with Clinton as the "
            "party’s nominee.",
            "they would be satisfied with Clinton as the party’s nominee",
            "Democrats",
            "a full 79 percent of Democrats",
        ),
        # PolNeAR, 2016 Iowa caucuses story (Washington Post): a ratio under the people
        (
            "More than 6 in 10 Republicans who attended the caucuses described themselves as "
            "evangelical Christians.",
            "themselves as evangelical Christians",
            "Republicans who attended the caucuses",
            "More than 6 in 10 Republicans",
        ),
        (
            "Among Democrats, about two-thirds of caucus attendees described themselves as "
            "liberals.",
            "themselves as liberals",
            "caucus attendees",
            "about two-thirds of caucus attendees",
        ),
        (
            "One of every five voters said the economy was the top issue.",
            "the economy was the top issue",
            "voters",
            "One of every five voters",
        ),
    ],
)
def test_a_share_of_people_polled_is_those_people(text, content, speaker, mention):
    """Fixer, twenty-ninth round: "28 percent of voters", "as many as 40 percent of Clinton
    voters", "6 in 10 Republicans" were speakers of their own, one per figure, where the gold
    has the people polled (PolNeAR: poll-2016-07, kentucky-2016-05, march15-2016-03,
    iowa-2016-02); the mention keeps the share."""
    found = [s for s in statements_of(text) if s.content.text == content]
    assert found, [(s.speaker.name, s.content.text) for s in statements_of(text)]
    assert found[0].speaker.name == speaker
    assert found[0].speaker.mention.text == mention


@pytest.mark.parametrize(
    ("text", "content", "speaker", "mention"),
    [
        # PolNeAR, 2016 July poll story (The Western Journal): the share before, same sentence
        (
            "Asked if her email practices were illegal, 46 percent of voters said yes, compared "
            "with 23 percent who said using a private server was improper but not illegal. Only "
            "24 percent said she did nothing wrong.",
            "she did nothing wrong",
            "voters",
            "Only 24 percent",
        ),
        # PolNeAR, 2015 November polls story (Politico, shortened)
        (
            "The poll has bad news for Bush — 25 percent of likely Republican voters say they "
            'would “definitely not support" him, the highest for any candidate. South Carolina '
            "Sen. Lindsey Graham comes in second, with 22 percent saying they would definitely "
            "not support him.",
            "they would definitely not support him",
            "likely Republican voters",
            "22 percent",
        ),
        # PolNeAR, 2016 February AP-GfK poll story (Breitbart, shortened): a ratio with no noun
        (
            "But 16 percent of Democratic registered voters still say they don’t yet know "
            "enough about Sanders to form an opinion.\n\nSince December, Sanders has gained on "
            "other measures, too. Six in 10 say he’s at least somewhat decisive. And 64 percent "
            "call him competent.",
            "him competent",
            "Democratic registered voters",
            "64 percent",
        ),
        # the same story: a ratio the parser hung its people on
        (
            "Nine in 10 Democratic registered voters say they think she could win a general "
            "election.",
            "they think she could win a general election",
            "Democratic registered voters",
            "Nine in 10 Democratic registered voters",
        ),
    ],
)
def test_a_bare_share_is_one_of_the_people_polled_just_before(text, content, speaker, mention):
    """Fixer, forty-first round: "23 percent who said …", "Only 24 percent said …", "Six in 10
    say …" after "46 percent of voters said …" were speakers of their own ("24 percent"),
    where the story gold has the people polled (PolNeAR: poll-2016-07, polls-2015-11,
    voter-polls-2016-02); the mention keeps the share."""
    found = [s for s in statements_of(text) if s.content.text == content]
    assert found, [(s.speaker.name, s.content.text) for s in statements_of(text)]
    assert found[0].speaker.name == speaker
    assert found[0].speaker.mention.text == mention


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a quantifier of people keeps its words; a bare share names no people
        (
            "Many of his colleagues said he should resign.",
            "he should resign",
            "many of his colleagues",
        ),
        # … nor do the sentences before it
        ("Only 24 percent said she did nothing wrong.", "she did nothing wrong", "24 percent"),
        # a majority is no figure of a poll (HuffPost, 2016 Trump debate story, shortened)
        (
            "Since then, a majority of those candidates made clear that they would not be "
            "turning up.",
            "that they would not be turning up",
            "majority of those candidates",
        ),
    ],
)
def test_a_quantifier_or_a_bare_share_keeps_its_words(text, content, speaker):
    found = [s for s in statements_of(text) if s.content.text == content]
    assert found, [(s.speaker.name, s.content.text) for s in statements_of(text)]
    assert found[0].speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a participle that names: the sentence has a verb of its own
        "A group called Justice Now protested on Sunday.",
        "The plan, which a group called Justice Now opposed, was dropped on Sunday.",
        # a name with no relative word before the noun it names
        "Given the efforts of the European Union, Apple's chief executive, Tim Cook, called "
        "Monday, was in Brussels.",
    ],
)
def test_a_participle_that_names_is_no_misparsed_verb(text):
    """The misparsed sentence verb ("Stuart Stevens, who served as …, called …") needs a
    sentence with no verb of its own, or a relative clause's subject before it; a "called"
    that names, or a name after a plain phrase, stays no statement of "called"."""
    assert not [s for s in statements_of(text) if s.cue and s.cue.text == "called"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Nearly half of Americans say the country is on the wrong track.",
            "Nearly half of Americans",
        ),
        (
            "About 40 percent of Americans said they approved of the deal.",
            "About 40 percent of Americans",
        ),
        ("Three in four Americans said they approved of the deal.", "three in four Americans"),
        (
            "Two-thirds of Mexicans said they distrusted the police.",
            "Two-thirds of Mexicans",
        ),
    ],
)
def test_a_share_of_a_nations_people_is_not_its_country(text, speaker):
    """Review, twenty-ninth round: a share of people named by a demonym read as the country
    ("Nearly half of Americans say …" -> "United States", one speaker with its government);
    such a share keeps its words, as before the share rule."""
    found = statements_of(text)
    assert found
    assert found[0].speaker.name == speaker
    assert found[0].speaker.name != "United States"


def test_a_things_relative_that_casts_someone_as_something_is_not_the_things():
    """The Washington Post 2016-07-22 (PolNeAR train): the parser hung "cast" on the relative
    clause of "foreign policies", and the brief gave a speaker "Foreign policies"; a verb that
    casts its object "as" something goes on with the sentence, as a saying verb does."""
    text = (
        "Trump blamed Clinton directly for the past decade and a half of foreign policies that "
        "have wrought turmoil in the Middle East and cast the former secretary of state as a "
        "favor-trading, self-enriching agent of overseas powers."
    )
    names = [s.speaker.name for s in statements_of(text) if s.cue.text == "cast"]
    assert all(n is None or "polic" not in n.lower() for n in names), names


def test_the_subject_of_be_does_not_do_what_its_noun_is_for():
    """USA Today 2016-07-18 (PolNeAR train): "The four-day convention is the best opportunity
    Trump will have … to convince them they should" gave a speaker "Four-day convention"."""
    text = (
        "The four-day convention is the best opportunity Trump will have, at least until the "
        "debates in the fall, to convince them they should."
    )
    names = [s.speaker.name for s in statements_of(text) if s.cue.text == "convince"]
    assert all(n is None or "convention" not in n.lower() for n in names), names


def test_people_s_relative_that_casts_someone_as_something_is_theirs():
    # the relative of people who can speak keeps its own speaker
    text = (
        "The senator praised the activists who have fought the law and cast the governor as a "
        "bully."
    )
    names = [s.speaker.name for s in statements_of(text) if s.cue.text == "cast"]
    assert names == ["activists"], names


def test_a_surname_that_is_also_a_title_is_the_name_after_an_honorific():
    # NYT, 2016 (names changed): "Mr. King" came out a speaker with no name at all
    text = (
        "Charlie King, a former executive director of the state party, said the group would "
        "focus on five states.\n\n''If there is a drop-off in the surge vote in Florida, Ohio "
        "and Virginia, that is 60 electoral votes,'' Mr. King said."
    )
    found = [s for s in statements_of(text) if s.speaker.mention.text == "Mr. King"]
    assert [s.speaker.name for s in found] == ["Charlie King"]
    assert name_tokens("Mr. King") == ("King",)
    # an office alone, or after a word that is no honorific, is still no name
    assert name_tokens("the Senator") == () and name_tokens("King") == ()


# "she" and a person of unknown sex (names changed): the census settles neither "Chris" nor
# "Bernie", and a bare "Obama" has no given name; the woman named beside them is whom "she" means.
SHE_BESIDE_UNKNOWN_SEX = [
    # PolNeAR west-journal 2016-07 (nineteenth held-out): the subject before "she" in its sentence
    (
        "New Jersey Gov. Chris Morrow described Democratic presidential nominee Hillary Lane as "
        "a “disgrace” after she attacked law enforcement officers nationwide and blamed police "
        "shootings on “implicit bias” against minorities.",
        "police shootings on “implicit bias” against minorities",
        "Hillary Lane",
    ),
    # PolNeAR huff-post 2016-04 (thirtieth held-out): the sentence before the quote
    (
        "Bernie Sandor held a rally Saturday while Hillary Lane hosted a get out the vote event "
        "Monday — during which she gave a shout out to Vice President Joe Biden and his late son "
        "Beau Biden.\n\n“I want to mention someone who’s not here but whose advocacy for this "
        "state is legendary,” she said.",
        "I want to mention someone who’s not here but whose advocacy for this state is legendary",
        "Hillary Lane",
    ),
    # PolNeAR wash-post 2015-11 (twenty-second held-out): the last person named before
    (
        "Hillary Lane appeared to have the most to gain, given her foreign policy experience, but "
        "also the most at risk as the Obama administration's record comes under fire.\n\nShe "
        "skirted the opening question from CBS moderator John Dickerson, who wanted to know "
        "whether the Obama administration bears responsibility.\n\nShe referred to jihadism but "
        "was careful not to link it directly to religion.\n\n\"I don't think we are at war with "
        'Islam," she said, only with violent extremists.',
        "I don't think we are at war with Islam",
        "Hillary Lane",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), SHE_BESIDE_UNKNOWN_SEX)
def test_she_is_the_woman_named_beside_a_person_of_unknown_sex(text, content, speaker):
    assert_spoken_by(text, content, speaker, "person")


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # "he": a person of unknown sex stays whom it goes on with, beside a man named too
        (
            "Bernie Sandor held a rally Saturday while Joe Biden hosted an event Monday.\n\n"
            "“I want to mention someone who’s not here,” he said.",
            "I want to mention someone who’s not here",
            "Bernie Sandor",
        ),
        # "he" beside a woman: the woman is no candidate
        (
            "Chris Morrow met Hillary Lane on Monday. “We agree on a lot,” he said.",
            "We agree on a lot",
            "Chris Morrow",
        ),
        # "she" with no woman named beside: the person of unknown sex as before
        (
            "Chris Morrow described the plan as a disgrace after she said it would fail.",
            "it would fail",
            "Chris Morrow",
        ),
    ],
)
def test_a_person_of_unknown_sex_is_left_alone_without_a_woman_beside(text, content, speaker):
    assert_spoken_by(text, content, speaker, "person")


# A person's full name the tagger labels an organisation or a work ("Carly Fiorina said
# Monday", "Fiorina told"; Politico, PolNeAR train, names kept: the tagger reads a changed
# name as a person's), and names that stay what the tagger said.
FIORINA = (
    "Donald Trump is on solid ground attacking Bill Clinton, Carly Fiorina said Monday. But, "
    "the former CEO of Hewlett-Packard added, it's not the way to win.\n\n\"Of course Bill "
    'Clinton\'s fair game. He\'s a former president," Fiorina told "Fox and Friends," '
    "reminding the co-hosts that Trump has frequently denounced former President George W. "
    'Bush.\n\nThe former secretary of state will play the "woman card," Fiorina said.'
)


def test_a_full_name_the_tagger_took_for_an_organisation_is_a_person_s_by_its_verbs():
    people = {e.name: e for e in entities_of(FIORINA) if e.type == "person"}
    assert "Carly Fiorina" in people, list(people)
    # the surname alone, tagged an organisation and a work, joins her; the quote's "He"
    # before "Fiorina told" is no sign of her sex
    assert len(people["Carly Fiorina"].mentions) == 3
    assert not [e for e in entities_of(FIORINA) if e.name == "Fiorina"]
    speakers = {s.speaker.name for s in statements_of(FIORINA) if "Fiorina" in s.speaker.name}
    assert speakers == {"Carly Fiorina"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a company that speaks goes by its whole name, not its last word alone
        ("Warner Music said on Monday that its sales rose.", "Warner Music"),
        # no verb of saying, no honorific, no person's name: what the tagger said
        ("The ads were paid for by America Rising, a Republican research group.", "America Rising"),
        # an article before it: a thing named for someone
        ("The president spoke in the Rose Garden on Monday.", "Rose Garden"),
    ],
)
def test_a_name_with_a_given_name_the_text_never_treats_as_a_person_s_stays_a_thing(text, name):
    found = [e for e in entities_of(text) if e.name == name]
    assert found and found[0].type != "person", [(e.name, e.type) for e in entities_of(text)]


# A surname the tagger took for a place, which the text gives after a given name ("Adel
# Nefzi said he …", then "Nefzi, a chemistry professor …, said he …": The Washington Post,
# PolNeAR train): the full name is a person's, and the bare surname and the "he" after it his.
NEFZI = (
    "Inside the mosque - which looks likes a church except for the missing cross - Adel Nefzi "
    "said he and many of those who worshiped last Friday with Mateen are trying to collect "
    "money and give blood to the victims of the Orlando massacre.\n\nNefzi, a chemistry "
    'professor and a member of the mosque\'s board, said he never saw Mateen "interact" with '
    "Albusalha, the suicide bomber who went to Syria. He said he does not believe there is any "
    "link between the two."
)


def test_a_surname_the_tagger_took_for_a_place_after_a_given_name_is_a_person_s():
    people = {e.name: e for e in entities_of(NEFZI) if e.type == "person"}
    assert "Adel Nefzi" in people and len(people["Adel Nefzi"].mentions) == 2, list(people)
    assert not [e for e in entities_of(NEFZI) if e.name == "Nefzi"]
    for content in (
        'he never saw Mateen "interact" with Albusalha, the suicide bomber who went to Syria',
        "he does not believe there is any link between the two",
    ):
        assert_spoken_by(NEFZI, content, "Adel Nefzi", "person")


# A person's full name the tagger ran into one organisation with the owner or the role
# before it, and the surname it then took for an organisation too: HuffPost (BASIL
# d4a4bc34), Fox News (BASIL a4edca3f), NYT (BASIL 2b95d2cf).
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "“I’m not going to pay for that fucking wall,” Fox told Fusion’s Jorge Ramos in an "
            "interview airing Thursday.\n\nRamos pointed out that Trump likely won among "
            "Hispanics during Tuesday’s Nevada caucus.",
            "that Trump likely won among Hispanics during Tuesday’s Nevada caucus",
            "Jorge Ramos",
        ),
        (
            "“The State Department has provided the emails,” State Department Deputy "
            "Spokesperson Marie Harf told Fox News late Monday. Harf added that the department "
            "turned over about 300 emails to the Benghazi select committee.",
            "that the department turned over about 300 emails to the Benghazi select committee",
            "Marie Harf",
        ),
    ],
)
def test_a_name_after_an_owner_or_a_role_in_an_organisation_s_span_is_a_person_s(
    text, content, speaker
):
    assert_spoken_by(text, content, speaker, "person")
    assert [e.name for e in entities_of(text) if e.name.endswith(speaker.split()[-1])] == [speaker]


def test_a_name_after_a_plural_owner_s_apostrophe_the_tagger_read_as_a_quote_is_a_person_s():
    # "Fox News’ Bret Baier noticed …" (HuffPost, PolNeAR train): the tagger ran the owner into
    # one organisation with the name and read its apostrophe as a closing quote
    from spacy.tokens import Doc

    from whatweknow.extract.entities import _name_after_owner_or_role

    words = ["Fox", "News", "’", "Bret", "Baier", "noticed"]
    tags = ["NNP", "NNP", "''", "NNP", "NNP", "VBD"]
    doc = Doc(
        load_nlp().vocab,
        words=words,
        spaces=[True, False, True, True, True, False],
        tags=tags,
        ents=["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"],
    )
    found = _name_after_owner_or_role(doc.ents[0])
    assert found is not None and found.text == "Bret Baier"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # NYT, BASIL 2b95d2cf: the role in apposition
        (
            "A spokesman for the Democratic National Committee, Brad Woodhouse, said Mr. "
            "Steele was “betting against our troops and rooting for failure in Afghanistan.”",
            "Brad Woodhouse",
        ),
        # Politico, PolNeAR train: the role before the name
        (
            "In a statement, Priorities USA chief strategist Guy Cecil said: “Karl Rove and the "
            "Republicans are trying to interfere in the Iowa Democratic caucus.”",
            "Guy Cecil",
        ),
    ],
)
def test_a_full_name_tagged_an_organisation_beside_a_person_s_role_is_a_person_s(text, name):
    found = [e for e in entities_of(text) if e.name == name]
    assert found and found[0].type == "person", [(e.name, e.type) for e in entities_of(text)]


def test_the_pronoun_of_a_question_put_to_another_is_not_the_asker_s_sex():
    # "asked … Eric Holder whether he had thoughts": his, not Neera Tanden's (HuffPost, PolNeAR
    # train)
    text = (
        "Neera Tanden, a Clinton supporter and president of the Center for American Progress, "
        "asked former Attorney General Eric Holder whether he had thoughts on how the "
        "committee should approach the Department of Justice’s failure to prosecute any "
        "individuals responsible for the 2008 financial crisis."
    )
    people = {e.name: e for e in entities_of(text) if e.type == "person"}
    assert people["Neera Tanden"].gender != "male", list(people)


def test_the_pronoun_after_another_person_named_in_the_subject_s_phrase_is_not_its_sex():
    # "she" is Mrs. Clinton's, named in his relative clause, so "Mr. Murphy" joins him (NYT,
    # PolNeAR train)
    text = (
        "Senator Chris Murphy of Connecticut, who campaigned alongside Mrs. Clinton in his "
        "state, said she must focus on how to win the general election. “You are not going to "
        "win this general election by proposing incremental changes,” Mr. Murphy said."
    )
    people = {e.name: e for e in entities_of(text) if e.type == "person"}
    assert "Murphy" not in people and people["Chris Murphy"].gender != "female", list(people)


def test_the_pronoun_of_what_a_person_asks_of_another_is_not_their_sex():
    # "urged that he read": whom she asks (BASIL 9879bbc0, HuffPost), so the bare surname
    # stays hers
    text = (
        "Hillary Clinton testified for hours on Wednesday.\n\nWhile being questioned by Rep. "
        "Jeff Duncan (R-S.C.), Clinton urged that he read the classified report to find his "
        "answers."
    )
    people = {e.name: e for e in entities_of(text) if e.type == "person"}
    assert len(people["Hillary Clinton"].mentions) == 2, list(people)
    assert people["Hillary Clinton"].gender != "male"
    # what a person says of themself still tells their sex
    said = "Jordan Smith arrived late.\n\nSmith said that he was deeply saddened."
    people = {e.name: e for e in entities_of(said) if e.type == "person"}
    assert people["Jordan Smith"].gender == "male"


# A clause before a colon or a semicolon that the parser hung on the verb of the name after it
# is a sentence of its own: its "he" or "she" is no sign of that person's sex (The Washington
# Post 2016-06-13, NYT 2016-03-09: PolNeAR train, names kept); (text, person, the sex the
# entity ends with). What a person says of themself, before the cue or after it, still tells.
COLON_CLAUSES = [
    (
        "Clinton has made gun control and gay rights central issues in her campaign. "
        "Following a mass shooting last year in Roseburg, Ore., she issued a detailed plan to "
        "expand gun background checks through executive action: President Obama later adopted "
        "a similar approach. She has called for the reinstatement of an assault weapons ban.",
        "Obama",
        None,
    ),
    (
        "Mr. Sanders spoke first. He calls for a “Medicare for all” single-payer health care "
        "system; Clinton aims to build on President Obama's Affordable Care Act.",
        "Clinton",
        None,
    ),
    ("Jordan Smith said that he was deeply saddened.", "Jordan Smith", "male"),
    ("He would stay in the race until the convention, Jordan Smith said.", "Jordan Smith", "male"),
    ("She would not drop out, Leslie Brand said on Monday.", "Leslie Brand", "female"),
]


@pytest.mark.parametrize(("text", "name", "sex"), COLON_CLAUSES)
def test_a_clause_before_a_colon_is_no_sign_of_the_sex_of_the_name_after_it(text, name, sex):
    people = {e.name: e for e in entities_of(text) if e.type == "person"}
    assert people[name].gender == sex, list(people.values())


def test_he_after_the_president_whom_a_colon_clause_gave_no_sex():
    # The Washington Post 2016-06-13 (PolNeAR train): "she issued …: President Obama later
    # adopted" made Obama a woman, and "He did not mention …" went back to the man quoted before
    text = (
        '"We can\'t afford to be politically correct anymore," Donald Trump said on Monday.\n\n'
        "Clinton has made gun control and gay rights central issues in her campaign. "
        "Following a mass shooting last year in Roseburg, Ore., she issued a detailed plan to "
        "expand gun background checks through executive action: President Obama later adopted "
        "a similar approach.\n\n"
        "Speaking to reporters at the White House Sunday, the president framed the shooting as "
        "a moment when the nation needed to come together.\n\n"
        "He did not mention proposals to ban Muslims from entering the country."
    )
    assert_spoken_by(text, "proposals to ban Muslims from entering the country", "Obama", "person")


def test_a_dateline_the_tagger_ran_into_a_person_s_name_leaves_the_name():
    # "CLEVELAND - Donald Trump" one organisation (Washington Post, PolNeAR train, names
    # kept): bare "Trump" went to the only full name left, his daughter's
    text = (
        "CLEVELAND - Donald Trump painted a dire portrait of a lawless nation as he accepted "
        'the Republican presidential nomination here Thursday night.\n\n"I have a message for '
        'all of you," Trump said.\n\nHis daughter Ivanka Trump introduced him. Trump said the '
        "country was in decline."
    )
    people = {e.name: e for e in entities_of(text) if e.type == "person"}
    assert len(people["Donald Trump"].mentions) == 3, list(people)
    assert not [e for e in entities_of(text) if "CLEVELAND" in e.name]
    assert {s.speaker.name for s in statements_of(text)} == {"Donald Trump"}


def test_a_she_framing_another_quote_is_still_a_sign_of_her_sex():
    # Breitbart 2016-10-02 (PolNeAR train), names kept: "she" frames "You winning?" and is
    # Melanie, so the "he" of "“I love you,” he said" is Trump's, never hers; a "He" inside
    # the quote she frames is no sign of her sex
    text = (
        "Donald Trump spoke to the convention as Melanie watched at home with her husband.\n\n"
        "“You winning?” she said, but Kevin was drifting off again, and as Trump went on about "
        "“how the system is rigged,” Melanie said yes, yes, yes, over and over again, until "
        "Trump reached the final three words of his speech.\n\n"
        "“I love you,” he said.\n\n"
        "“He really does love us,” Melanie said."
    )
    people = {e.name: e for e in entities_of(text) if e.type == "person"}
    assert people["Melanie"].gender == "female", people["Melanie"]
    assert_spoken_by(text, "I love you", "Donald Trump", "person")


# "According to" an average the tagger took for an adjective ("average" ADJ, the object of
# "to"): the average speaks, as a noun's phrase would (PolNeAR train, Western Journal
# 2016-03-10, Washington Post 2015-11-23, Breitbart 2016-08-15)
ADJECTIVE_HEADS = [
    (
        "According to the Real Clear Politics average, Trump is up 15.6 points in Florida.",
        "Trump is up 15.6 points in Florida.",
        "Real Clear Politics average",
    ),
    (
        "In Pennsylvania, she is up an average of 9.2 percentage points at 49.2 percent to 40 "
        "percent for Trump, according to the RealClearPolitics polling average.",
        "In Pennsylvania, she is up an average of 9.2 percentage points at 49.2 percent to 40 "
        "percent for Trump",
        "RealClearPolitics polling average",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), ADJECTIVE_HEADS)
def test_an_adjective_heading_a_named_phrase_speaks_as_a_noun(text, content, speaker):
    assert_spoken_by(text, content, speaker, "anonymous")


def test_an_adjective_alone_is_no_noun_phrase():
    from whatweknow.extract.attribution.speakers import _adjective_as_noun

    doc = load_nlp()("According to the poor, the economy is weak. The result was average.")
    assert not any(_adjective_as_noun(t) for t in doc)


# The day a speaker's words came is no part of its name: "on Monday", "out Monday", "out this
# week", a participle that only dates it (PolNeAR train: USA Today 2016-02-02, Politico
# 2016-04-11, Western Journal 2016-07-14; Politico 2016-03-07, story gold forty-seventh folder)
DATED_SPEAKERS = [
    (
        "A University of New Hampshire poll out this week shows Clinton with an 8-point lead "
        "over Trump in a hypothetical matchup — but there are some warning signs for Clinton.",
        "Clinton with an 8-point lead over Trump in a hypothetical matchup",
        "University of New Hampshire poll",
    ),
    (
        "Cruz's campaign on Monday reported having almost $19 million in the bank.",
        "having almost $19 million in the bank",
        "Cruz's campaign",
    ),
    (
        "A Monmouth poll out Monday showed Clinton with a healthy lead over Sanders in New York.",
        "Clinton with a healthy lead over Sanders in New York",
        "Monmouth poll",
    ),
    (
        "According to the initial schedule published Thursday, Thiel is scheduled to speak "
        "next Thursday night.",
        "Thiel is scheduled to speak next Thursday night.",
        "initial schedule",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), DATED_SPEAKERS)
def test_the_day_a_speaker_spoke_is_no_part_of_its_name(text, content, speaker):
    found = [s for s in statements_of(text) if s.content.text == content]
    assert found, [(s.speaker.name, s.content.text) for s in statements_of(text)]
    assert found[0].speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # who they are stays: a place, a clause that says why they know
        ("Officials in Washington on Friday said the talks had failed.", "Officials in Washington"),
        (
            "Lawmakers who were briefed on Tuesday said the plan was dead.",
            "Lawmakers who were briefed on Tuesday",
        ),
        # a year may say who they are
        (
            "Some conservative lawmakers elected in 2010 said the plan was dead.",
            "some conservative lawmakers elected in 2010",
        ),
    ],
)
def test_a_speaker_keeps_its_words_around_the_day(text, speaker):
    assert [s.speaker.name for s in statements_of(text)] == [speaker]


# A gerund with a clause after "for" or "of" on a verb of blame or praise is what the verb's
# object did: the words are the object's, the blame the subject's (PolNeAR train: HuffPost
# 2016-07-27, The New York Times 2016-08-01; BASIL 06ffda2d, HuffPost; names changed)
OBJECT_S_DEED = [
    (
        "And in 2008, Helen Carter slammed Barry Osgood as elitist and out-of-touch for "
        "suggesting that rural voters “cling to guns or religion,” and bragged about her "
        "father teaching her how to shoot.",
        "that rural voters “cling to guns or religion,”",
        "Barry Osgood",
    ),
    (
        "Ms. Kahn said Mr. Trask was ''ignorant'' of Islam and criticized him for saying he "
        "had sacrificed for his country.",
        "he had sacrificed for his country",
        "Trask",
    ),
    (
        "Greene accused Farnham of telling her he had “sexual fantasies” about her, and then "
        "claimed she was fired after complaining to Farnham.",
        "he had “sexual fantasies” about her",
        "Farnham",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), OBJECT_S_DEED)
def test_words_the_blamed_one_is_blamed_for_are_theirs(text, content, speaker):
    found = [s for s in statements_of(text) if s.content.text == content]
    assert found, [(s.speaker.name, s.content.text) for s in statements_of(text)]
    # "slammed" may take the same words as what it blames him for: his line is among them
    assert any(speaker in (s.speaker.name or "") for s in found), found


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # the blame stays the subject's
        (
            "Greene accused Farnham of telling her he had “sexual fantasies” about her.",
            "Farnham of telling her he had “sexual fantasies” about her",
            "Greene",
        ),
        # "for" after no object: the subject's own words
        (
            "Senator Ruth Alder apologized on Friday for saying the strike was over.",
            "saying the strike was over",
            "Ruth Alder",
        ),
    ],
)
def test_the_blame_and_a_gerund_without_an_object_stay_the_subject_s(text, content, speaker):
    found = [s for s in statements_of(text) if s.content.text == content]
    assert found, [(s.speaker.name, s.content.text) for s in statements_of(text)]
    assert found[0].speaker.name == speaker


def test_a_deed_with_no_clause_is_no_claim_of_the_one_blamed():
    # "questioning affirmative action" says no claim of Scalia's (Washington Post
    # 2016-02-14, PolNeAR train)
    text = (
        "Donald Trump caused consternation in December, when he criticized Justice Antonin "
        "Scalia for questioning affirmative action."
    )
    assert all("Scalia" not in (s.speaker.name or "") for s in statements_of(text))


def test_a_dateline_before_a_name_the_text_never_calls_by_the_surname_leaves_the_name():
    # a one-sentence story (names kept): "WASHINGTON - Nancy Pelosi" one organisation, with
    # no bare "Pelosi" later to tell the name a person's; the capitals opening the paragraph
    # are a dateline, and the name after the dash is hers
    (said,) = statements_of("WASHINGTON - Nancy Pelosi said the wall is an immorality.")
    assert (said.speaker.name, said.speaker.kind) == ("Nancy Pelosi", "person")


def test_a_dateline_before_a_company_or_a_name_midsentence_stays_as_tagged():
    # a company after a dateline is no person; capitals inside a sentence are no dateline
    names = {e.name: e.type for e in entities_of("WASHINGTON - Tyson Foods said it would close.")}
    assert "Tyson Foods" not in names or names["Tyson Foods"] != "person", names
    names = {e.name: e.type for e in entities_of("He said BIG NEWS - Nancy Pelosi won.")}
    assert not any(t == "person" and "NEWS" in n for n, t in names.items()), names


# A quote, then its verb, then the one who said it (the subject after the verb, as English
# puts it when the quote comes first), where the parser took that subject for the verb's object
# or for the subject of a verb after it. Politico, PolNeAR, the Caucus insiders; the Post, the
# drugstore in the mosque story; USA Today, a fundraising email (names and words changed).
INVERTED = [
    (
        "Most Democratic insiders expect Sanders to win the state. “It’s Bernie’s to lose at "
        "this point,” added another New Hampshire Democrat.",
        "It’s Bernie’s to lose at this point",
        "another New Hampshire Democrat",
    ),
    (
        '"One guy came in and said maybe we should start killing them if they are killing '
        'us," said the woman, who like many in the town did not want to be quoted by name '
        "because of the sensitivity of the issue.",
        "One guy came in and said maybe we should start killing them if they are killing us",
        "woman",
    ),
    (
        'The campaign wrote to its donors on Monday. "Our political revolution has already '
        "forced a former U.S. senator to change her mind on matters as critical as "
        'international trade," read the email.',
        "Our political revolution has already forced a former U.S. senator to change her mind "
        "on matters as critical as international trade",
        "email",
    ),
]


@pytest.mark.parametrize(("text", "content", "mention"), INVERTED)
def test_the_one_after_a_verb_that_follows_its_quote_said_it(text, content, mention):
    found = [s for s in statements_of(text) if s.content.text == content]
    assert found, [(s.speaker.name, s.content.text) for s in statements_of(text)]
    assert found[0].speaker.mention is not None
    assert found[0].speaker.mention.text.endswith(mention), found[0].speaker


def test_who_hears_after_a_verb_that_follows_its_quote_is_no_speaker():
    # "told" takes who hears for object: "reporters" said nothing
    text = "“We will win this state,” told reporters on Monday."
    assert all(
        s.speaker.mention is None or "reporters" not in s.speaker.mention.text
        for s in statements_of(text)
    ), [(s.speaker, s.content.text) for s in statements_of(text)]
    # a quote whose verb has its subject before it keeps that subject
    (found,) = statements_of("“It’s Bernie’s to lose,” Jane Roe added another time.")
    assert found.speaker.name == "Jane Roe"


# The sex the text's own pronouns give a person beats the census's guess from the given name:
# "Bibi" is a woman's name in the census (BASIL b4dbeda7, HuffPost), so "He also rejected"
# went to the man named before him.
NETANYAHU = (
    "Even though Bibi Netanyahu recently decried the use of his name in election-year "
    "politicking, the Israeli prime minister is the subject of a new ad by Secure America Now."
    "\n\nRepublican presidential nominee Mitt Romney has repeatedly targeted the Obama "
    "administration for not taking a firm enough stance against Iran.\n\nBut Netanyahu pushed "
    "back against these criticisms in two separate interviews on Sunday.\n\nHe also rejected "
    "reports that Obama refused his request for a meeting, pinning the circumstances on a "
    "scheduling conflict, as has the White House when pressed on the subject."
)


def test_the_pronouns_after_a_subject_give_its_sex_over_the_census_guess():
    people = {e.name: e for e in entities_of(NETANYAHU) if e.type == "person"}
    assert people["Bibi Netanyahu"].gender == "male", list(people)
    found = [s for s in statements_of(NETANYAHU) if "Obama refused" in s.content.text]
    assert found and found[0].speaker.name == "Bibi Netanyahu", found


@pytest.mark.parametrize(
    ("text", "name", "gender"),
    [
        # a quote's "she" is no sign of the speaker's sex; the census's guess stands
        ("Bibi Lane said Monday, “She will win.”", "Bibi Lane", "female"),
        # the pronoun after another person's name may be theirs: no sign either
        (
            "Bibi Lane met Mitt Romney on Monday, and he said the talks went well.",
            "Bibi Lane",
            "female",
        ),
    ],
)
def test_a_pronoun_that_may_be_another_s_leaves_the_census_guess(text, name, gender):
    people = {e.name: e for e in entities_of(text) if e.type == "person"}
    assert people[name].gender == gender, list(people)


# An interview printed as questions and answers: the "I" of an answer is the person
# interviewed, whom the headline or the lede names before the first question (PolNeAR train:
# Politico's with Joe Biden, USA Today's with Laura Bush, whose questions glue their "Q" to
# the first word, and with Diane Guerrero). An answer runs on over a paragraph of its own.
INTERVIEW_ANSWERS = [
    (
        "Q&A with Vice President Joe Biden.\n\nVice President Joe Biden spent Thursday morning "
        "in St. Paul, Minnesota, where he visited a downtown train station renovated with a "
        "$235 million stimulus grant.\n\nQ: You’ve been talking about how the country is on the "
        "upswing, but the candidates for both parties are talking doom and gloom.\n\nA: It’s a "
        "big mistake. Everybody’s making it.\n\nQ: Bernie has a particular critique of the "
        "economy: the banks are still massively dangerous, everything is working for the 1%, "
        "nobody is getting ahead. What do you make of it?\n\nA: I think his conclusory comment "
        "is correct.",
        "his conclusory comment is correct",
        "Joe Biden",
    ),
    (
        "Laura Bush sees 'Hope,' help for Afghan women;\nFormer first lady Laura Bush wrote the "
        "introduction for a new book, . She sat down this week with to discuss the United "
        "States' longest war.\n\nQWhat would have happened?\n\nA: I think they would have been "
        "set back.\n\nQWhy should the U.S. continue to invest so much there?\n\nA: I think it's "
        "in our interests. It's in our security interests.\n\nWe stayed in Japan for years "
        "after Pearl Harbor and after World War II. In fact, I think we still have bases in "
        "Japan.",
        "we still have bases in Japan",
        "Laura Bush",
    ),
    (
        "Immigration debate hits home for actress Diane Guerrero.\n\nActress Diane Guerrero has "
        "become a familiar figure to many through her roles as Maritza Ramos on Orange Is the "
        "New Black and Lina on Jane the Virgin.\n\nQ: How did things go for you?\n\nA: I pretty "
        "much, I think, had PTSD (post-traumatic stress disorder) because I was so, so "
        "traumatized.\n\nQ: There's lots of talk about immigration in the presidential race "
        "this year. What's the impact when you hear that?\n\nA: Well, I think he has a lot of "
        "people afraid, and I think not just people who are undocumented, but people who are "
        "just citizens of this country, American citizens.",
        "he has a lot of people afraid",
        "Diane Guerrero",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), INTERVIEW_ANSWERS)
def test_the_i_of_an_interview_s_answer_is_the_person_interviewed(text, content, speaker):
    # the answer is the interviewee's statement, and what their "I" thinks inside it is part
    # of it (`nesting.nest`): the shortest statement holding the words is theirs
    found = sorted(
        (s for s in statements_of(text) if content in s.content.text),
        key=lambda s: len(s.content.text),
    )
    assert found, [(s.speaker.name, s.content.text) for s in statements_of(text)]
    assert (found[0].speaker.name, found[0].speaker.kind) == (speaker, "person")


def test_an_i_outside_an_interview_s_answers_stays_unresolved():
    # the same answer with no question before it is no interview's: nobody is named as "I"
    text = INTERVIEW_ANSWERS[0][0].replace("Q: ", "")
    found = [s for s in statements_of(text) if s.content.text == INTERVIEW_ANSWERS[0][1]]
    assert found and found[0].speaker.name is None, found


# Readers' comments and letters, each signed by a paragraph of its own: the "I" of the text's
# own words is whoever signs the first signature after it, a handle or a person named by the
# paragraph alone (USA Today 2016: readers on Twitter after the South Carolina primary and on
# Trump's visit to Mexico, letters on Trump University)
SIGNED_COMMENTS = [
    (
        "We asked our followers what they thought.\n\n@IAmTheJody.\n\nHillary won easily in "
        "SC. Let the coronation continue.\n\n@RetiringOne.\n\nI think it is a sure sign we "
        "need her to be president of the United States.\n\n@givens1613.\n\nShe still has a "
        "fight on her hands.\n\n@MohanadasR.",
        "it is a sure sign we need her to be president of the United States",
        "@givens1613",
    ),
    (
        "He did not need to meet with a Mexican to determine what is good for Americans.\n\n"
        "Ken White.\n\nTWITTER.\n\nWe asked our followers their thoughts on Donald Trump "
        "meeting with Mexican President Enrique Peña Nieto.\n\nI think this meeting is too "
        "little too late, and it will have no effect on voters after hearing Trump's rhetoric."
        "\n\n@hotflesh.",
        "this meeting is too little too late",
        "@hotflesh",
    ),
    (
        "Trump claims he's worth $10 billion. Would a real billionaire be bilking old ladies and "
        "retired veterans out of their life savings? I claim Trump is not a billionaire and "
        "believe me, you will never see his federal income tax records.\n\nMartin Litwak.\n\n"
        "Olympia, Wash.\n\nTrump University was a scam.\n\nErnie Helton.\n\nDallas.",
        "Trump is not a billionaire",
        "Martin Litwak",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), SIGNED_COMMENTS)
def test_the_i_of_a_signed_comment_is_its_signer(text, content, speaker):
    assert_spoken_by(text, content, speaker, "person")


def test_an_i_with_one_name_alone_after_it_stays_unresolved():
    # a name on a line of its own once is no collection of signed comments
    text = "I think it is a sure sign we need her to be president.\n\n@givens1613."
    found = [s for s in statements_of(text) if s.content.text.startswith("it is a sure sign")]
    assert found and found[0].speaker.name is None, found


# A headline's or a transcript's "Name:" label the tagger reads as a common noun is the person
# the article names in full (PolNeAR train, outside the held-out files; review44, forty-fourth
# round: 5 labels in 5 of 270 articles were left an anonymous "Trump", "Reid", "Lopez").
NAME_LABELS = [
    (  # breitbart_2016-01-18_trump-i-m-the-worst-thing-that-e (shortened)
        "Trump: ‘I’m the Worst Thing That Ever Happened to the Establishment.’\n\n"
        "Monday at Liberty University in Lynchburg, VA, Republican presidential front-runner "
        "Donald Trump addressed the students of the Christian university in a wide-ranging "
        "speech that included Trump vowing to protect Christianity.",
        "‘I’m the Worst Thing That Ever Happened to the Establishment.’",
        "Donald Trump",
    ),
    (  # politico_2016-03-23_reid-never-ever-ever-underestima (shortened)
        "Reid: 'Never, ever, ever underestimate Trump.'\n\n"
        "Harry Reid has some advice for Democrats already celebrating Hillary Clinton as the "
        "next president: Don’t underestimate Donald Trump.",
        "'Never, ever, ever underestimate Trump.'",
        "Harry Reid",
    ),
    (  # huff-post_2016-02-21_this-cable-news-panel-just-dismi (shortened)
        "Instead, Matthews, MSNBC’s Alex Seitz-Wald and Reuters’ Luciana Lopez argued that "
        "Sanders’ plan grows out of a kind of childish naivete.\n\n"
        "Matthews: Well, speculation is bad.\n\n"
        "Lopez: Well, no one is like, ‘My 401(k) is speculation.’ In a way, it gets to be all "
        "things to all people.",
        "Well, no one is like, ‘My 401(k) is speculation.’ In a way, it gets to be all things "
        "to all people.",
        "Luciana Lopez",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), NAME_LABELS)
def test_a_name_label_the_tagger_takes_for_a_noun_is_the_person_named_in_full(
    text, content, speaker
):
    assert_spoken_by(text, content, speaker, "person")


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Politico, The Western Journal): a name with a curly apostrophe was a
        # common noun to the tagger (`whatweknow.nlp`), and the speaker an anonymous "O’Donnell"
        (
            "Brett O’Donnell, chief strategist for Michele Bachmann’s campaign four years ago, "
            "said the goal was catchy. “It’s taxing on campaign resources,” O’Donnell said.",
            "It’s taxing on campaign resources",
            "Brett O’Donnell",
        ),
        (
            "Filmmaker and best-selling author Dinesh D’Souza made his prediction. D’Souza told "
            "Beck that he is making a movie set to be released in the summer.",
            "that he is making a movie set to be released in the summer",
            "Dinesh D’Souza",
        ),
    ],
)
def test_a_name_with_a_curly_apostrophe_is_the_person_named(text, content, speaker):
    assert_spoken_by(text, content, speaker, "person")


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # The Western Journal on the Iowa caucuses (story gold, thirty-eighth folder)
        (
            "Readers of TheBlaze were quick to condemn the outcome.",
            "the outcome",
            "Readers of TheBlaze",
        ),
        # NYT on the Orlando shooting (story gold, thirty-third folder)
        (
            "Europe's mainstream political leaders were quick to offer condolences on Monday and "
            "affirm their friendship with the American people.",
            "condolences on Monday",
            "Europe's mainstream political leaders",
        ),
        # The Washington Post on the Paris attacks (story gold, twenty-second folder)
        (
            "Republican candidates were quick to cast the attacks as the consequence of failed "
            "U.S. leadership in the world - an indictment of the Obama administration and, by "
            "extension, its first-term secretary of state, Clinton.",
            "the attacks as the consequence of failed U.S. leadership in the world",
            "Republican candidates",
        ),
    ],
)
def test_what_a_group_was_quick_to_do_it_did(text, content, speaker):
    """An infinitive after "quick" (`lexicon.DONE_NEXT`, as "went on to acknowledge") is the
    act of the plural noun that is the subject of "be": the parser hangs it on the adjective,
    where no subject is."""
    assert_spoken_by(text, content, speaker, "group")


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR train (outside every gold): a prediction, and an act held back
        "Yellen is likely to stress that the Fed would pause its rate hiking campaign quickly.",
        # not a plural noun's: no statements in the story gold (NYT on the tax-cut deal, tenth
        # folder; Politico on Clinton's union problem, forty-seventh folder)
        "The administration was quick to highlight comments from Mark Zandi, chief economist "
        "for Moody’sEconomy.com.",
        "Sanders and Clinton share some views on education: Both are quick to offer praise for "
        "teachers unions, and both advocate for the federal government playing a strong role.",
        "Her strategists have been reluctant to reveal too much of their playbook publicly so as "
        "not to tip off her opponents.",
    ],
)
def test_what_a_subject_is_likely_or_reluctant_to_do_has_no_speaker(text):
    """Not "likely", "willing" or "reluctant to": words still to come or held back; and not
    what one body or "both" was quick to do."""
    assert not [s for s in statements_of(text) if s.speaker.name]


# A one-word name the tagger calls an organisation more often than a person, with no title or
# honorific, is the organisation: never a person "Carrier" taking "she said" (NYT on Carrier's
# move to Mexico, story gold). Paragraphs of the article; "Carrier" is tagged ORG in most of
# them, PERSON in "Carrier's calls" and a few more.
CARRIER = (
    "Within hours of being posted on Facebook, the video went viral. Three days after "
    "Carrier's Feb. 10 announcement, Donald J. Trump seized on the video in a Republican "
    "presidential debate and made Carrier's move to Mexico a centerpiece of his stump speeches "
    "attacking free trade.\n\n"
    "Jennifer Shanklin-Hawkins is one of those Carrier workers who listened to the "
    "announcement on the factory floor. After 14 years on the assembly line, she earns $21.22 "
    "an hour, enough to put her oldest son through college while raising two other children "
    "with her husband, a truck driver.\n\n"
    "And when she saw Mr. Trump talking about Carrier on the news, all she could do was shout "
    "''Yessss!'' at the TV. ''I loved it,'' she said. ''I was so happy Trump noticed us.''\n\n"
    "But when it comes to Carrier, ''we've all worked our butts off,'' he said. ''And now "
    "they're going to throw us under the bus? If Trump will kick Carrier's ass, then I'll vote "
    "for him.''\n\n"
    "That is pretty much what Mr. Trump has threatened to do. At rally after rally, to "
    "rapturous crowds, he vows to impose a 35 percent tax on Carrier products from Mexico. "
    "Then, the laugh line: ''I want to do this myself, but it is so unpresidential to call up "
    "Carrier.''\n\n"
    "And Mr. Trump vows not to take Carrier's calls until it agrees to change course. ''As "
    "sure as you're here, they will call me up within 24 hours,'' he promises, and say to "
    "him, '''Sir, we've decided to stay in the United States.'.''\n\n"
    "But many of the new jobs don't pay nearly as well as Carrier does. Next to the "
    "49-year-old Carrier plant is an Amazon warehouse that opened in 2011, but with salaries "
    "there averaging just over $15 an hour, that's a lot less than the $20 or more an hour "
    "Carrier workers typically earn.\n\n"
    "Indiana politicians, who granted Carrier tax breaks and other incentives, are furious at "
    "the company and want their money back. They are also angry because Carrier's parent, "
    "United Technologies, is a major military contractor that receives $5.6 billion annually "
    "from the United States government.\n\n"
    "Carrier has said it will return public money in cases where the company has not kept its "
    "commitments to invest. But that's small change for United Technologies, a company with "
    "revenue of $56 billion annually. And, in any case, it will not bring the jobs back.\n\n"
    "That meeting was part of ''investor day,'' an annual ritual for many Fortune 500 "
    "companies in which management sits down with analysts and shareholders and tells them why "
    "their company's stock is a good buy. Carrier's message: Moving jobs south of the border is "
    "a major part of the company's strategy to increase profits.\n\n"
    "Manufacturing products in lower-cost areas is not new for Carrier, which has had "
    "operations in Monterrey, Mexico, since 1969, long before Nafta's passage."
)

# A surname the tagger calls an organisation more often than a person (here ORG six times,
# PERSON four), with no full name and no "which" after it, stays the person (Breitbart,
# PolNeAR train, paragraphs of the article)
TRUMP_TAGGED_ORG = (
    "Of all the arguments that could be made against Trump, McCarthy settled on: I don’t "
    "trust him on immigration. (I’d love to have been a fly on the wall at that pitch "
    "meeting.)\n\n"
    "He bases this claim on a remark Trump made as a businessman four years ago in which he "
    "regurgitated the official GOP line about Romney — and which was being stated as fact 1 "
    "million times a day on CNN, MSNBC and Fox News.\n\n"
    "To wit, Trump told Newsmax that Mitt Romney “had a crazy policy of self-deportation which "
    "was maniacal,” adding, “He lost all of the Latino vote … he lost everybody who is "
    "inspired to come into this country.”\n\n"
    "It is strange that Trump would denounce “self-deportation,” which is like a chocolate "
    "sundae compared to his own plans for illegals.\n\n"
    "But to give you the tenor of the interview, Trump went on to promote “Celebrity "
    "Apprentice,” note that he had just bought the Old Post Office building in Washington, "
    "D.C., and boast about his recently acquired Ritz-Carlton Golf Club and Spa in Jupiter, "
    "Fla. — “which is a phenomenal area.”\n\n"
    "So is Trump lying about his signature issue, immigration? The countervailing evidence to "
    "that 2012 pop-off is:\n\n"
    "Maybe Trump is the Manchurian Candidate and contrary to his entire life’s work he really "
    "just wants fancy people in Manhattan to like him.\n\n"
    "Maybe 50 years of Trump’s talking about the working class was all a clever ruse leading "
    "to this one shining moment when he would trick Americans into voting for him, so he could "
    "sell us out, like any other candidate would."
)


@pytest.mark.parametrize(
    ("text", "content", "speaker", "kind"),
    [
        (
            CARRIER,
            "I loved it,” she said. “I was so happy Trump noticed us.",
            "Jennifer Shanklin-Hawkins",
            "person",
        ),
        (
            CARRIER,
            "it will return public money in cases where the company has not kept its "
            "commitments to invest",
            "Carrier",
            "organization",
        ),
        (
            TRUMP_TAGGED_ORG,
            "fancy people in Manhattan to like him",
            "Trump",
            "person",
        ),
    ],
)
def test_a_one_word_name_tagged_an_organisation_most_is_no_person(text, content, speaker, kind):
    assert_spoken_by(text, content, speaker, kind)
    assert ("Carrier", "person") not in {(e.name, e.type) for e in entities_of(text)}


# A question's opening auxiliary before a name and a bare verb is no given name ("Will Sanders
# come down …?" is Sanders), nor is a word before a surname that a quotation holds with it
# alone ("as “Wilayat Twitter,”" is a term); the near-misses keep the given name: a person
# named Will who says something, or one the text names in full elsewhere.
NO_GIVEN_NAME = [
    # Washington Post, 2016 (tuning gold, thirty-ninth: Sanders and the superdelegates)
    (
        "Bernie Sanders spoke in Burlington. Game over. Will Sanders come down off the pique? "
        "Sanders said the fight would continue.",
        "the fight would continue",
        "Bernie Sanders",
    ),
    # NYT, 2016 (tuning gold, fifty-fourth: a heading of the Twitter story)
    (
        "As Its Rivals Pair Up, Will Twitter Be Next?\n\nTwitter said it was still operating "
        "at a substantial loss.",
        "it was still operating at a substantial loss",
        "Twitter",
    ),
    # NYT, 2016 (PolNeAR train, tuning gold fifty-third: Twitter and ISIS)
    (
        "Twitter appears to be heavily used by ISIS, so much so that some Twitter accounts put "
        "the location on their profile as ''Wilayat Twitter,'' or ''the province of Twitter.'' "
        "Twitter said it had suspended 125,000 accounts.",
        "it had suspended 125,000 accounts",
        "Twitter",
    ),
    # near-misses: no question, no auxiliary; a Will the text names in full elsewhere
    ("Will Smith said he would return to the show.", "he would return to the show", "Will Smith"),
    ("Will Ferrell said the film was finished.", "the film was finished", "Will Ferrell"),
    (
        "Rep. Will Hurd spoke on Monday. Will Hurd vote for the bill? Hurd said he had not "
        "decided.",
        "he had not decided",
        "Will Hurd",
    ),
    # a quotation that holds more than the name leaves the given name to it
    (
        "“Rustem Umerov will lead the talks,” an aide said. Umerov said the talks were hard.",
        "the talks were hard",
        "Rustem Umerov",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), NO_GIVEN_NAME)
def test_a_question_s_auxiliary_or_a_quoted_term_is_no_given_name(text, content, speaker):
    assert_spoken_by(text, content, speaker, "person")


# One of a state's people ("the Texan", "the Ohioan") is the person the article tags with that
# state, before a title ("Former Texas Gov. Rick Perry", a capitalised word before the state)
# or after the name ("R-Texas"); no one where the article tags no one so, and never a
# newspaper or magazine of that name, nor a word for a country's people, nor its plural.
# (text, the words of the statement's content, speaker name, speaker kind)
ONE_OF_A_STATE_S_PEOPLE = [
    # Western Journalism 2016-01-25, in PolNeAR train (twenty-fourth held-out iowaweek; names
    # changed)
    (
        "Former Texas Gov. Rick Parry announced his endorsement of Sen. Ted Crews for president "
        "on Sunday.\n\nThe former governor, who dropped his own bid for the presidency last "
        "September, noted that the electorate is not looking for a traditional candidate this "
        "cycle. \u201cThose are very skilled, very successful, very experienced governors,\u201d "
        "the Texan said.",
        "Those are very skilled, very successful, very experienced governors",
        "Rick Parry",
        "person",
    ),
    (
        "Sen. Ted Crews (R-Texas) spoke in Iowa on Sunday. The Texan said the race was close.",
        "the race was close",
        "Ted Crews",
        "person",
    ),
    (
        "Ohio Gov. John Kasik spoke in Iowa on Sunday. The Ohioan said the race was close.",
        "the race was close",
        "John Kasik",
        "person",
    ),
    # no one tagged with the state: not the subject just before
    (
        "Rick Parry announced his endorsement of Ted Crews on Sunday. \u201cThose are very "
        "skilled governors,\u201d the Texan said.",
        "Those are very skilled governors",
        "Texan",
        "group",
    ),
    # a magazine, a newspaper that reports or keeps its capital "The"
    (
        "Sen. Ted Crews (R-Texas) spoke in Iowa on Sunday. Donald Tromp answered him. The New "
        "Yorker said the race was close.",
        "the race was close",
        "New Yorker",
        "organization",
    ),
    (
        "Sen. Ron Widen (D-Ore.) spoke on Sunday. The Oregonian reported that the bill would fail.",
        "that the bill would fail",
        "Oregonian",
        "group",
    ),
    (
        "Sen. Ron Widen (D-Ore.) spoke on Sunday. Later, The Oregonian said that the bill would "
        "fail.",
        "that the bill would fail",
        "The Oregonian",
        "group",
    ),
    # a country's people, whatever state its word begins ("Ind." is Indiana's), and many of a
    # state's
    (
        "Indiana Gov. Mike Pince spoke on Sunday. The Indian said the race was close.",
        "the race was close",
        "India",
        "group",
    ),
    (
        "Texas Gov. Greg Abbet spoke on Sunday. The Texans said the race was close.",
        "the race was close",
        "Texans",
        "group",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker", "kind"), ONE_OF_A_STATE_S_PEOPLE)
def test_one_of_a_state_s_people_is_the_person_the_article_tags_with_the_state(
    text, content, speaker, kind
):
    """Twenty-fourth held-out iowaweek: Western Journalism's "the Texan said" stood apart from
    Rick Perry, whom USA Today quotes by name, and split him across the two outlets."""
    assert_spoken_by(text, content, speaker, kind)


# A quote's speaker, the verb of saying and its object the tagger took for one title after the
# closing quotation mark (WORK_OF_ART, so the speaker was a document): the name before the verb
# speaks, and the object stays a name of its own (PolNeAR train: the Washington Post
# 2015-12-12 and 2016-08-09, Politico 2015-12-03; names kept; the tagger finds Ivanka Trump's full name
# only in her whole article, where "Trump told Business Insider" is hers)
SPEAKER_TAKEN_WITH_THE_CUE_FOR_A_TITLE = [
    (
        'Donald Trump and the radio host shared a microphone last week. "Your reputation is '
        'amazing," Trump assured Jones, after Jones assured Trump that most of his listeners '
        'supported his candidacy. "I will not let you down."',
        "Your reputation is amazing",
        "Donald Trump",
    ),
    (
        'Donald Trump spoke to the group on Thursday. "A lot will have to do with Israel and '
        'whether or not Israel wants to make the deal," Trump told The Associated Press of the '
        "prospects for peace.",
        "A lot will have to do with Israel and whether or not Israel wants to make the deal",
        "Donald Trump",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), SPEAKER_TAKEN_WITH_THE_CUE_FOR_A_TITLE)
def test_a_title_run_from_a_quote_s_speaker_over_the_cue_is_the_speaker_s_name(
    text, content, speaker
):
    found = [s for s in statements_of(text) if content in s.content.text]
    assert found, [(s.speaker.name, s.content.text) for s in statements_of(text)]
    assert (found[0].speaker.name, found[0].speaker.kind) == (speaker, "person")


def test_the_object_of_the_cue_cut_from_a_title_stays_a_name():
    text = (
        '"I think parental leave is enormously important - and it\'s a personal decision," '
        "Trump told Business Insider in March."
    )
    names = {e.name: e.type for e in entities_of(text)}
    assert names.get("Business Insider") == "organization", names
    assert "Trump" in names, names


# Near misses: a title whose own verb is none of saying ("Is", "Works"), or one after a
# quotation mark that opens it, stays one name
@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('"I loved it," Smith said of "Orange Is the New Black."', "Orange Is the New Black"),
        (
            'Her favorite show, she said, was "Orange Is the New Black." Netflix renewed it.',
            "Orange Is the New Black",
        ),
        (
            'Critics called it "Obamacare." The Affordable Care Act Works, a new group, said '
            "otherwise.",
            "Affordable Care Act Works",
        ),
    ],
)
def test_a_title_with_a_verb_of_its_own_stays_whole(text, title):
    assert title in {e.name for e in entities_of(text)}, [e.name for e in entities_of(text)]


@pytest.mark.parametrize(
    ("before", "tags", "pos", "names"),
    [
        # a curly single quote after the punctuation a quotation ends on closes one
        (["amazing", ","], ["JJ", ","], ["ADJ", "PUNCT"], ["Trump", "Jones"]),
        # after a word it is an apostrophe ("the Democrats’ Trump Told Jones ad"): no quote
        (["the", "Democrats"], ["DT", "NNPS"], ["DET", "PROPN"], ["Trump told Jones"]),
    ],
)
def test_a_curly_single_quote_closes_a_quote_before_its_speaker_only_after_punctuation(
    before, tags, pos, names
):
    from spacy.tokens import Doc

    from whatweknow.extract.entities import _cut_at_its_cue

    doc = Doc(
        load_nlp().vocab,
        words=[*before, "’", "Trump", "told", "Jones", "."],
        spaces=[True, False, True, True, True, False, False],
        tags=[*tags, "''", "NNP", "VBD", "NNP", "."],
        pos=[*pos, "PUNCT", "PROPN", "VERB", "PROPN", "PUNCT"],
        lemmas=[*before, "’", "Trump", "tell", "Jones", "."],
        heads=[1, 4, 4, 4, 4, 4, 4],
        deps=["amod", "punct", "punct", "nsubj", "ROOT", "dobj", "punct"],
        ents=["O", "O", "O", "B-WORK_OF_ART", "I-WORK_OF_ART", "I-WORK_OF_ART", "O"],
    )
    assert [part.text for part in _cut_at_its_cue(doc.ents[0])] == names


# A title's abbreviation that the tokenizer splits from its period ("Capt", "Lt", "Sgt"), after
# a branch of service or an office, is no speaker of its own: the name after it is (PolNeAR,
# the Western Journal and Politico 2016, names changed).
TITLE_ABBREVIATION_BEFORE_A_NAME = [
    (
        "“The candidates left just don’t understand the military,” said Army Capt. Chris "
        "Pardee, who said he would not vote for either Clinton or Trump.",
        "The candidates left just don’t understand the military",
        "Chris Pardee",
    ),
    (
        "“We will continue to target that campaign wherever we can,” said Pentagon spokesman "
        "Navy Capt. Jeff Dale, who was asked about the need for a different strategy.",
        "We will continue to target that campaign wherever we can",
        "Jeff Dale",
    ),
    (
        "“We are ready,” said Police Sgt. Mary Jonas.",
        "We are ready",
        "Mary Jonas",
    ),
    # the title right after the verb (the code review; it read "Sgt")
    (
        "“We are ready,” said Sgt. Mary Jonas.",
        "We are ready",
        "Mary Jonas",
    ),
    # ... as it already was before the verb, and where the tokenizer keeps the period
    (
        "Army Sgt. Mary Jonas said the base was quiet.",
        "the base was quiet",
        "Mary Jonas",
    ),
    (
        "Lt. Gov. Dan Petrick said the bill would pass.",
        "the bill would pass",
        "Dan Petrick",
    ),
    # a name with the title inside another's phrase stays no speaker
    (
        "The story of Army Capt. Hamid Kahn, 27, a Muslim American who died in Iraq, moved "
        "voters, Clinton said.",
        "The story of Army Capt. Hamid Kahn, 27, a Muslim American who died in Iraq, moved voters",
        "Clinton",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), TITLE_ABBREVIATION_BEFORE_A_NAME)
def test_a_title_abbreviation_split_from_its_period_is_no_speaker_the_name_after_it_is(
    text, content, speaker
):
    assert_spoken_by(text, content, speaker, "person")


def test_a_title_run_on_from_a_word_leaves_its_name_out_of_the_verb_before():
    # "then-Cmdr." keeps the full stop: the name after it is no object of "voted" (Washington
    # Post 2015, PolNeAR; names changed)
    text = (
        "In May, the city council voted to pay $5.5 million to victims tortured or abused in "
        "'70s and '80s by the notorious police unit known as the \"Midnight Crew,\" directed by "
        "then-Cmdr. Jon Burgess."
    )
    assert not statements_of(text)


def test_a_title_abbreviation_after_a_rank_gives_the_quote_to_the_name_after_it():
    text = (
        "“I really don’t understand how a better candidate didn’t jump into the race,” said "
        "Air Force 1st Lt. Tyler Lindon. “I was hoping we’d see something else.”"
    )
    (said,) = statements_of(text)
    assert said.speaker.name == "Tyler Lindon"
    assert said.content.text.startswith("I really don’t understand")


# "the president" is not whom the text describes as the president's aide: a role word before
# an owner's name is the owner's (NYT, 2015 Netanyahu speech story; names changed) ...
ROLE_BEFORE_AN_OWNER = [
    (
        "WASHINGTON — Susan E. Reis, President Obama’s national security adviser, sharply "
        "criticized Prime Minister Benjamin Netanyahu of Israel on Tuesday over his plans to "
        "address a joint meeting of Congress next week. The White House on Wednesday said "
        "that Mr. Obama agreed with Ms. Reis’s assessment. The president has said he will not "
        "meet with Mr. Netanyahu during his visit.",
        "he will not meet with Mr. Netanyahu during his visit",
        "Obama",
    ),
    (
        "Susan Reis, President Trump’s national security adviser, said the meeting went well. "
        "The president insisted that the inquiry was a hoax.",
        "that the inquiry was a hoax",
        "Trump",
    ),
    # ... while a role after the owner is the described person's own
    (
        "Mary Barra, the company's president, spoke on Monday. The president said sales were up.",
        "sales were up",
        "Mary Barra",
    ),
    (
        "Mary Barra, General Motors’ president, spoke on Monday. The president said sales were up.",
        "sales were up",
        "Mary Barra",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), ROLE_BEFORE_AN_OWNER)
def test_a_role_before_an_owner_s_name_is_the_owner_s_not_the_described_person_s(
    text, content, speaker
):
    assert_spoken_by(text, content, speaker, "person")


# A person described beside a second description that runs straight on into a name is the one
# named (the parser hangs the name on the second description); a noun that describes no
# person keeps its own speaker, and a name set beside the first description is named as before
APPOSITION_THROUGH_A_DESCRIPTION = [
    # (The New York Times 2016-09, fifty-first's election)
    (
        "At my first stop, a pair of men were leaning on a gatepost. One of the men, Jessie "
        "Elkins, 70, had served in Vietnam and said he was convinced that Mr. Trump's rash "
        "nature would lead America into an unnecessary war. The other man, his cousin James "
        "York, 40, cited Mr. Trump's apparent fondness for President Vladimir V. Putin of "
        "Russia as a potential danger. ''He's talking too much trash,'' he said.",
        "He's talking too much trash",
        "James York",
    ),
    (
        "At my first stop, a pair of men were leaning on a gatepost. One of the men, Jessie "
        "Elkins, 70, had served in Vietnam and said he was convinced that Mr. Trump's rash "
        "nature would lead America into an unnecessary war.",
        "he was convinced that Mr. Trump's rash nature would lead America into an unnecessary war",
        "Jessie Elkins",
    ),
    ("The lawyer, a former prosecutor, said the case was weak.", "the case was weak", "lawyer"),
]


@pytest.mark.parametrize(("text", "content", "speaker"), APPOSITION_THROUGH_A_DESCRIPTION)
def test_a_person_described_beside_a_description_of_a_name_is_the_one_named(text, content, speaker):
    assert_spoken_by(text, content, speaker, "person")


def test_a_name_that_opens_a_list_is_not_the_speaker_alone():
    """The code review of round 62: the name after a second description may open a list."""
    (statement,) = statements_of(
        "The officer, his partner John Smith, and two witnesses said the man ran."
    )
    assert statement.speaker.name == "officer, his partner John Smith, and two witnesses"


def test_a_thing_described_beside_a_person_s_name_keeps_its_own_speaker():
    text = "The company, its chief executive Tim Cook, said the phones were safe."
    assert_spoken_by(text, "the phones were safe", "company", "organization")


# "he" and "she" go on with no speaker a noun of the other sex describes ("his mother"), but
# with one of theirs, or one whose noun gives no sex ("His mother's lawyer")
DESCRIBED_SEX = [
    # (The New York Times 2016-05, fiftieth's harris-china)
    (
        "Adm. Harry B. Harris Jr. said the comments were false.\n\nWhen his family moved back "
        "to rural Tennessee, his mother refused to teach him Japanese, insisting that her son "
        "was 100 percent American. In that vein, the admiral does not make much of the fact "
        "that he is the first Asian-American to be appointed a combatant commander.\n\n''In "
        "some respects, they try to demonize me, and that's really ugly,'' he said.",
        "In some respects, they try to demonize me, and that's really ugly",
        "Harry B. Harris Jr.",
    ),
    (
        "Adm. Harry B. Harris Jr. said the comments were false.\n\nWhen his family moved back "
        "to rural Tennessee, his mother refused to teach him Japanese, insisting that her son "
        "was 100 percent American.\n\n''He is an American,'' she said.",
        "He is an American",
        "his mother",
    ),
    (
        "Adm. Harry B. Harris Jr. said the comments were false. His mother's lawyer said the "
        "will was valid. “It was signed in 2001,” he said.",
        "It was signed in 2001",
        "His mother's lawyer",
    ),
    # a title in "-man" is used of women too (the code review of round 62)
    (
        "The firm's chairman said the deal was fair. ''We are happy,'' she said.",
        "We are happy",
        "firm's chairman",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), DESCRIBED_SEX)
def test_a_pronoun_goes_on_with_no_speaker_described_as_the_other_sex(text, content, speaker):
    assert_spoken_by(text, content, speaker, "person")


# A cue participle on an occasion to speak (`speakers.occasion_speaker`): the words of whoever
# speaks at it, its possessor or its holder (the story gold, as printed)
OCCASIONS = [
    # The Western Journal 2016-06 (fifty-sixth, trump-new-york)
    (
        "Republican presidential candidate Donald Trump will follow Democratic candidate "
        "Hillary Clinton’s Tuesday speech denouncing his economic policies with a speech of his "
        "own Wednesday morning.",
        "his economic policies",
        "Hillary Clinton",
        "person",
    ),
    # USA Today 2016-04 (fifty-fifth, sanders-pope)
    (
        "Tuesday, the Vermont senator opened a Rochester rally blasting Clinton for promoting "
        "fracking in other countries while secretary of State.",
        "Clinton for promoting fracking in other countries while secretary of State",
        "Vermont senator",
        "person",
    ),
    # The Washington Post 2016-03 (fifty-second, valeant-ackman)
    (
        "In Ohio, the Freedom Partners Action Fund, a super PAC financed by billionaire "
        "industrialist Charles Koch and other conservative donors, is running a TV spot "
        "attacking Democratic candidate and former governor Ted Strickland for tax increases "
        "during his administration.",
        "Democratic candidate and former governor Ted Strickland for tax increases",
        "Freedom Partners Action Fund",
        "organization",
    ),
    # The New York Times, BASIL b7021938 (eighth)
    (
        "Representative Kevin McCarthy, the House Republican leader, spent much of his weekly "
        "news conference comparing Mr. Schiff, a fellow Californian, to Senator Joseph R. "
        "McCarthy, who fueled fears in the 1950s that Communist spies had infiltrated the "
        "American government.",
        "Mr. Schiff, a fellow Californian, to Senator Joseph R. McCarthy",
        "Kevin McCarthy",
        "person",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker", "kind"), OCCASIONS)
def test_a_participle_on_an_occasion_to_speak_is_its_speakers(text, content, speaker, kind):
    """Statements found, sixty-third round: "Clinton’s Tuesday speech denouncing …", "opened a
    Rochester rally blasting …", "is running a TV spot attacking …", "his weekly news conference
    comparing …" (the story gold: 4 statements in 4 folders, none found before: the occasion
    can say nothing, so no speaker was found)."""
    assert_spoken_by(text, content, speaker, kind)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # an occasion no one holds in the text, or one held by another (made up)
        ("Police arrested ten people at a rally denouncing the war.", "denouncing"),
        ("Trump criticized the speech denouncing his policies.", "denouncing"),
        ("Thousands gathered for a rally protesting the war.", "protesting"),
        ("Reporters waited outside the news conference announcing the merger.", "announcing"),
        # only whom the occasion was about, nothing said of them (The Washington Post
        # 2016-06, thirty-fifth, sanders-platform: the story gold has no statement)
        (
            "He spent much of his own 24-minute speech praising the candidate, who is running "
            "in Tuesday's congressional primary.",
            "praising",
        ),
        # occasions in the plural: a habit, not words said at one time (made up)
        (
            "She remembers her sister, who had given speeches criticizing the government.",
            "criticizing",
        ),
        # the round-63 code review (made up): an occasion not held, or only planned; one
        # closed or aired by another; a question asked at it; a misparse making it the root
        ("Smith did not give a speech attacking the governor for tax increases.", "attacking"),
        ("Smith will give a speech denouncing the governor's tax plan.", "denouncing"),
        ("Police closed a rally denouncing the war.", "denouncing"),
        ("CNN aired a speech blaming Trump for the shutdown.", "blaming"),
        (
            "Reporters asked at a news conference announcing the merger whether jobs would go.",
            "announcing",
        ),
        (
            "The senators arrived. Their rally blasting Clinton for promoting fracking drew "
            "thousands.",
            "blasting",
        ),
        # the round-64 code review (made up): an occasion named by its speaker, still to
        # come, only planned, or one the text says did not take place
        (
            "Clinton's speech next week attacking Trump's tax plan is expected to draw crowds.",
            "attacking",
        ),
        ("Sanders never gave his planned speech criticizing the deal.", "criticizing"),
        ("Clinton never delivered her speech attacking Trump's tax plan.", "attacking"),
        ("Sanders postponed his speech criticizing the deal.", "criticizing"),
        ("The White House canceled a speech by Obama criticizing the deal.", "criticizing"),
        ("Officials called off a speech by Obama criticizing the deal.", "criticizing"),
    ],
)
def test_no_speaker_for_an_occasion_no_one_in_the_text_holds(text, cue):
    """What `speakers.occasion_speaker` leaves alone: an occasion with no possessor, no "by"
    and no holder whose object it is, one criticized or attended by another, one that only
    names whom it was about, and occasions in the plural."""
    assert cue not in {s.cue.text for s in statements_of(text) if s.cue}


@pytest.mark.parametrize(
    ("text", "content", "speaker", "kind"),
    [
        # the round-64 code review (made up): the occasion took place, whoever else came or
        # cheered; "planned" in the possessor's name, "next" on the possessor, a speech delayed
        # and then given
        ("Trump skipped Clinton's speech attacking his plan.", "his plan", "Clinton", "person"),
        (
            "The crowd cheered a speech by Obama criticizing the deal.",
            "the deal",
            "Obama",
            "person",
        ),
        (
            "Planned Parenthood's rally denouncing the bill drew thousands.",
            "the bill",
            "Planned Parenthood",
            "organization",
        ),
        (
            "The next president's speech attacking the deal drew cheers.",
            "the deal",
            "next president",
            "person",
        ),
        (
            "Rain delayed Obama's speech criticizing the deal by an hour.",
            "the deal",
            "Obama",
            "person",
        ),
    ],
)
def test_an_occasion_that_took_place_is_its_speakers_whoever_else_came(
    text, content, speaker, kind
):
    """`speakers._took_place`: only an occasion told as still to come, planned or undone ("next
    week", "planned", "never delivered", "canceled", "called off") says nothing; one another
    skipped, cheered or delayed was held."""
    assert_spoken_by(text, content, speaker, kind)


# A surname the tagger took for another kind of word, as the cue's subject, is the person the
# text named in full before it (PolNeAR train, Politico 2016-05, The Washington Post 2016-07);
# the word stays what it is where it has words of its own, where it is no subject, or where the
# text names no one of that surname before it.
CUBAN = (
    "Mark Cuban, the billionaire owner of the Dallas Mavericks who rebuffed pleas from "
    "conservatives to run for president, says he's open to running in the future. "
    '"It\'s too early to tell," said Cuban, who is also a host on the TV show "Shark Tank." '
    "Trump's grasp of policy and temperament are worrying, Cuban said. "
    "Cuban officials said the embargo had hurt trade."
)
AL_FROM = (
    '"We won in those three elections a smaller percentage of total electoral votes than any '
    'party has ever won in three consecutive elections," said Al From, who helped found the '
    'DLC. Many Americans then saw the Democrats as "the party of overwhelming government," '
    "From said. From the start, Brown said the party had to change."
)
SURNAMES_TAKEN_FOR_OTHER_WORDS = [
    (CUBAN, "Trump's grasp of policy and temperament are worrying", "Mark Cuban", "person"),
    (CUBAN, "It's too early to tell", "Mark Cuban", "person"),
    # near-misses: a nationality with its own noun, a preposition opening a phrase
    (CUBAN, "the embargo had hurt trade", "Cuban officials", "group"),
    (
        AL_FROM,
        'Many Americans then saw the Democrats as "the party of overwhelming government,"',
        "Al From",
        "person",
    ),
    (AL_FROM, "the party had to change", "Brown", "person"),
    # near-miss: the person is named only after the nationality
    (
        "Havana rejected the offer on Monday. Cuban said the talks would go on. Mark Cuban "
        "owns the Dallas Mavericks.",
        "the talks would go on",
        "Cuba",
        "group",
    ),
    # near-miss (code review, round 67): a verb in the plural has a people for its subject,
    # whoever shares its word as a surname
    (
        "David French spoke on Monday. Across the country, French are saying the law goes too far.",
        "the law goes too far",
        "France",
        "group",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker", "kind"), SURNAMES_TAKEN_FOR_OTHER_WORDS)
def test_a_surname_taken_for_a_nationality_or_a_preposition_is_the_person_named_before(
    text, content, speaker, kind
):
    assert_spoken_by(text, content, speaker, kind)


# An unnamed source is named by the words that tell who it is, not by an aside a comma sets
# off after its noun nor by a second verb joined to its relative clause, which tells what it
# did besides (PolNeAR train: The Washington Post 2016-07 and 2016-03, Politico 2016-06).
FORMER_OFFICIAL = (
    'Petraeus "was handled so lightly for his offense there isn\'t a whole lot you can do," '
    "said a former U.S. law enforcement official who oversaw counterintelligence "
    'investigations and described the email controversy as "a lesser set of circumstances."'
)
UNNAMED_SOURCES_WITHOUT_ASIDES = [
    (
        FORMER_OFFICIAL,
        'Petraeus "was handled so lightly for his offense there isn\'t a whole lot you can do,"',
        "former U.S. law enforcement official who oversaw counterintelligence investigations",
        "anonymous",
    ),
    (
        FORMER_OFFICIAL,
        'the email controversy as "a lesser set of circumstances."',
        "former U.S. law enforcement official who oversaw counterintelligence investigations",
        "anonymous",
    ),
    (
        "News of the mogul’s dismal fundraising has energized the delegates. A handful of "
        "Republican Party insiders, long dismissive of attempts to block Trump, are now more "
        "convinced that there will be a substantive effort to stop him.",
        "there will be a substantive effort to stop him",
        "A handful of Republican Party insiders",
        "anonymous",
    ),
    (
        "Only half a dozen Senate Republicans, of 54 total, even expressed a willingness to "
        "take a courtesy meeting with Garland.",
        "a willingness to take a courtesy meeting with Garland",
        "half a dozen Senate Republicans",
        "group",
    ),
    # near-misses: two verbs that share what follows them, a phrase with no comma before it,
    # a verb's own object after the "and", a list after a comma
    (
        "Officials who live and work in the city said the plan would fail.",
        "the plan would fail",
        "Officials who live and work in the city",
        "group",
    ),
    (
        "Voters in Iowa and New Hampshire said the race was close.",
        "the race was close",
        "Voters in Iowa and New Hampshire",
        "group",
    ),
    (
        "Lawmakers who met with the president and his aides said the talks had stalled.",
        "the talks had stalled",
        "Lawmakers who met with the president and his aides",
        "group",
    ),
    (
        "Democrats, Republicans and independents said the race was close.",
        "the race was close",
        "Democrats, Republicans and independents",
        "group",
    ),
    # near-misses: a second relative clause with its own pronoun, participles joined (the
    # gold's names: The Washington Post 2016-06, Fox 2013), a verb joined by "but"
    (
        "Another Muslim who worshiped at the Islamic Center here and who didn't want to be "
        'named said he heard Mateen talk of "immorality" in the United States.',
        'he heard Mateen talk of "immorality" in the United States',
        "Another Muslim who worshiped at the Islamic Center here and who didn't want to be named",
        "group",
    ),
    (
        "According to slides from an internal presentation intended for NSA senior analysts "
        "and obtained by the Washington Post, the program accounts for nearly one in seven "
        "intelligence reports.",
        "the program accounts for nearly one in seven intelligence reports.",
        "slides from an internal presentation intended for NSA senior analysts and obtained by "
        "the Washington Post",
        "group",
    ),
    (
        "A Democrat who supports Clinton but is not working for her said the race was close.",
        "the race was close",
        "Democrat who supports Clinton but is not working for her",
        "group",
    ),
    # near-misses the code review found: a set-off "from" that says whose the source is (Fox
    # 2016, BASIL, as printed); the terms a source speaks on are no part of who it is (The New
    # York Times 2016-05, PolNeAR train, as printed; the gold's name) …
    (
        "Meanwhile, the statement on her health, from Dr. Lisa Bardack, an internist and "
        "chairman of the Department of Medicine at the Mount Kisco Medical Group in Mount "
        "Kisco, New York, said the former secretary of state has seasonal pollen allergies.",
        "the former secretary of state has seasonal pollen allergies",
        "statement on her health, from Dr. Lisa Bardack",
        "document",
    ),
    (
        "Obama warned the Chinese leader, Xi Jinping, during their recent meeting in "
        "Washington not to move on the Scarborough Shoal or invoke an air defense zone, said an "
        "American official who was briefed on the details of the encounter and spoke "
        "anonymously because of the diplomatic sensitivities.",
        "Obama warned the Chinese leader, Xi Jinping, during their recent meeting in Washington "
        "not to move on the Scarborough Shoal or invoke an air defense zone",
        "American official who was briefed on the details of the encounter",
        "anonymous",
    ),
    # … and, of its own invention, what a source knows or was, set off, and a second verb
    # that tells who it is
    (
        "Two people, familiar with the negotiations, said the deal was close.",
        "the deal was close",
        "two people, familiar with the negotiations",
        "group",
    ),
    (
        "Officials, both current and former, said the program was flawed.",
        "the program was flawed",
        "Officials, both current and former",
        "group",
    ),
    (
        "A Republican strategist who advised Romney in 2012 and now works for Cruz said the "
        "race was over.",
        "the race was over",
        "Republican strategist who advised Romney in 2012 and now works for Cruz",
        "group",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker", "kind"), UNNAMED_SOURCES_WITHOUT_ASIDES)
def test_an_unnamed_source_leaves_out_a_set_off_aside_and_a_second_verb(
    text, content, speaker, kind
):
    assert_spoken_by(text, content, speaker, kind)


# (text, a word of the statement's content, the speaker's name): a name the resolver built
# over a mark no name holds inside it is cut at that mark, or is no name where what is left is
# none (PolNeAR train: HuffPost 2016-02, West Journal 2016-08, Washington Post 2015-11); a
# title a thing is called by is its name where the words before it are none
CUT_AT_A_MARK = [
    (
        "Hillary Clinton spoke in Iowa. “I think it’s been most surprising to me to see "
        "somebody who was affable really traffic in a lot of the prejudice and "
        "paranoia,”Clinton said.",
        "surprising",
        "Hillary Clinton",
    ),
    (
        "“Amid the trading of insults between the opposing camps on the U.S. presidential "
        "campaign trail, a remark made by Vice President Joe Biden on Aug. 15 was quite rough "
        "around the edges,” said the Vox Populi (Voice of the People) column.",
        "Amid",
        "Vox Populi",
    ),
    (
        "Rubio's campaign tweeted a YouTube.com video Thursday afternoon from an account "
        'called "Hypo-Cruz" that showed Cruz discussing his amendments to the bill, saying that '
        "one would prevent illegal immigrants from obtaining citizenship.",
        "Cruz discussing",
        "Hypo-Cruz",
    ),
]

# near-misses that keep their names whole: a parenthesis closed within the name, a nickname
# in quotes, an apostrophe, the name alone, a title the mention quotes (USA Today 2016-05)
KEPT_WHOLE = [
    (
        'In his listing, Zimmerman claimed that the "Smithsonian Museum" in Washington, D.C., '
        "had expressed interest in buying the firearm.",
        "interest in buying",
        "Smithsonian Museum",
    ),
    ("“We will win,” said the Vox Populi column.", "We will win", "Vox Populi column"),
    (
        "Sen. Ted Cruz (R-Texas) said the deal was a disaster.",
        "the deal was a disaster",
        "Ted Cruz",
    ),
    (
        "Beto O'Rourke said the wall was a waste of money.",
        "the wall was a waste of money",
        "Beto O'Rourke",
    ),
    (
        'William "Mo" Cowan said Patrick offered him the job on Tuesday.',
        "Patrick offered him the job on Tuesday",
        'William "Mo" Cowan',
    ),
]


@pytest.mark.parametrize(("text", "word", "speaker"), CUT_AT_A_MARK + KEPT_WHOLE)
def test_a_speaker_s_name_is_cut_at_a_mark_no_name_holds(text, word, speaker):
    found = [s for s in statements_of(text) if word in s.content.text]
    assert found, [(s.speaker.name, s.content.text) for s in statements_of(text)]
    # the innermost statement that holds the word: "had expressed interest" in "claimed that …"
    assert min(found, key=lambda s: len(s.content.text)).speaker.name == speaker


# What `marks._cut` leaves of a name the resolver built across a mark (code review, sixty-eighth
# round): real names with a lowercase particle, a capital inside a word or a number are names,
# and a quotation that opens glued after the words leaves the words before it.
@pytest.mark.parametrize(
    ("name", "cut"),
    [
        ("Abu Bakr al-Baghdadi (the leader", "Abu Bakr al-Baghdadi"),
        ("Luiz Inácio Lula da Silva (known", "Luiz Inácio Lula da Silva"),
        ("Group of 20 (G20", "Group of 20"),
        ("3M (the company", "3M"),
        ("paranoia,”diGenova", "diGenova"),
        ("Ryan said,“Look", None),
        # the cuts the marks rule was made for stay (PolNeAR train, as the resolver built them)
        ("paranoia,”Clinton", "Clinton"),
        ("Vox Populi (Voice of the People", "Vox Populi"),
        ("People) column", None),
        ('datetime="2016-06-29"', None),
    ],
)
def test_what_a_cut_at_a_mark_leaves_is_a_name_or_none(name, cut):
    from whatweknow.extract.attribution.marks import _cut

    assert _cut(name, "") == cut
