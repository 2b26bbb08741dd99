"""Extraction as a reader checks it: who said what, with which cue, and the exact words."""

from __future__ import annotations

import pytest
from extraction_helpers import find_claim, run_extract

from claimtrack.models import ClaimKind


@pytest.mark.parametrize(
    "text, speaker, cue, content",
    [
        # the source of a report, named between the cue and its that-clause
        (
            "Reuters reported on Feb. 13, citing anonymous officials, that the talks had failed.",
            "Reuters",
            "reported",
            "the talks had failed",
        ),
        (
            "The newspaper said, quoting a senior official, that the deal was off.",
            "The newspaper",
            "said",
            "the deal was off",
        ),
        # who was warned is part of the cue when "that" follows; the content is the clause
        (
            "The company warned doctors that the drug can cause liver damage.",
            "The company",
            "warned doctors",
            "the drug can cause liver damage",
        ),
        (
            "He warned Russia would retaliate.",
            "He",
            "warned",
            "Russia would retaliate",
        ),
        # the document an inverted cue names, after the speaker
        (
            "The drug is being wrongly dosed in some patients, the FDA said in its warning.",
            "the FDA",
            "said in its warning",
            "The drug is being wrongly dosed in some patients",
        ),
        (
            "The ban is unlawful, the judge wrote in a ruling on Friday.",
            "the judge",
            "wrote in a ruling",
            "The ban is unlawful",
        ),
        # a time adverbial after the subject is not part of the speaker
        (
            "Interior Minister Rana Sanaullah on Wednesday poured cold water over the talks, "
            "stating that it was not the government's stance to start them.",
            "Interior Minister Rana Sanaullah",
            "stating",
            "it was not the government's stance to start them",
        ),
        # the author of a document speaks through it
        (
            "According to a report by the Wall Street Journal, the deal is off.",
            "a report by the Wall Street Journal",
            "According to",
            "the deal is off",
        ),
        # "and thought-provoking" is an adjective, not a second cue that ends the content
        (
            "According to the study, the scientists proposed a fascinating and thought-provoking "
            "theory.",
            "the study",
            "According to",
            "the scientists proposed a fascinating and thought-provoking theory",
        ),
        # appositive between the name and the cue, colon before the quote
        (
            'Hugh Hill, a doctor, said: "The clinic has run out of beds."',
            "Hugh Hill, a doctor",
            "said",
            "The clinic has run out of beds.",
        ),
        # quote first, inverted cue, title + name
        (
            "“The bridge will reopen in June,” said Transport Minister Lena Ortiz.",
            "Transport Minister Lena Ortiz",
            "said",
            "The bridge will reopen in June",
        ),
        # cue with an addressee
        (
            "“Supplies are short,” district governor Imamuddin Quraishi told VOA.",
            "district governor Imamuddin Quraishi",
            "told VOA",
            "Supplies are short",
        ),
        # a long appositive speaker phrase
        (
            "“The ceasefire is holding,” U.S. Navy Capt. Bill Salvin, spokesperson for the "
            "coalition headquarters in Kabul, told reporters.",
            "U.S. Navy Capt. Bill Salvin, spokesperson for the coalition headquarters in Kabul",
            "told reporters",
            "The ceasefire is holding",
        ),
        # dash attribution after the quote
        (
            '"We will rebuild every school by spring." — Commissioner Ana Ruiz',
            "Commissioner Ana Ruiz",
            "—",
            "We will rebuild every school by spring.",
        ),
        # colon introducing a quote with a speech verb
        (
            "The minister said: “Prices will fall next year.”",
            "The minister",
            "said",
            "Prices will fall next year.",
        ),
        # indirect speech with a bare clause
        (
            "Russian officials say Moscow is not supplying the rebels with arms.",
            "Russian officials",
            "say",
            "Moscow is not supplying the rebels with arms",
        ),
        # that-clause, mixed with a quoted phrase
        (
            "The senator said that the bill was “dead on arrival” in the House.",
            "The senator",
            "said",
            "the bill was “dead on arrival” in the House",
        ),
        # according to, after the content
        (
            "The river rose two metres overnight, according to local officials.",
            "local officials",
            "according to",
            "The river rose two metres overnight",
        ),
        # according to, before the content
        (
            "According to the ministry, 40 villages were flooded.",
            "the ministry",
            "According to",
            "40 villages were flooded",
        ),
        # passive with an agent
        (
            "The envoy was quoted by Interfax as saying that talks would resume.",
            "The envoy",
            "was quoted by Interfax as saying",
            "talks would resume",
        ),
        # media as a speaker, with a date between cue and content
        (
            "The Wall Street Journal reported on Monday that the merger had collapsed.",
            "The Wall Street Journal",
            "reported",
            "the merger had collapsed",
        ),
        # newsroom knowledge
        (
            "ET has learnt that the firm will cut 2,000 jobs.",
            "ET",
            "has learnt",
            "the firm will cut 2,000 jobs",
        ),
        # content before the cue, no quote
        (
            "The plant will close next year, the company said.",
            "the company",
            "said",
            "The plant will close next year",
        ),
        # nested single quotes stay inside the double quote
        (
            "“He told me ‘never again’ and walked out,” said Maria Lopez.",
            "Maria Lopez",
            "said",
            "He told me ‘never again’ and walked out",
        ),
        # straight quotes
        (
            '"The data are clear," the researcher said.',
            "the researcher",
            "said",
            "The data are clear",
        ),
        # relative clause after the speaker
        (
            "Chris Cox, who runs the lobbying arm, says the rules would not have stopped it.",
            "Chris Cox, who runs the lobbying arm",
            "says",
            "the rules would not have stopped it",
        ),
        # participle continues the subject
        (
            "The group dismissed the claims on Saturday, saying they “do not need anyone’s help”.",
            "The group",
            "saying",
            "they “do not need anyone’s help”",
        ),
        # cue noun
        (
            "Officials rejected claims by the opposition that the vote was rigged.",
            "the opposition",
            "claims",
            "the vote was rigged",
        ),
        # a headline led by the speaker's name
        (
            "Sanders: Clinton Email Story Has Moved",
            "Sanders",
            ":",
            "Clinton Email Story Has Moved",
        ),
        # an infinitive after a claim verb
        (
            "ISKP claimed to have killed 35 fighters in Jalalabad.",
            "ISKP",
            "claimed",
            "to have killed 35 fighters in Jalalabad",
        ),
        # a speech act with its particle
        (
            "The analysts called for all regional states to start a campaign.",
            "The analysts",
            "called for",
            "all regional states to start a campaign",
        ),
        # the cue as an aside after a short opener
        (
            "Still, he said, officials have to decide who gets extra scrutiny.",
            "he",
            "said",
            "officials have to decide who gets extra scrutiny",
        ),
        # party and state in parentheses belong to the speaker
        (
            "Sen. Ted Cruz (R-Texas) said the deal was a disaster.",
            "Sen. Ted Cruz (R-Texas)",
            "said",
            "the deal was a disaster",
        ),
        # anonymous sources, with the preposition inside the phrase
        (
            "Sources close to the campaign say she stands behind the decision.",
            "Sources close to the campaign",
            "say",
            "she stands behind the decision",
        ),
        # newsroom knowledge closing the sentence
        (
            "Dozens of fighters have joined the militia in the north, ET has gathered.",
            "ET",
            "has gathered",
            "Dozens of fighters have joined the militia in the north",
        ),
        # an addressee phrase between the cue and the quote
        (
            "Canova wrote to his 20,000 Twitter followers, “It’s time to end her career.”",
            "Canova",
            "wrote",
            "It’s time to end her career.",
        ),
        # a dash-delimited aside between the cue and the that-clause
        (
            "Paul Manafort said — on Twitter, as it happens — that the campaign raised $4 million.",
            "Paul Manafort",
            "said",
            "the campaign raised $4 million",
        ),
        # NYT-style doubled apostrophes as quote marks
        (
            "''We run people against watch lists,'' said C. Stewart Verdery Jr.",
            "C. Stewart Verdery Jr.",
            "said",
            "We run people against watch lists",
        ),
        # "including" is a preposition: the content does not stop at it as at ", adding"
        (
            "Manafort said Trump has several ways of reaching the number, including the 100 "
            "unbound delegates.",
            "Manafort",
            "said",
            "Trump has several ways of reaching the number, including the 100 unbound delegates",
        ),
        # a long addressee, with commas, between "told" and its that-clause
        (
            "Donald Trump told a town hall in Salem, New Hampshire on Monday that waterboarding "
            "is a minor thing.",
            "Donald Trump",
            "told a town hall",
            "waterboarding is a minor thing",
        ),
        (
            "Hillary Clinton is telling customers at a popular breakfast spot that “I need you "
            "tomorrow.”",
            "Hillary Clinton",
            "is telling customers",
            "I need you tomorrow.",
        ),
        # "said of X:" names what the quote is about
        (
            "In 2010 she said of gay couples: “Nobody is stopping them.”",
            "she",
            "said",
            "Nobody is stopping them.",
        ),
        # "according to" first, its content after a comma that opens with a determiner
        (
            "According to a person familiar with the matter, the company will cut jobs.",
            "a person familiar with the matter",
            "According to",
            "the company will cut jobs",
        ),
        # ... and last, with an appositive of the source closing the sentence
        (
            "The villages were flooded, according to the ministry, a government body.",
            "the ministry, a government body",
            "according to",
            "The villages were flooded",
        ),
        # a long proper name as the source is not cut at twelve words
        (
            "According to the Centers for Disease Control and Prevention and the Food and Drug "
            "Administration, the vials were contaminated.",
            "the Centers for Disease Control and Prevention and the Food and Drug Administration",
            "According to",
            "the vials were contaminated",
        ),
        # "as X put it"
        (
            "As Professor Foner put it, the United States does a better job with immigrants.",
            "Professor Foner",
            "put it",
            "the United States does a better job with immigrants",
        ),
        (
            "One voter put it this way: “We are tired of both parties.”",
            "One voter",
            "put it this way",
            "We are tired of both parties.",
        ),
        # "who denied": the antecedent is the object of the verb before it, not the clause
        (
            "The report cited an anonymous U.S. official who denied any backchannel talks.",
            "an anonymous U.S. official",
            "denied",
            "any backchannel talks",
        ),
        (
            "Reporters interviewed a retired general who said the war was lost.",
            "a retired general",
            "said",
            "the war was lost",
        ),
        # a later verb of the same subject, after "then"
        (
            "Kasich offered the man a job, then says he will welcome advice from anyone.",
            "Kasich",
            "then says",
            "he will welcome advice from anyone",
        ),
        # a cue as an aside after the subject: one content span, both sides of the aside (a
        # claim needs its subject), whether the cue is a verb or "according to"; after a
        # discourse opener ("But,", "Still,") the content is what follows the aside
        (
            "But the federal government, he said, negotiates with the provinces on water.",
            "he",
            "said",
            "But the federal government, he said, negotiates with the provinces on water",
        ),
        (
            "Fundraising, according to the campaign, has surged in the same period.",
            "the campaign",
            "according to",
            "Fundraising, according to the campaign, has surged in the same period",
        ),
        (
            "But, according to officials, the plan will cost $2 billion.",
            "officials",
            "according to",
            "the plan will cost $2 billion",
        ),
        # "state" before a noun is an adjective: the speech verb comes later
        (
            "Seven patients were ill, and state health officials said more cases are likely.",
            "state health officials",
            "said",
            "more cases are likely",
        ),
        (
            "The plan is unlawful, the complaint states.",
            "the complaint",
            "states",
            "The plan is unlawful",
        ),
        (
            "The report states that the plan failed.",
            "The report",
            "states",
            "the plan failed",
        ),
        (
            "He added 40 villages were flooded.",
            "He",
            "added",
            "40 villages were flooded",
        ),
        # a span of time between the subject and the verb is not part of the speaker
        (
            "After cutting thousands of workers, Amazon and Facebook just a few months later "
            "announced plans to lay off thousands more.",
            "Amazon and Facebook",
            "later announced",
            "plans to lay off thousands more",
        ),
        (
            "Analysts for years have said the market was overvalued.",
            "Analysts",
            "have said",
            "the market was overvalued",
        ),
        # a dateline opening the paragraph is neither content nor speaker
        (
            "SAN FRANCISCO, Oct. 9 (UPI) — Twitter will cut jobs next week, media reports said.",
            "media reports",
            "said",
            "Twitter will cut jobs next week",
        ),
        (
            "WASHINGTON — Sen. Bernie Sanders said the deal was bad.",
            "Sen. Bernie Sanders",
            "said",
            "the deal was bad",
        ),
        # the active voice of "was quoted as saying": the one quoted is the speaker
        (
            "News reports cited sources as saying the layoffs would affect all departments.",
            "sources",
            "cited sources as saying",
            "the layoffs would affect all departments",
        ),
        (
            "The newspaper quoted the minister as saying the deal was off.",
            "the minister",
            "quoted the minister as saying",
            "the deal was off",
        ),
        # a cue in a relative clause: its content ends where the main clause's verb comes
        (
            "Councilman Chris Daubert, who indicated he would not vote for the ordinance, said "
            "the process must be followed.",
            "Councilman Chris Daubert",
            "indicated",
            "he would not vote for the ordinance",
        ),
        (
            'Roffman, who estimates that his costs were "in the seven figures," described the '
            "impact as severe.",
            "Roffman",
            "estimates",
            'his costs were "in the seven figures,"',
        ),
        (
            "Sanders, who had said he would debate the front-runner, criticized Clinton twice.",
            "Sanders",
            "had said",
            "he would debate the front-runner",
        ),
        # an object ends at the reporter's own clause, unless the object is itself a clause
        (
            "Twitter announced co-founder Jack Dorsey had been named as its permanent chief "
            "executive.",
            "Twitter",
            "announced",
            "co-founder Jack Dorsey had been named as its permanent chief executive",
        ),
        (
            "The company announced plans to cut 300 jobs after a weak quarter.",
            "The company",
            "announced",
            "plans to cut 300 jobs",
        ),
        # "those surveyed", "many in the party": a pronoun with its modifier is a plural subject
        (
            "By 80% to 10%, those surveyed say the country should switch to clean energy.",
            "those surveyed",
            "say",
            "the country should switch to clean energy",
        ),
        (
            "Many in the party say the plan is bad.",
            "Many in the party",
            "say",
            "the plan is bad",
        ),
        # content before its speaker starts after a colon that introduces it
        (
            "The message was clear: the plan had failed, officials said.",
            "officials",
            "said",
            "the plan had failed",
        ),
        (
            "Researchers are offering an explanation: Before birth, they say, mammals dream.",
            "they",
            "say",
            "Before birth, they say, mammals dream",
        ),
        # a person's initials end no sentence; after a comma a state abbreviation still may
        (
            "The order is lawful, said University of Virginia scholar A.E. Dick Howard, who "
            "advised the governor.",
            "University of Virginia scholar A.E. Dick Howard, who advised the governor",
            "said",
            "The order is lawful",
        ),
        (
            "Reagan's plan was voodoo economics, George H.W. Bush said in 1980.",
            "George H.W. Bush",
            "said",
            "Reagan's plan was voodoo economics",
        ),
        (
            "The two men met at a club in Bedminster, N.J. Roger Ailes said the talks went well.",
            "Roger Ailes",
            "said",
            "the talks went well",
        ),
        # "described X as Y", "dismissed X as Y": the predication is what is said
        (
            "Hecking described the winner as a 'lucky goal', despite the assist.",
            "Hecking",
            "described",
            "the winner as a 'lucky goal'",
        ),
        (
            'Trump dismissed O\'Donnell as "a disgruntled former employee."',
            "Trump",
            "dismissed",
            'O\'Donnell as "a disgruntled former employee."',
        ),
        # a subject pronoun after a time phrase is the whole subject
        (
            "Two days later he switched course and told the judge he would return to his lawyers.",
            "he",
            "told the judge",
            "he would return to his lawyers",
        ),
        # "read" of a document or sign attributes the quotation next to it
        (
            '"The agency spread false statements," the statement read.',
            "the statement",
            "read",
            "The agency spread false statements",
        ),
        ('The letter reads: "We will not comply."', "The letter", "reads", "We will not comply."),
        # after "…, X said," a time clause tells when it was said, not what
        (
            "May has full confidence in Baker, her spokesman said on Thursday, after he was "
            "accused of lying.",
            "her spokesman",
            "said",
            "May has full confidence in Baker",
        ),
        # where it was said, then the reported clause opening with its subject pronoun
        (
            "She said at a rally in Ohio they would win the state.",
            "She",
            "said",
            "they would win the state",
        ),
        # a list of quotations after a colon is one content, not its first item
        (
            'Her campaign said: "jobs"; "housing"; and "health care."',
            "Her campaign",
            "said",
            '"jobs"; "housing"; and "health care."',
        ),
        # a preposition before a number stays in the subject: "those over 60", "adults aged 65"
        ("Those over 60 say the economy is worse.", "Those over 60", "say", "the economy is worse"),
        ("Adults aged 65 said the cuts hurt them.", "Adults aged 65", "said", "the cuts hurt them"),
        (
            "People in the region said the water was contaminated.",
            "People in the region",
            "said",
            "the water was contaminated",
        ),
        # a quoted title inside the speaker phrase, with or without the comma of an appositive
        (
            "The host of ABC's “Good Morning America” said the show would return next week.",
            "The host of ABC's “Good Morning America”",
            "said",
            "the show would return next week",
        ),
        (
            "Robin Roberts, the host of ABC's “Good Morning America,” said the show would return.",
            "Robin Roberts, the host of ABC's “Good Morning America",
            "said",
            "the show would return",
        ),
        # a cue in a clause opening the sentence: its content ends where the main clause begins
        (
            "Years after Trump claimed that Obama was born in Kenya, Obama won the election.",
            "Trump",
            "claimed",
            "Obama was born in Kenya",
        ),
        (
            "Since Bernie Sanders announced his candidacy last year, he's said the same thing.",
            "Bernie Sanders",
            "announced",
            "his candidacy last year",
        ),
        # a span never ends inside a quotation: it takes the closing mark after a comma
        (
            "Trump said things “should be wrapped up by Cleveland,” referring to the convention.",
            "Trump",
            "said",
            "things “should be wrapped up by Cleveland,”",
        ),
        # a demonstrative object points back: "this" is all that is said, not how it was said
        (
            "Khan met the press. He said this while speaking to the media in Lahore.",
            "He",
            "said",
            "this",
        ),
        (
            "McCarthy revealed this last fall when he spoke about the inquiry.",
            "McCarthy",
            "revealed",
            "this",
        ),
        # ... or forward, past a colon
        (
            'He revealed this: "We put together a special committee."',
            "He",
            "revealed",
            "We put together a special committee.",
        ),
        # an "-ing" word after a determiner is a noun: a document can be the speaker
        (
            "The filing states: “The defendant knowingly misled investors.”",
            "The filing",
            "states",
            "The defendant knowingly misled investors.",
        ),
        (
            "The ruling said the law was unconstitutional.",
            "The ruling",
            "said",
            "the law was unconstitutional",
        ),
    ],
)
def test_speaker_cue_content(text: str, speaker: str, cue: str, content: str) -> None:
    atts = run_extract(text)
    a = find_claim(atts, content)
    assert a.speaker_mention == speaker
    assert a.cue == cue
    assert text[a.start : a.end] == content


