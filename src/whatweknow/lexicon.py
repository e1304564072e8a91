"""Word lists the extractors share. Plain English knowledge, not tuned weights.

The reporting-verb list was checked against the cue spans of PolNeAR's train portion (the
verbs annotated as attribution cues at least three times), then cut back by hand to verbs that
introduce what someone says or thinks; verbs that mostly take a plain object there ("support",
"see") stay out.
"""

from __future__ import annotations

# Verbs that report speech or writing: "said", "adds", "told", "wrote", "announced". The verbs of
# blame and naming from "assail" on are cues in PolNeAR train (assail 15 times, rebuke, deride and
# chide 7, liken 6, lambaste and dub 5, term 4, castigate and excoriate once). "speculate": what
# someone speculated (that) is theirs in the story gold 7 times in 7 (5 stories: "Trump speculated
# that the men detained could be part of the Islamic State", "as some have speculated"); PolNeAR
# train sees it with a clause too rarely to decide (`cue_table`).
SPEECH_VERBS = frozenset(
    """
say tell add write announce note report explain state declare claim argue insist suggest warn
reply respond answer acknowledge admit concede confirm deny reveal disclose stress emphasize
emphasise underline caution predict promise pledge vow assure remind recall testify tweet post
post email text comment observe remark mention point reiterate repeat echo counter contend
maintain assert allege charge complain lament boast joke quip muse conclude continue urge speculate
demand ask inquire wonder question describe call brand label characterize characterise concede
estimate forecast project calculate put recount relate shout yell scream chant whisper
announce proclaim inform advise recommend propose threaten signal indicate imply hint
acknowledged grumble sigh snap retort fire blast slam mock praise criticize criticise accuse
blame dismiss reject read assail rebuke deride chide lambaste ridicule disparage belittle castigate
berate excoriate scold fault deplore liken dub term
""".split()
)

# Verbs of belief and judgement: "believes", "thinks", "fears", "agrees".
BELIEF_VERBS = frozenset(
    """
believe think feel fear hope expect agree disagree doubt suspect reckon assume guess know
consider understand worry judge figure sense learn find show determine notice realize
realise recognize recognise
""".split()
)

REPORTING_VERBS = SPEECH_VERBS | BELIEF_VERBS

# Verbs whose clause is what someone hopes, believes, fears or foresees, not what the text says
# happened: "I hope that the articles of impeachment are the subject of hearings … early in
# 2019" (`extract.held`). Not the verbs that hold their clause true ("know", "learn", "find",
# "show", "realize"), nor "expect" and "agree", whose clause is a plan the timeline keeps ahead.
HELD_VERBS = frozenset(
    "believe think feel fear hope wish doubt suspect assume suppose guess imagine worry pray "
    "speculate predict".split()
)
# Of those, the verbs and nouns that look ahead: what they hold has not happened, whatever its
# tense ("I fear they already voted on Monday" is still a fear); a belief or a suspicion about
# the past ("Police believe the gunman entered the school at 9 a.m. Monday") tells a hedged
# happening, which the timeline keeps.
FORESEEING = frozenset("hope wish fear worry pray predict speculate prediction speculation".split())
# Nouns whose "that" clause is such a thing held: "the hope that …", "suspicions that …".
HELD_NOUNS = frozenset(
    "hope belief suspicion fear doubt wish prediction speculation assumption worry".split()
)

# Verbs that deny or dispute the clause they take ("the White House denied that Mr. Trump said
# he would veto the bill"): a statement nested in that clause is what they reject, never a
# claim they relay.
DENIAL_VERBS = frozenset(
    "deny dispute refute rebut contradict disavow reject contest challenge question".split()
)

# Reporting verbs with a second sense when a thing is their subject: "the brawl continued",
# "the endorsement may signal an opening", "the decision threatens to create a bind". In
# PolNeAR train a thing as the subject makes "continue" a cue 2 times in 19 and "signal" 2 in 6;
# PolNeAR marks "a decision threatens to …" as a cue 4 times in 6, but a threat by a thing is a
# risk, not a warning anyone gave.
THING_SENSE_VERBS = frozenset("continue signal threaten".split())
# Verbs that hold a report back: "declined to say whether", "had refused to apologize", "failed
# to mention", "refrained from saying", "avoided naming him". A statement under one is negated by
# the verb itself (a refusal to talk about a topic, "declined to comment", is none at all).
WITHHOLDING_VERBS = frozenset("decline refuse fail refrain avoid".split())
# Words whose infinitive tells what was done next, not what is meant or made to come: "went
# on to acknowledge the error", "proceeded to acknowledge", "was quick to acknowledge".
DONE_NEXT = frozenset({"go on", "proceed", "quick", "hasten", "manage"})