@pytest.mark.parametrize(
    "text, content, speaker_name",
    [
        # a bare surname finds its full name earlier, but never across a sentence end
        (
            "The book was written by guards at the base in Benghazi. Bob said he knew it well.",
            "he knew it well",
            "Bob",
        ),
        (
            "Gen. John A. Smith visited the base. Later, Smith said the war was over.",
            "the war was over",
            "John A. Smith",
        ),
        # a media back-reference -> the outlet named before it
        (
            "Reuters reported that the talks had stalled. The Kremlin denied the report. "
            "The news agency said its sources had seen the draft.",
            "its sources had seen the draft",
            "Reuters",
        ),
        # pronoun -> the last compatible named speaker
        (
            "Governor Ann Lee said the budget was balanced. “We need more teachers,” she said.",
            "We need more teachers",
            "Ann Lee",
        ),
        # surname -> the full name given earlier
        (
            "Finance Minister Maria Santos said taxes would rise. Later, Santos said the rise "
            "would be small.",
            "the rise would be small",
            "Maria Santos",
        ),
        # a title refers back to the earlier holder
        (
            "Kunduz Governor Assadullah Omarkhail said the roads were open. The governor added "
            "that the schools would reopen soon.",
            "the schools would reopen soon",
            "Assadullah Omarkhail",
        ),
        # a role word without "the", as some papers write it, still refers back
        (
            "Information Minister Sara Khan said no talks were held. Minister clarified that "
            "there were no official negotiations underway.",
            "there were no official negotiations underway",
            "Sara Khan",
        ),
        # spokesman, spokeswoman and spokesperson name the same post
        (
            "Party spokesman Omar Shah said the offer was rejected. The spokesperson commented "
            "that the demand showed panic.",
            "the demand showed panic",
            "Omar Shah",
        ),
        # "the agency" is a government body here, not the press; "and" inside an agency's name
        (
            "Nineteen patients died, the U.S. Food and Drug Administration said. Seven of them "
            "took too much of the drug, the agency said.",
            "Seven of them took too much of the drug",
            "U.S. Food and Drug Administration",
        ),
        # a one-word name the article gives as a company is the company, and "the company" is it
        (
            "Shares of Intercept Pharmaceuticals Inc. fell. Intercept said it had reviewed ten "
            "deaths. The company said the drug was safe at the right dose.",
            "the drug was safe at the right dose",
            "Intercept",
        ),
        # "the group" -> the organisation named before
        (
            "The Taliban denied any talks with Moscow. The group said it would keep fighting.",
            "it would keep fighting",
            "Taliban",
        ),
        # "the newspaper" is the last paper named, which a masthead word shows to be the press
        (
            "Lawyers confirmed the plea, the Associated Press reported. Cruz will plead guilty, "
            "according to the Sun-Sentinel. He is due in court on Friday, the newspaper reported.",
            "He is due in court on Friday",
            "Sun-Sentinel",
        ),
        # a pronoun takes the speaker named last, who is named again by surname alone
        (
            "Libertarian nominee Gary Johnson said the race was open. Voter Roy Hermann said the "
            "party had a chance. Johnson said taxes were too high. “We need a change,” he said.",
            "We need a change",
            "Gary Johnson",
        ),
        # common first names give a gender, so "he" does not skip back past them
        (
            "Senator John Smith said the bill would pass. Kevin Lee, a lobbyist, said the votes "
            "were not there. “It is dead,” he said.",
            "It is dead",
            "Kevin Lee",
        ),
        # a local title refers back to its holder
        (
            "Councilwoman Ana Ruiz said the vote was flawed. The councilwoman added that she "
            "would appeal.",
            "she would appeal",
            "Ana Ruiz",
        ),
        # the authors of a document, two names joined by "and", speak together
        (
            "According to a 2013 study by economists Peter Schott and Justin Pierce, the trade "
            "policy cost jobs.",
            "the trade policy cost jobs",
            "Peter Schott and Justin Pierce",
        ),
        # the name before an appositive speaks, not the quoted title inside it
        (
            "Washington, star of television’s “Scandal,” said the law would save lives.",
            "the law would save lives",
            "Washington",
        ),
        # "they" with no speaker before it: the plural subject of its sentence or the one before
        (
            "Researchers from Yale University are offering an explanation: Before birth, they "
            "say, mammals dream of the world.",
            "Before birth, they say, mammals dream of the world",
            "researchers from Yale University",
        ),
        (
            "Economists have long argued about the tax. Unless countries act, they say, "
            "emissions will rise.",
            "Unless countries act, they say, emissions will rise",
            "economists",
        ),
    ],
)
def test_speaker_resolution(text: str, content: str, speaker_name: str) -> None:
    assert find_claim(run_extract(text), content).speaker_name == speaker_name


def test_quote_continues_across_paragraphs() -> None:
    text = (
        "“The first part of what I want to say is about the harbour.\n\n"
        "“The second part is about the roads,” the mayor said.\n"
    )
    (a,) = run_extract(text)
    assert a.text.startswith("The first part")
    assert a.text.endswith("about the roads")
    assert a.speaker_mention == "the mayor"
    assert a.kind is ClaimKind.DIRECT


def test_continuation_paragraph_keeps_the_speaker() -> None:
    text = (
        "Mayor Tom Reed said the plan was ready.\n\n"
        "“It will cost less than expected. Work starts in May.”\n"
    )
    a = find_claim(run_extract(text), "It will cost less than expected. Work starts in May.")
    assert a.speaker_mention is None and a.cue is None
    assert a.speaker_name == "Tom Reed"


def test_continuation_paragraph_keeps_the_outer_speaker() -> None:
    text = (
        "Mayor Tom Reed said that whenever the council spoke about taxes, all it got back was "
        "abuse.\n\n“That is why we will not talk about taxes any more.”\n"
    )
    a = find_claim(run_extract(text), "That is why we will not talk about taxes any more.")
    assert a.speaker_name == "Tom Reed"


def test_a_clause_inside_reported_speech_is_not_a_speaker() -> None:
    text = "Sanaullah said that whenever the government spoke about talks, it got abuse."
    atts = run_extract(text)
    assert [a.speaker_mention for a in atts] == ["Sanaullah"]
    assert atts[0].text == "whenever the government spoke about talks, it got abuse"