# Verbs whose plain object is what is attributed ("Trump criticized the deal"). "hail" praises
# its object ("hailed AARP's apparent reversal", "hailed Britain's vote … as “fantastic,”": the
# story gold takes it 4 times in 4, 4 stories; "hail from Ohio" has no object) and "cry" names
# a complaint ("crying “fraud” over delegate selection", "cried foul over the program" with its
# adverb, `PARTICLE_CUES`: 5 times in 5 in the story gold, 5 stories).
OBJECT_CUE_VERBS = frozenset(
    """
criticize criticise praise accuse blame deny reject dismiss slam blast mock condemn denounce
defend endorse welcome express voice cite reference mention describe question highlight acknowledge
admit announce propose recommend demand call attack oppose support back thank applaud tout
decry lament predict reveal confirm stress emphasize emphasise note discuss
dispute challenge contest echo repeat reiterate promise pledge vow urge downplay
compare congratulate list identify laud commend assail rebuke deride chide lambaste ridicule
disparage belittle castigate berate excoriate scold fault deplore brand label dub term liken
allege pan hail cry
""".split()
)

# Verbs that cast their object "as" something: "voters see Clinton as the stronger candidate".
AS_VERBS = frozenset(
    """
see view regard consider describe cast portray paint characterize characterise depict
brand label dismiss denounce hail praise criticize criticise present frame treat rate castigate
deride ridicule protest rip
""".split()
)

# Verbs that cast what they are said of as something, by an "as" phrase or a predicate: "an
# option seen by organizers as a “lifeboat” for conservatives", "measures deemed insufficient by
# Democrats": the "as" verbs of seeing, judging and naming, not those of an act done to the
# thing ("Patients treated by doctors as outpatients", "The house, painted by volunteers as a
# gift", "The medal, presented by the mayor as a token of thanks").
CAST_VERBS = AS_VERBS - frozenset("paint present frame treat protest rip".split()) | frozenset(
    "deem consider call brand label dub term judge".split()
)

# Verbs that blame someone only with what they are blamed for: "ripped Comey for acting as “the
# judge and the jury”", "chastised Snyder for refusing to ask for federal help". Without "for"
# they tear ("a banner that was quickly ripped away") or may only rebuke; with "for" PolNeAR
# train marks them cues ("rip" 2 times in 3, "chastise" 1 in 1) and the story gold calls them
# statements in 2 stories.
BLAME_FOR_VERBS = frozenset("rip chastise".split())

# Verbs whose object does the deed of the gerund after "of", "for" or "from": "accused Corey
# Lewandowski of grabbing her", "blamed Clinton for introducing charges", "thanked them for
# coming", "kept him from voting", "barred her from entering" (the verbs of blame, praise and
# keeping that `attribution/cue_table.py` counts with "obj+prep:of/for/from"). Not "know" or
# "learn": "Clinton knows Sanders from serving with him" is Clinton's serving.
OBJECT_DEED_VERBS = frozenset(
    """
accuse suspect convict acquit absolve clear blame fault criticize criticise chastise rip attack
blast slam hit knock chide rebuke scold castigate berate excoriate lambaste assail deride mock
ridicule condemn denounce praise laud commend applaud congratulate credit thank honor honour
reward forgive punish fine sue fire arrest keep prevent bar ban stop block prohibit deter
discourage dissuade restrain exclude disqualify
""".split()
)

# "offered his assessment", "expressed condolences", "issued a warning": a verb of giving
# whose object is a speech act.
GIVING_VERBS = frozenset("offer give express voice issue deliver extend send".split())
SPEECH_ACT_NOUNS = frozenset(
    """
assessment review reviews congratulations condolence condolences apology apologies thought
thoughts view views opinion opinions praise criticism warning warnings advice guidance guide
endorsement statement remarks remark comment comments explanation defense defence rebuttal
response message prediction forecast assurance assurances promise pledge support thanks
concern concerns regret doubt doubts reservations frustration outrage dismay alarm anger
disappointment sympathy confidence optimism skepticism scepticism gratitude sentiment
sentiments
""".split()
)

# Words of a change up or down (verbs, and "up" and "down" themselves): a figure under one
# measures the change ("sales rose 3 percent"), and a brief's heading keeps the verb with what
# changed ("Investors lost: 20.5 percent").
CHANGE_DIRECTIONS = {
    "up": frozenset(
        "rise rose risen climb jump increase grow gain surge soar rocket swell up "
        "double triple boost raise".split()
    ),
    "down": frozenset(
        "fall fell fallen drop decline decrease slide slump plunge sink shrink "
        "down cut lose tumble dip reduce halve".split()
    ),
}
CHANGE_WORDS = CHANGE_DIRECTIONS["up"] | CHANGE_DIRECTIONS["down"]

# The possessive determiners ("their charitable deductions", "his own son").
POSSESSIVE_DETERMINERS = frozenset("my your his her its our their".split())

# Verbs that lend their subject to an infinitive ("Trump seemed to suggest …").
RAISING_VERBS = frozenset("seem appear".split())

# (lemma, the word's first letters) -> the lemma meant: the small English model lemmatizes
# "hopes", "hoped" and "hoping" as "hop", so "She hopes to win" lost its cue; "rated" and
# "rating" as "rat". ("hop" with a clause is a cue 9 times in 10 in PolNeAR train: all "hoping
# that …", which the fix had missed.)
LEMMA_FIXES = {
    ("hop", "hope"): "hope",
    ("hop", "hopi"): "hope",
    ("rat", "rate"): "rate",
    ("rat", "rati"): "rate",
}

# Verbs whose infinitive complement is what is attributed ("Trump wants to build a wall").
XCOMP_CUE_VERBS = frozenset(
    """
want plan refuse pledge promise vow decline hope intend threaten seek agree offer aim expect
prefer urge ask encourage push vote tell
""".split()
)

# Verbs of wanting, planning, trying and refusing: with their own infinitive ("wants to build a
# wall", "refused to sign the bill") or a plain object ("sought the nomination") they tell what
# someone means to do, not what they said; with a clause ("agreed that …", "hopes that …") or
# an object and an infinitive ("wants Congress to act") they still report a view or a demand.
PLAN_VERBS = frozenset(
    """
want plan intend seek aim prefer try attempt decide expect hope refuse decline offer agree vote
wish strive volunteer
""".split()
)

# Verbs that take a stance toward a thing or announce an act: with a bare object ("endorsed
# Clinton", "opposed the amendment", "announced her bid", "proposed $800 million") they report
# an act, not a claim; with a clause, a predicate ("described the offer as …"), a reason or
# quoted words they do. Evaluative speech acts ("criticized the plan", "praised the
# president") say something of their object and stay statements (an offer or a plan rejected
# is a decision: `attribution.exclusions._turned_down`), and so do
# thanks ("thanking his staff, his family and the voters who elected him": a statement in the
# BASIL story gold; no verb here costs PolNeAR dev anything by it) and congratulations, told to
# whom even with no reason given ("congratulating lawmakers on the development", "he
# congratulated Florida primary winner Donald Trump": statements in the story gold, 4 stories
# of 4 with the verb; none a not-statement).
STANCE_VERBS = frozenset(
    """
support back endorse oppose defend tout welcome highlight echo propose
announce recommend express voice list identify describe mention
""".split()
)

# Verbs of a topic: "discussed the possibility of …", "spoke about finding a way forward" name
# what was talked about, not what was said about it.
TOPIC_VERBS = frozenset("discuss talk speak".split())
# Nouns "against" sets a scene with, not a side: "He spoke against the majestic bronze backdrop
# of the museum" tells where he stood (`exclusions.side_taken`).
SETTING_NOUNS = frozenset("backdrop background".split())

# Objects that are claims themselves: "denied the allegations", "repeated the claim".
PROPOSITION_NOUNS = frozenset(
    """
claim allegation accusation charge report story rumor rumour statement remark comment assertion
suggestion idea notion theory account characterization characterisation description
assessment estimate finding conclusion view belief position argument criticism prediction
warning figure number statistic data evidence poll survey study fact facts
""".split()
)

# Verbs whose prepositional phrase is what is attributed ("called for a ban").
PREP_CUES = {
    "call": ("for", "on"),
    "appeal": ("for",),  # "Lawmakers have appealed for more security"
    "plead": ("for",),
    "point": ("to",),
    "refer": ("to",),
    "talk": ("about", "against"),
    # "against", and "for" after "out", take a side (`exclusions.side_taken`): "has spoken out
    # against the measure", "spoke out for ''shotgun marriages''"
    "speak": ("about", "of", "against", "for"),
    "comment": ("on",),
    "complain": ("about", "of"),
    "warn": ("of", "about", "against"),
    "worry": ("about",),
    "rail": ("against",),
    "argue": ("for", "against"),
    "testify": ("about", "on"),
    "write": ("about", "of"),
    "insist": ("on",),
    "boast": ("about", "of"),
    "apologize": ("for",),
    "apologise": ("for",),
    "joke": ("about",),
}