def test_second_cue_of_the_same_speaker() -> None:
    text = "The president noted that he taught law, and added: “I know a little about this.”"
    atts = run_extract(text)
    first = find_claim(atts, "he taught law")
    second = find_claim(atts, "I know a little about this.")
    assert first.speaker_mention == second.speaker_mention == "The president"


def test_interrupted_quote_gives_both_parts() -> None:
    text = "Police chief Dana Cole spoke. “The first part,” Cole said, “and the second part.”"
    atts = run_extract(text)
    first = find_claim(atts, "The first part")
    second = find_claim(atts, "and the second part.")
    assert first.speaker_name == second.speaker_name == "Dana Cole"


def test_unclosed_quote_stops_at_its_paragraph() -> None:
    text = (
        "“The talks have collapsed and nobody will return, the envoy said.\n\n"
        "The next paragraph is narration by the reporter.\n"
    )
    atts = run_extract(text)
    assert all("narration" not in a.text for a in atts)


@pytest.mark.parametrize(
    "text, claims",
    [
        # "citing X, that …" names where a report came from: one claim, not two
        ("Reuters reported, citing two officials, that the talks failed.", 1),
        # a citation with its own quoted content is an attribution of its own
        ("Mr. Manafort, citing ''the unique magic of Trump,'' said he could win.", 1),
    ],
)
def test_citing_the_source_of_a_report_is_not_a_claim(text: str, claims: int) -> None:
    found = run_extract(text)
    assert len(found) >= claims
    assert not any(a.cue in ("citing", "quoting") and "that" in a.text for a in found)


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "Twitter may cut 300 jobs, Bloomberg reported, citing people familiar with the matter.",
            "Twitter may cut 300 jobs",
        ),
        (
            "WSVN-TV, citing an anonymous source, said Cruz would enter the plea on Friday.",
            "Cruz would enter the plea on Friday",
        ),
    ],
)
def test_the_source_a_report_cites_is_not_a_claim(text: str, content: str) -> None:
    atts = run_extract(text)
    find_claim(atts, content)
    assert [a.cue for a in atts if a.cue in ("citing", "quoting")] == []