# Verbs that are cues only with their particle, and the prepositions of what they answer:
# "weighed in to defend the Tea Party movement", "pushed back on those claims" ("weighed in on
# state gun control efforts" names a topic, as "talked about" does). In PolNeAR train "weigh
# in" is a cue 6 times in 18 (most others refused or wished for: "declined to weigh in",
# "shouldn't weigh in"), "push back" 5 in 17.
PARTICLE_CUES: dict[str, tuple[str, tuple[str, ...]]] = {
    "weigh": ("in", ()),
    "push": ("back", ("on", "against")),
    "cry": ("foul", ("over", "about")),  # "cried foul over the program" (parsed as an adverb)
}

# Nouns that head a cue: "in a statement", "X's claim that", "the report said".
CUE_NOUNS = frozenset(
    """
statement claim assertion argument belief view warning promise pledge assessment estimate
allegation accusation suggestion insistence admission announcement comment remark criticism
charge complaint concern conviction contention
""".split()
)

# Nouns a "that" clause can say the content of: "the notion that …", "his insistence that …".
CLAIM_NOUNS = CUE_NOUNS | PROPOSITION_NOUNS

# Nouns of a stance whose object is what is attributed: "Trump's call for a ban on Muslims",
# "her vow to reject the measure", "his criticism of the Fed". Support, plans and views of a
# thing are not statements ("her support for the deal", "his views on the president").
STANCE_NOUNS = {
    "call": ("for",),
    "calls": ("for",),
    "criticism": ("of",),
    "praise": ("for", "of"),
    "demand": ("for",),
    "demands": ("for",),
    "promise": ("of",),
    "pledge": ("of",),
    "vow": ("to",),
    "attack": ("on",),
    "attacks": ("on",),
    "defense": ("of",),
    "defence": ("of",),
    "characterization": ("of",),
    "rejection": ("of",),
    "denial": ("of",),
    "refusal": ("to",),
    # "announcing his desire to fill the seat", "has signaled his desire to knock Rubio out of
    # the race", "has voiced the desire to run for public office" (`MADE_KNOWN_NOUNS`)
    "desire": ("to",),
}

# Stance nouns that tell a statement only as the object of a verb, a want made known
# ("announcing his desire to fill the seat", "has voiced the desire to run"): the story gold
# takes these 3 times in 3 (3 stories), and none of the wants the writer ascribes ("reflects
# … the desire by White House officials to address the shooting", "he said of Trump's desire
# to force both sides to the table").
MADE_KNOWN_NOUNS = frozenset({"desire"})

# Stance nouns of an act against or for a thing, whose preposition names the thing the act
# is aimed at, not what was said of it ("Trump's attacks on immigrants", "his rejection of
# those measures", "the president's defense of the programs"): with a bare object, the noun
# names the act (`exclusions._act_named_by_a_noun`); "call for", "vow to", "promise of" name
# what is wanted or promised. The story gold takes an "attack on" with a bare object 3 times
# in 15 and "rejection of" or "defense of" 0 in 2; "criticism of" 3 in 5, so it stays a
# statement, as "criticized X" does.
ACT_NOUNS = frozenset("attack attacks defense defence rejection".split())

# Nouns of asking someone to act, whose request is what is attributed when the sentence gives
# who is asked and what to do ("their calls for D.C. to end the deadlock", "Trump's initial
# request for the network to give to charities") or what to do ("Trump's own earlier call to
# release the report"): the story gold takes such a request as a statement 8 times in 9 (7
# stories; the ninth lies inside others' criticism of it); a request for a thing ("his
# demands for $5.7 billion", "a request for comment") is not one by this shape.
ASKING_NOUNS = frozenset("call calls demand demands request requests".split())

# Adjectives of a stance, with the preposition whose object is what is attributed: "Mr. Fox
# has been critical of Mr. Trump’s plan to build a wall", "a Facebook post critical of the
# first daughters". The story gold takes "critical of" as a statement 6 times in 6 (5 BASIL
# stories, never a not-statement); PolNeAR train's first annotator marks it a cue 9 times in 15.
STANCE_ADJECTIVES = {"critical": ("of",)}

# Adjectives of a view held, said of someone with a clause for complement: "his donors remain
# confident that he will win", "loyalists were adamant that he has no plans to run", "some
# Democrats are concerned that Sanders' tactics could make it more difficult to unite". The
# story gold takes the clause as the holder's statement 13 times in 14 outside quotes (12
# stories), the fourteenth a hope the gold leaves unmarked; PolNeAR train and dev annotate the
# clause after "be ADJ that" as content every time (confident 10, concerned 7, hopeful 6,
# convinced 6, optimistic 4, adamant 3, worried 3). Not "sure" or "certain" ("is certain to
# be challenged"), nor "aware" (what the writer holds true).
CLAUSE_ADJECTIVES = frozenset(
    """
confident adamant optimistic hopeful worried concerned firm insistent convinced skeptical
""".split()
)

# Common nouns naming groups of sources: "observers say", "some experts believe".
GROUP_NOUNS = frozenset(
    """
expert experts analyst analysts observer observers official officials source sources diplomat
diplomats critic critics resident residents witness witnesses lawmaker lawmakers legislator
legislators officer officers investigator investigators researcher researchers scientist
scientists economist economists historian historians insider insiders aide aides adviser
advisers advisor advisors supporter supporters opponent opponents voter voters people activist
activists leader leaders member members agency agencies intelligence authorities authority
government governments ministry military police prosecutors prosecutor spokesman spokeswoman
spokesperson representative representatives commentator commentators pundits pundit
strategist strategists pollster pollsters poll polls survey report reports study studies
media newspaper newspapers residents families officials. democrats republicans
percent majority minority half third quarter family families staff team allies rivals friends
community surrogates docs physicians reporters journalists editors fans colleagues partners
leadership advocate advocates delegate delegates associates
""".split()
)

# Singular roles that name one person without naming them: "the minister said".
ROLE_NOUNS = frozenset(
    """
minister governor mayor senator congressman congresswoman lawmaker general colonel captain
commander admiral spokesman spokeswoman spokesperson president chancellor premier ambassador
secretary director chairman chairwoman chair chief commissioner judge justice prosecutor sheriff
officer economist analyst expert professor researcher doctor lawyer attorney adviser advisor
aide diplomat envoy candidate nominee leader king queen prince pope bishop ceo founder owner
author writer historian scientist witness resident official partner wife husband son daughter
father mother brother sister friend colleague ally rival surrogate doc physician host anchor
reporter journalist editor columnist actor actress singer star speaker
""".split()
)

# Documents and institutions that speak: "the report found", "the company denied".
INSTITUTION_NOUNS = frozenset(
    """
report study poll survey statement letter analysis document documents data review audit
company firm government ministry agency department administration campaign committee
council caucus court military army police intelligence command office party bank union unions ad ads
guidance guidelines directive memo
""".split()
)

# Bodies that vote: a passive "confirmed by" one of them is a vote, not a fact told ("Her
# appointment was confirmed by the Senate on Tuesday").
VOTING_BODIES = frozenset(
    "senate congress parliament legislature assembly chamber electorate voters".split()
)

# Acts and events one claims to have done, the things a passive "claimed by" tells ("Both
# incidents were claimed by the so-called Islamic State"), not the things one takes as one's
# own ("The seat was claimed by Republicans", "The bodies were claimed by relatives").
CLAIMED_ACTS = frozenset(
    """
attack incident bombing shooting killing explosion blast assault strike raid massacre
kidnapping abduction hijacking hack hacking beheading execution ambush murder assassination
operation responsibility credit
""".split()
)
# ... and what one claims of oneself, a side or a plea, with the acts: "a man claiming
# allegiance to ISIS", "claimed self-defense", "Islamic State claimed responsibility for the
# attack" say so; "claimed the nomination" or "claimed a moral victory" take a thing won.
CLAIMED_OF_ONESELF = CLAIMED_ACTS | frozenset(
    "allegiance loyalty affiliation defense self-defense innocence".split()
)

# What shows something without saying it: "A Fox News poll shows Sanders with 47 percent".
EVIDENCE_NOUNS = frozenset(
    """
poll polls polling survey surveys study studies report reports data result results figure
figures number numbers record records document documents file files email emails video videos
footage analysis research census count tally estimate estimates image images photo photos
""".split()
)

# Of those, what pictures a scene rather than holds words or data, by lemma: "the cover shows",
# "Photos showed" (`attribution.exclusions`).
PICTURE_NOUNS = frozenset("video footage photo photograph picture image cover clip".split())

# Nouns of a reckoning: "By Tuesday's count, Trump leads", "according to calculations by …".
RECKONING_NOUNS = frozenset("count tally estimate reckoning measure account calculation".split())

# Words that make a source anonymous: "unnamed sources", "a senior official".
ANONYMOUS_MARKERS = frozenset("unnamed anonymous unidentified undisclosed some several".split())
ANONYMOUS_NOUNS = frozenset("source sources insider insiders person people official".split())

# Titles, honorifics and ranks dropped from a person's name: "Lt. Gen. (retd) Chun".
TITLES = frozenset(
    """
mr mrs ms miss mx dr prof professor sir dame lord lady lt lieut gen col maj capt cpt sgt adm
cmdr cdr brig lieutenant general colonel major captain sergeant admiral commander brigadier
marshal president vice prime minister secretary senator sen rep representative gov governor
mayor judge justice chancellor king queen prince princess pope rev reverend father sister
chairman chairwoman chair commissioner ambassador retd ret retired former late the
spokesman spokeswoman deputy foreign defence defense chief director professor speaker whip
majority minority leader sheriff attorney congressman congresswoman assemblyman assemblywoman
councilman councilwoman superintendent detective inspector
""".split()
)