def test_a_cited_example_is_still_a_claim() -> None:
    text = "The lawmakers wrote to him, citing an instance in which a Marine was found guilty."
    a = find_claim(run_extract(text), "an instance in which a Marine was found guilty")
    assert a.cue == "citing"


@pytest.mark.parametrize(
    "text, quote",
    [
        (
            'In a statement, campaign spokesman Nick Merrill said, "There were nine inquiries."',
            "There were nine inquiries.",
        ),
        (
            'Less than 30 minutes later, Trump wrote, "I hear Joe is pushing hard."',
            "I hear Joe is pushing hard.",
        ),
        (
            "Asked by a reporter to respond, Carson said: “I was never a violent person.”",
            "I was never a violent person.",
        ),
    ],
)
def test_what_comes_before_speaker_and_quote_is_when_or_where(text: str, quote: str | None) -> None:
    atts = run_extract(text)
    quoted = quote or text[text.index('"') + 1 : text.rindex('"')]
    assert [a.text for a in atts] == [quoted]


def test_a_clause_before_a_speaker_and_quote_is_still_a_claim() -> None:
    text = 'Support in key states means "he must be doing something right," she says, "but no."'
    atts = run_extract(text)
    content = 'Support in key states means "he must be doing something right,"'
    assert find_claim(atts, content).speaker_mention == "she"