# Words that make a title someone's second: "Vice President Mike Pence" is not "the president".
DEPUTIES = frozenset("vice deputy assistant associate lieutenant".split())

# Abbreviated titles, spelled out: "Sen. Mitt Romney" is "the senator".
TITLE_ABBREVIATIONS = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "maj": "major",
    "capt": "captain",
    "cpt": "captain",
    "sgt": "sergeant",
    "adm": "admiral",
    "cmdr": "commander",
    "cdr": "commander",
    "prof": "professor",
    "dr": "doctor",
    "atty": "attorney",
    "supt": "superintendent",
    "pres": "president",
}

# Abbreviations a full stop follows without ending a sentence: "Lt. Gen. Chun", "Mr. Cancian",
# "Sens. Kaine and Warner", "Jan. 5", "Acme Inc. said". Only abbreviations: a whole word before
# a full stop ("by the Mayor.", "a gift from the King.") ends its sentence.
ABBREVIATED = frozenset(
    {w.capitalize() for w in TITLE_ABBREVIATIONS if len(w) <= 5}  # not "congressman"
    | set(
        "Mr Mrs Ms Mx Rev Lieut Brig Retd Ret Sens Reps Sec Hon Fr Cpl Pvt Det St No Jr Sr Inc Co "
        "Corp Mt Ft Jan Feb Aug Sept Oct Nov Dec".split()
    )
)
# Roles another title also names: "Rep. Duncan Hunter … the congressman said".
SAME_ROLES = {
    "congressman": ("representative", "congresswoman"),
    "congresswoman": ("representative", "congressman"),
    "lawmaker": ("senator", "representative", "congressman", "congresswoman"),
    "legislator": ("senator", "representative"),
    "senator": ("sen",),
    "lieutenant": ("lt",),
}
# Titles that say nothing of a person's role: "Mr. Trump" may be anyone called Trump.
HONORIFICS = frozenset("mr mrs ms miss mx dr sir dame the former late retd ret retired".split())

# Words that stand before a title, not a name: "House Speaker", "U.S. Attorney", "First Lady".
TITLE_MODIFIERS = frozenset("house senate us u.s state first acting assistant".split())

# Words before a name that tell a person's sex, for "he" and "she" and for two people who
# share a surname ("Rep. Duncan Hunter and his wife, Margaret Hunter … Mr. Hunter said").
FEMALE_WORDS = frozenset(
    """
ms mrs miss madam lady wife mother daughter sister congresswoman spokeswoman chairwoman
businesswoman actress queen princess duchess grandmother girlfriend widow aunt niece dame
""".split()
)
# Parents, children and siblings: the kin who most often share the surname of the one they are
# named after ("his son" of Seddique Mateen: Omar Mateen), as a spouse, a step- or a grand-
# relative less often does.
BLOOD_KIN_NOUNS = frozenset("son daughter father mother brother sister".split())
# Nouns of family: who someone is to another ("her husband, Bill Clinton", "daughter Chelsea").
KIN_NOUNS = BLOOD_KIN_NOUNS | frozenset(
    """
husband wife stepson stepdaughter stepfather stepmother grandson granddaughter grandfather
grandmother
""".split()
)

MALE_WORDS = frozenset(
    """
mr husband father son brother congressman spokesman chairman businessman actor king prince
duke grandfather boyfriend widower uncle nephew sir
""".split()
)
# The sex each of those words gives ("Mrs. Clinton", "his son"), as PRONOUN_SEX the pronouns'.
WORD_SEX = {**dict.fromkeys(MALE_WORDS, "male"), **dict.fromkeys(FEMALE_WORDS, "female")}

# The sex each third-person pronoun of a person gives whom it stands for, in every case: the
# owner of "his recent call" is a man as surely as "he" is.
PRONOUN_SEX = {
    **dict.fromkeys("he him his himself".split(), "male"),
    **dict.fromkeys("she her hers herself".split(), "female"),
}
PERSON_PRONOUNS = frozenset(PRONOUN_SEX)
GROUP_PRONOUNS = frozenset("they them their we us our".split())
# The double marks that open and close a quotation, curly or straight (a straight one does
# either; `clauses` pairs them).
OPENING_DOUBLE_QUOTES = frozenset(("“", '"'))
CLOSING_DOUBLE_QUOTES = frozenset(("”", '"'))
# Tokens that close a quotation: the double marks, a curly single quote, and two apostrophes
# (a typewriter's closing quote). A curly single quote is also an apostrophe ("the Democrats’
# Trump Told Us So ad"): it closes a quotation only after the punctuation a quotation ends on
# (",’ Trump told Jones"), and its callers check that.
CLOSING_QUOTES = CLOSING_DOUBLE_QUOTES | {"’", "''"}

THING_PRONOUNS = frozenset("it its".split())
RELATIVE_PRONOUNS = frozenset("who which that whom whose".split())
# The relative pronouns that stand for a person, never for a thing or a claim.
PERSON_RELATIVES = frozenset(("who", "whom"))
FIRST_PERSON = frozenset("i me my we us our".split())
FIRST_PERSON_SINGULAR = frozenset("i me my".split())

# Capitals used as actors ("Pyongyang needs money"), read as their countries in foreign
# affairs only. Seats of government ("the White House", "the Kremlin") stay institutions.
CAPITALS = {
    "pyongyang": "North Korea",
    "seoul": "South Korea",
    "moscow": "Russia",
    "kyiv": "Ukraine",
    "kiev": "Ukraine",
    "washington": "United States",
    "beijing": "China",
    "tokyo": "Japan",
    "london": "United Kingdom",
    "paris": "France",
    "berlin": "Germany",
    "rome": "Italy",
    "madrid": "Spain",
    "brussels": "European Union",
    "tehran": "Iran",
    "jerusalem": "Israel",
    "ankara": "Turkey",
    "new delhi": "India",
    "delhi": "India",
    "islamabad": "Pakistan",
    "kabul": "Afghanistan",
    "baghdad": "Iraq",
    "damascus": "Syria",
    "riyadh": "Saudi Arabia",
    "cairo": "Egypt",
    "taipei": "Taiwan",
    "ottawa": "Canada",
    "canberra": "Australia",
    "minsk": "Belarus",
    "warsaw": "Poland",
    "havana": "Cuba",
    "caracas": "Venezuela",
    "hanoi": "Vietnam",
}

# Nationality adjectives and demonyms -> country.
DEMONYMS = {
    "north korean": "North Korea",
    "north koreans": "North Korea",
    "south korean": "South Korea",
    "south koreans": "South Korea",
    "korean": "Korea",
    "russian": "Russia",
    "russians": "Russia",
    "ukrainian": "Ukraine",
    "ukrainians": "Ukraine",
    "american": "United States",
    "americans": "United States",
    "us": "United States",
    "u.s.": "United States",
    "chinese": "China",
    "japanese": "Japan",
    "british": "United Kingdom",
    "french": "France",
    "german": "Germany",
    "germans": "Germany",
    "italian": "Italy",
    "spanish": "Spain",
    "iranian": "Iran",
    "iranians": "Iran",
    "israeli": "Israel",
    "israelis": "Israel",
    "palestinian": "Palestine",
    "palestinians": "Palestine",
    "turkish": "Turkey",
    "indian": "India",
    "pakistani": "Pakistan",
    "afghan": "Afghanistan",
    "iraqi": "Iraq",
    "syrian": "Syria",
    "saudi": "Saudi Arabia",
    "egyptian": "Egypt",
    "taiwanese": "Taiwan",
    "canadian": "Canada",
    "australian": "Australia",
    "belarusian": "Belarus",
    "polish": "Poland",
    "cuban": "Cuba",
    "venezuelan": "Venezuela",
    "mexican": "Mexico",
    "mexicans": "Mexico",
    "european": "Europe",
    "western": "the West",
}

# Documents that speak: "the indictment says", "the lawsuit alleges", "a 2014 study found".
# A resolution, a missive, a draft, a version, a declaration and an op-ed speak as the
# others do: in PolNeAR train each is a source ("The resolution supported eliminating
# caucuses", "the missive suggests Republicans have no intention …", "The updated version
# includes new details …").
DOCUMENT_NOUNS = frozenset(
    """
indictment report lawsuit suit complaint letter book memo memoir filing ruling opinion order
motion affidavit study poll survey analysis bill law amendment constitution clause document
documents email emails transcript record records papers brief petition statement release
editorial column article review audit assessment warrant subpoena verdict decision charter
tweet post message website site headline sign ad advertisement video note page cable
guidance guideline guidelines directive return returns list disclosure commercial
resolution missive draft version memorandum declaration op-ed
""".split()
)
# What an issuer puts out: "the FBI statement said", "In a statement, the department said".
ISSUED_NOUNS = frozenset("statement release announcement".split())
# The named-entity labels of a figure, not a date or a time: "at 49.5 percent", "reported a
# 2.8 percent unemployment rate", "follows 292,000 in June".
FIGURE_ENTITIES = frozenset("PERCENT MONEY CARDINAL QUANTITY".split())
# Occasions on which someone speaks, as nouns: "his weekly news conference", "a Rochester
# rally", "a TV spot", "Clinton's Tuesday speech".
OCCASION_NOUNS = frozenset(
    """
speech address interview conference call rally spot sermon briefing appearance
""".split()
)
COMPASS = frozenset("north south east west".split())