def test_transcript_turns_are_attributed_to_their_labels() -> None:
    text = (
        "The interview went as follows.\n\n"
        "TAPPER: Do you think Donald Trump has campaigned as a racial healer?\n\n"
        "FALLIN: Well, the whole nation needs to work together. People are scared.\n"
    )
    atts = run_extract(text)
    tapper = find_claim(atts, "Do you think Donald Trump has campaigned as a racial healer?")
    fallin = find_claim(atts, "Well, the whole nation needs to work together. People are scared")
    assert (tapper.speaker_mention, tapper.cue) == ("TAPPER", ":")
    assert (fallin.speaker_mention, fallin.kind) == ("FALLIN", ClaimKind.DIRECT)


def test_a_capitalised_dateline_is_not_a_speaker() -> None:
    text = "KABUL: Flooding closed the main road on Monday.\n\nOfficials said it would reopen."
    atts = run_extract(text)
    assert [a.speaker_mention for a in atts] == ["Officials"]


@pytest.mark.parametrize(
    "text",
    [
        "Two officials spoke on condition of anonymity because they were not authorized.",
        "He put it on the table and left.",
        # "state(s)" as a noun: the verb takes "that", a colon or a quote, or closes its sentence
        "In February, as Trump won in early primary states, donors poured money into the race.",
        "Overwhelmingly white states like Iowa could trend toward Trump.",
        # "added" with a quantity and no verb after it: jobs gained, not words
        "The United States added 209,000 jobs in June, bringing the unemployment rate down.",
        # "read" without a quotation next to it reports nothing
        "He read the letter aloud and left.",
        # a speaker in a when/while/before clause did not say the main clause before it
        "The White House usually does the tweeting when President Barack Obama speaks.",
        "Bush stopped booking paid appearances seven months before he announced.",
        # "call" with an indefinite object convenes; with a name and a possessive one, it names
        "The Security Council on Wednesday called an emergency session following the test.",
        "Warren calls Massachusetts her home state and has lived there for decades.",
    ],
)
def test_phrases_that_look_like_cues_but_report_nothing(text: str) -> None:
    assert run_extract(text) == []


def test_call_keeps_an_object_missing_from_its_clause() -> None:
    # "the state he calls a second home": the object is "the state", so "call" still names it
    atts = run_extract("Polls in the state he calls a second home show him with a big lead.")
    assert [(a.speaker_mention, a.cue) for a in atts] == [("he", "calls")]


def test_attributions_are_built_as_construct_builds_them() -> None:
    """Attributions (continuations too) hold every field in field order, all of them set, as
    ``construct`` with every field (or ``model_copy`` of such a model) gives."""
    from pathlib import Path

    from claimtrack.construct import construct
    from claimtrack.extract import extract
    from claimtrack.load import read_source
    from claimtrack.models import Attribution

    folder = Path(__file__).resolve().parent.parent / "data" / "sources"
    continuations = 0
    for path in sorted(folder.glob("*.md")):
        for att in extract(read_source(path)):
            expected = construct(Attribution, **att.__dict__)
            assert list(att.__dict__.items()) == list(expected.__dict__.items())
            assert att.__pydantic_fields_set__ == expected.__pydantic_fields_set__
            assert att.__pydantic_extra__ is None and att.__pydantic_private__ is None
            continuations += att.cue is None and att.speaker_mention is None
    assert continuations > 0