# Names that NER often gets wrong: news organisations and agencies are organisations.
KNOWN_ORGANIZATIONS = frozenset(
    """
bloomberg reuters ap afp bbc cnn fox nbc abc cbs msnbc npr pbs politico axios yonhap kcna tass
xinhua ria interfax nato un pentagon kremlin fbi cia nsa congress senate parliament
""".split()
)
ORGANIZATION_WORDS = frozenset(
    """
center centre institute university college council agency corps army navy force forces police
ministry department committee party group foundation association bank company corporation
news times post journal network command office commission court board service services
school academy club union federation league alliance administration campaign
""".split()
)


# Nouns the news describes one person by ("the GOP front-runner", "the real estate mogul"):
# the roles above and the nouns PolNeAR train writes, in lower case, right before a person's
# name or in apposition to it ("real estate mogul Donald Trump", "Kellyanne Conway, the
# campaign manager"), less those it follows with "which" more often than with "who". Made by
# `.venv/bin/python evaluation/person_nouns.py ../shared/data/polnear/train`; the tables of
# documents, institutions and evidence above keep their own nouns.
PERSON_NOUNS = ROLE_NOUNS | (
    frozenset(
        """
activist actor adviser advisor agent aide ally ambassador analyst appointee attorney author
backer blogger broker brother businessman candidate chair chairman chairwoman challenger chief
child co-author co-founder colleague columnist commentator commissioner committeeman
congressman conservative consultant contender contractor counsel delegate director doctor donor
economist editor employee entrepreneur envoy executive expert father fellow founder friend
front-runner general governor graduate head historian host husband independent investor
journalist judge lady lawyer leader lobbyist magnate man manager mate mayor member minister
mogul mother neurosurgeon nominee officer official operative opponent organizer owner partner
pastor person pollster populist predecessor president professor reporter representative
retiree rival runner-up scientist senator sister socialist son speaker speechwriter spokeswoman
star strategist student successor superdelegate supporter teacher tycoon user
veteran wife winner woman worker
""".split()
    )
    - INSTITUTION_NOUNS
    - ORGANIZATION_WORDS
    - DOCUMENT_NOUNS
    - EVIDENCE_NOUNS
)

# Nouns for people of an age, whose "over 21" or "under 5" is an age ("adults over 21"), and
# whose "as" phrase tells when one did a thing, not what one sees a thing as ("the movie he saw
# as a child").
AGE_GROUPS = frozenset(
    "adult child kid teen teenager minor people person senior youth woman man girl boy".split()
)

# The last words of newspapers' names, by which the news names them again ("the Journal",
# "the Times", "the Post") and tells a newspaper from other bodies ("the paper reported").
NEWSPAPER_WORDS = frozenset(
    """
journal times post tribune globe herald gazette chronicle inquirer examiner observer
telegraph guardian dispatch register courier constitution bulletin
""".split()
)
# Not people, whatever NER says: photo agencies, squares, buildings.
NOT_PEOPLE_WORDS = frozenset(
    """
images getty square street avenue road building tower palace hall stadium airport station
bridge park centre center house plaza reuters afp shutterstock alamy
""".split()
)


# Past forms of verbs of saying and belief that no ending rule makes (`verb_lemmas`).
IRREGULAR_VERB_FORMS = {
    "said": "say",
    "told": "tell",
    "thought": "think",
    "found": "find",
    "shown": "show",
    "knew": "know",
    "known": "know",
    "wrote": "write",
    "written": "write",
    "felt": "feel",
    "understood": "understand",
    "learnt": "learn",
    # past forms the same as the bare one, which is no noun
    "forecast": "forecast",
    "put": "put",
    "read": "read",
}


def verb_lemmas(word: str) -> set[str]:
    """The verbs an inflected form may be: "estimates" estimate, "showing" show, "estimating"
    estimate, "argued" argue, "called" call, "denied" deny, "admitted" admit, "said" say,
    "read" read; none for a bare form that is a noun as often as a verb ("report",
    "estimate")."""
    if word in IRREGULAR_VERB_FORMS:
        return {IRREGULAR_VERB_FORMS[word]}
    found = set()
    for ending in ("s", "es", "ed", "d", "ing"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            found |= {stem, stem + "e"} if ending == "ing" else {stem}
            if ending in ("ed", "ing") and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
                found.add(stem[:-1])  # "admitted", "slamming": the consonant doubled
    if word.endswith(("ied", "ies")):
        found.add(word[:-3] + "y")
    return found
