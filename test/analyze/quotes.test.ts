import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDoc } from '../../src/analyze/index.js';
import { cleanText } from '../../src/clean/text.js';
import { hasShared, sharedPath } from '../helpers/shared.js';

const quotes = (body: string) => analyzeDoc({ title: null, body, published: null }).quotes;

describe('quotes', () => {
  it('a direct quote with its speaker after it; scare quotes are not quotes', () => {
    const body = 'The mayor, Anna Kovacs, opened the “new” bridge. "This bridge will serve the city for a century," Kovacs said on Monday.';
    const q = quotes(body);
    expect(q.filter((x) => x.direct)).toHaveLength(1);
    const d = q.find((x) => x.direct)!;
    expect(d.text).toBe('This bridge will serve the city for a century,');
    expect(body.slice(d.start, d.end)).toBe(d.text);
    expect(d.speaker).toBe('Anna Kovacs');
  });

  it('a short quotation is speech when a speech verb follows it; a short quoted phrase is not', () => {
    const body = 'Senator John Miller waved to the crowd.\n\n“I love you,” he said. Critics called the plan a “grave mistake” on Monday.';
    const direct = quotes(body).filter((x) => x.direct);
    expect(direct.map((x) => x.text)).toEqual(['I love you,']);
    expect(direct[0].speaker).toBe('John Miller');
  });

  it('a pronoun speaks for the last person named; a quote runs on across paragraphs', () => {
    const body = 'Senator John Miller left the chamber early.\n\n"We will not vote for this bill.\n\n"Not today, not ever," he told reporters.';
    const d = quotes(body).find((x) => x.direct)!;
    expect(d.text).toContain('Not today, not ever');
    expect(d.speaker).toBe('John Miller');
  });

  it('reported speech: a speech verb beside a named source', () => {
    const q = quotes('Prices will rise again next year, said Maria Lopez, an economist at the central bank.');
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ direct: false, speaker: 'Maria Lopez', cue: 'said', text: 'Prices will rise again next year' });
  });
});

describe('reported speech', () => {
  const reported = (body: string) => quotes(body).filter((q) => !q.direct).map((q) => ({ speaker: q.speaker, text: q.text }));

  it('the words said are the clause after the verb, past its day, its listener and "that"', () => {
    expect(reported('Senator Jane Ross said on Tuesday that the bridge would close in May.')).toEqual([{ speaker: 'Jane Ross', text: 'the bridge would close in May' }]);
    expect(reported('Trump told CNN the wall would be paid for by Mexico.')).toEqual([{ speaker: 'Trump', text: 'the wall would be paid for by Mexico' }]);
  });

  it('an attribution inside the words said attributes the statement before it: "..., he said, and ..."', () => {
    expect(reported('The finance director, Tom Reyes, spoke last. The repairs could cost up to $12 million, he said, and insurance would cover only part of it.')).toEqual([
      { speaker: 'Tom Reyes', text: 'The repairs could cost up to $12 million' },
    ]);
  });

  it('a pronoun speaks for the person named before; a second verb for its sentence\'s subject', () => {
    expect(reported('Maria Lopez leads the central bank. She told reporters that prices would rise again next year.')).toEqual([{ speaker: 'Maria Lopez', text: 'prices would rise again next year' }]);
    expect(reported('Governor Tom Hale vetoed the bill and said it would hurt farmers in the north.')).toEqual([{ speaker: 'Tom Hale', text: 'it would hurt farmers in the north' }]);
    expect(reported('Putin praised the alliance between the two countries, which he said was grounded in mutual respect.')).toEqual([{ speaker: 'Putin', text: 'was grounded in mutual respect' }]);
  });

  it('a relative "who" speaks for the person named before it, and its words end with its clause', () => {
    expect(reported('Senator Lindsey Graham, who has said the United States and allies should send ground troops, voted against the plan.')).toEqual([
      { speaker: 'Lindsey Graham', text: 'the United States and allies should send ground troops' },
    ]);
  });

  it('described and grouped sources, and "according to"', () => {
    expect(reported("The plan will cost $2 billion over ten years, the mayor's office said.")).toEqual([{ speaker: "the mayor's office", text: 'The plan will cost $2 billion over ten years' }]);
    expect(reported('According to a poll released Monday, 60 percent of voters back the plan.')).toEqual([{ speaker: 'a poll released Monday', text: '60 percent of voters back the plan' }]);
    expect(reported('Tokayev won the election with 71 percent of the vote, according to early results on Monday.')).toEqual([{ speaker: 'early results', text: 'Tokayev won the election with 71 percent of the vote' }]);
    expect(reported('Clinton leads by four points, according to a national Gallup Poll taken last week.')[0]?.speaker).toBe('a national Gallup Poll');
    expect(reported('Several candidates, including Trump, said the United States should refuse more refugees.')).toEqual([{ speaker: 'Several candidates', text: 'the United States should refuse more refugees' }]);
    expect(reported('Social conservatives say the bills are necessary to protect religious groups.')).toEqual([{ speaker: 'Social conservatives', text: 'the bills are necessary to protect religious groups' }]);
  });

  it('a name after the verb is what was said about, unless the words said come first', () => {
    expect(reported('Other party leaders said Tom Hale is an expert on trade.')).toEqual([{ speaker: 'Other party leaders', text: 'Tom Hale is an expert on trade' }]);
    expect(reported('Her campaign manager, Robby Mook, suggested that the staffers had broken the rules.')).toEqual([{ speaker: 'Robby Mook', text: 'the staffers had broken the rules' }]);
  });

  it('the words said come before the attribution only when nothing said follows the verb', () => {
    expect(reported('The bridge will close in May, but authorities said it would reopen soon.')).toEqual([{ speaker: 'authorities', text: 'it would reopen soon' }]);
    expect(reported('Jackson, in a brief statement released through the team, said he was sorry for the trouble.')).toEqual([{ speaker: 'Jackson', text: 'he was sorry for the trouble' }]);
    expect(reported('Senator James Inhofe said in a statement the new rules were common-sense changes.')).toEqual([{ speaker: 'James Inhofe', text: 'the new rules were common-sense changes' }]);
  });

  it('verbs that report no words: a noun after "declared", the passive, an infinitive, "self-described", a headline, a sentence\'s opening word', () => {
    const body = 'Obama and Clinton declared a new beginning in the region. Mr. Hale was asked about the budget on Monday. He wants to explain the budget to voters. The self-described socialist won the race easily.';
    expect(reported(body)).toEqual([]);
    expect(reported('Maher Tells Guest Muslim Violence Is Beyond Compare')).toEqual([]);
    expect(reported('Kyle Singler added six rebounds for Duke on Sunday.')).toEqual([]);
    expect(reported('Despite saying the plan would fail, the council approved it on Monday.')).toEqual([]);
    const pointless = '“We need a new bridge,” and that was a crucial point for the town in the debate.';
    expect(quotes(pointless).filter((q) => q.direct).map((q) => q.speaker)).not.toContain('a crucial');
  });

  it("two apostrophes and two backticks are quotation marks, as in archive and wire text (''...'', ``...'')", () => {
    const body = "Marco Rubio spoke in Mexico City. ''If we are to go to war, of course we have rifles,'' Mr. Rubio said.\n\n''We should throw as many monkey wrenches into the works as possible,'' said Jorge Castañeda, a former minister.";
    const direct = quotes(body).filter((q) => q.direct);
    expect(direct.map((q) => [q.speaker, q.text])).toEqual([
      ['Marco Rubio', 'If we are to go to war, of course we have rifles,'],
      ['Jorge Castañeda', 'We should throw as many monkey wrenches into the works as possible,'],
    ]);
    expect(body.slice(direct[0].start, direct[0].end)).toBe(direct[0].text);
    const wire = "``We are searching for a bolder Internet service,'' Neal Horsley said in a statement on Friday.";
    expect(quotes(wire).map((q) => [q.direct, q.speaker, q.text])).toEqual([[true, 'Neal Horsley', 'We are searching for a bolder Internet service,']]);
  });

  it('a name inside an apposition or after the words that describe him speaks; a preposition\'s object or a name used as a modifier does not', () => {
    const speakerOf = (body: string) => quotes(body).find((q) => q.direct)?.speaker;
    expect(speakerOf('In a statement, Brian Fallon, a spokesman for the campaign, said: “We have cooperated from the start.”')).toBe('Brian Fallon');
    expect(speakerOf('“We will appeal the ruling,” the candidate, regional official Tom Reed, said on Monday.')).toBe('Tom Reed');
    expect(speakerOf('In a statement released Thursday, Rep. Hakeem Jeffries reacted to the news, saying: “He should be in prison.”')).toBe('Hakeem Jeffries');
    expect(speakerOf('“The case is for today’s youth what the blockade was for their parents,” said Cuban journalist Luis Baez, who has written books.')).toBe('Luis Baez');
    expect(speakerOf('Donald Trump spoke in Iowa. “He will win the state easily,” said one Trump adviser.')).not.toBe('Donald Trump');
  });

  it('a name after "The", a firm or body by its role, a poll\'s share, and a group before "who" speak', () => {
    expect(reported('The White House says the monument will protect more than 7,000 species.')).toEqual([{ speaker: 'The White House', text: 'the monument will protect more than 7,000 species' }]);
    expect(reported('The co-pilot had logged 2,766 flying hours with EgyptAir, the airline said.')).toEqual([{ speaker: 'the airline', text: 'The co-pilot had logged 2,766 flying hours with EgyptAir' }]);
    expect(reported('About four in 10 South Carolina Republican primary voters say honesty matters most.')).toEqual([
      { speaker: 'About four in 10 South Carolina Republican primary voters', text: 'honesty matters most' },
    ]);
    expect(reported('Still, 52 percent of registered voters say they would consider voting for him.')[0]?.speaker).toBe('52 percent of registered voters');
    expect(reported('By big margins, those surveyed say the economy should come first.')).toEqual([{ speaker: 'those surveyed', text: 'the economy should come first' }]);
    expect(reported('The law drew criticism from entertainers and business leaders who say it targets gay people.')).toEqual([{ speaker: 'business leaders', text: 'it targets gay people' }]);
    // A phrase with a preposition in it is no group: "shot back in an article" is not who stated it.
    expect(reported('Forbes shot back in an article, stating New York was the billionaire capital.')).toEqual([{ speaker: 'Forbes', text: 'New York was the billionaire capital' }]);
  });

  it('a verb in -s tagged as a noun after its subject is a speech verb; a noun before a relative "that" or after a name is not', () => {
    expect(reported('Smith notes that the plan will fail in the end.')).toEqual([{ speaker: 'Smith', text: 'the plan will fail in the end' }]);
    expect(reported('Trump claims the election was rigged from the start.')).toEqual([{ speaker: 'Trump', text: 'the election was rigged from the start' }]);
    expect(reported('The insurance claims that were denied rose sharply last year.')).toEqual([]);
    expect(reported('Back in 1988, Rust Belt states Indiana, Michigan, Ohio and Pennsylvania all supported Bush.')).toEqual([]);
  });

  it('a person "of" an organisation or place speaks, not the organisation or place; an organisation named alone still does', () => {
    expect(reported('Mark Zandi of Moody\'s Analytics said the economy would slow next year.')).toEqual([{ speaker: 'Mark Zandi', text: 'the economy would slow next year' }]);
    expect(reported('Senator Ted Cruz of Texas said he would vote against the bill.')[0]?.speaker).toBe('Ted Cruz');
    expect(reported('The Bank of England said rates would rise in the spring.')[0]?.speaker).toBe('Bank of England');
  });

  it('the dateline opening a wire story is not part of the words said; a capitalised compound is no dateline', () => {
    expect(reported('VALENCIA, Spain (Reuters) - Floods in Valencia killed 12 people on Tuesday, the regional government said.')).toEqual([
      { speaker: 'the regional government', text: 'Floods in Valencia killed 12 people on Tuesday' },
    ]);
    expect(reported('US-China trade talks will resume next week in Geneva, officials said.')).toEqual([{ speaker: 'officials', text: 'US-China trade talks will resume next week in Geneva' }]);
  });

  it('a poll share before a long word is read in linear time (its words are separated by spaces)', () => {
    // Words that may run together made the share's pattern try every split of a long word: minutes for 200 letters.
    expect(reported(`Most ${'x'.repeat(200)} b c d e f g say the plan will work.`)).toEqual([]);
  });

  it('"reported it sold": a pronoun and a verb after the cue are words said, as "that" would be', () => {
    expect(reported('Amazon reported it sold $30.4 billion in goods in the quarter.')).toEqual([{ speaker: 'Amazon', text: 'it sold $30.4 billion in goods in the quarter' }]);
    expect(reported('Amazon reported record sales in the quarter.')).toEqual([]);
  });

  it('", said X, a long description": the words before are said and X says them; an aside after the attribution is not said', () => {
    expect(
      reported('The race will be tight even in New York, a state she hoped to carry, said Dan Gerstein, director of Gotham Ghostwriters and an independent political analyst in New York City.'),
    ).toEqual([{ speaker: 'Dan Gerstein', text: 'The race will be tight even in New York, a state she hoped to carry' }]);
    expect(reported('Victims of domestic violence would be considered a distinct group for asylum, Sanders said, a policy that could make it easier for them to stay.')).toEqual([
      { speaker: 'Sanders', text: 'Victims of domestic violence would be considered a distinct group for asylum' },
    ]);
    expect(reported('The director further stated, while testifying before Congress, that Clinton was not truthful.')).toEqual([{ speaker: 'The director', text: 'Clinton was not truthful' }]);
  });

  it('who is told is not who speaks, after the quote too; "who asked not to be named" is no attribution', () => {
    const speaker = (body: string) => quotes(body).find((q) => q.direct)?.speaker;
    expect(speaker('"Nobody warned us," a resident of the town, who asked not to be named, told AFP.')).toBe('a resident of the town');
    const told = quotes('"The office is closed," a spokesperson for the attorney general\'s office told the Springfield Shopper.').filter((q) => q.direct);
    expect(told.map((q) => q.text)).toEqual(['The office is closed,']);
    expect(told[0].speaker).not.toBe('Springfield Shopper');
  });

  it('a sentence with a direct quote reports the words before it, without that quote\'s own cue and source', () => {
    const body = 'Senator Bernie Sanders spoke in Ohio. In an interview, Sanders said the process of writing the platform could be long, adding, “Democracy is messy.”';
    expect(reported(body)).toEqual([{ speaker: 'Bernie Sanders', text: 'the process of writing the platform could be long' }]);
    const boast = 'Hillary Clinton and Donald Trump met. When Clinton noted that Trump had not paid federal income taxes, Trump boasted, “That makes me smart.”';
    expect(reported(boast)).toEqual([{ speaker: 'Hillary Clinton', text: 'Trump had not paid federal income taxes' }]);
    expect(quotes(boast).find((q) => q.direct)?.speaker).toBe('Donald Trump');
    // After a partial quote, "adding" speaks for the sentence's subject, not for a name inside the quote's clause.
    const adding = 'Donald Trump spoke in Iowa. Trump told Newsmax that Mitt Romney “had a crazy policy,” adding, “It was crazy.”';
    expect(quotes(adding).find((q) => q.direct)?.speaker).toBe('Donald Trump');
  });

  it('the "that" of a verb\'s clause, not a relative "that" after its object', () => {
    expect(reported('Clinton announced her support of the plan that the council passed on Monday.')).toEqual([]);
    expect(reported('Mr. Earnest said Obama hopes that his successor will push for the same goals.')).toEqual([
      { speaker: 'Earnest', text: 'Obama hopes that his successor will push for the same goals' },
    ]);
  });

  it('a quote opened with " may close with ” in its paragraph, not with the ” of a quotation inside it', () => {
    const body = 'Doctors were eager to talk. "Oz has a huge bully pulpit,” said David Gorski, a surgeon. "He can\'t dispense with facts."\n\nThe crowd cheered. "Trump walked onto the stage, chanting “U-S-A!”\n\n“Here he is,” she said.';
    const direct = quotes(body).filter((q) => q.direct);
    expect(direct[0]).toMatchObject({ speaker: 'David Gorski' });
    expect(direct[0].text.startsWith('Oz has a huge bully pulpit,')).toBe(true);
    // The excerpt's paragraph that never closes is no quote; the next paragraph's quotation is one of its own.
    expect(direct.map((q) => q.text)).toEqual(['Oz has a huge bully pulpit,', "He can't dispense with facts.", 'Here he is,']);
    expect(direct[1]).toMatchObject({ speaker: 'David Gorski' });
  });

  it('a speech verb before "to" reports no one\'s words ("regions the Kremlin has claimed to have annexed")', () => {
    const body = 'Tokayev criticised the move to recognise separatist regions that the Kremlin has since claimed to have annexed. The minister is said to be ill.';
    expect(quotes(body)).toEqual([]);
  });
});

describe.skipIf(!hasShared)('quotes of the seeds', () => {
  const seed = (f: string) => quotes(cleanText(readFileSync(sharedPath('seeds', f), 'utf8')).body);
  it('seed 000: Zheleznyak, the OSCE monitors and Tokayev', () => {
    const q = seed('000_c7b15ebcd17baa92.txt').filter((x) => x.direct);
    expect(q.find((x) => x.text.startsWith('The new head of Kazakhstan'))?.speaker).toBe('Sergey Zheleznyak');
    expect(q.find((x) => x.text.startsWith('a lack of regard'))?.speaker).toBe('Organization for Security and Cooperation in Europe');
    expect(q.find((x) => x.text.startsWith('We must unite'))?.speaker).toBe('Kassym-Jomart Tokayev');
  });
  it('seed 003: Putin speaks both quotes', () => {
    const q = seed('003_4150f387e525f317.txt').filter((x) => x.direct);
    expect(q.find((x) => x.text.startsWith('You have received a convincing mandate'))?.speaker).toBe('Vladimir Putin');
    expect(q.find((x) => x.text.startsWith('We will continue to work together'))?.speaker).toBe('Vladimir Putin');
  });
});

describe('quotes: partial quotes, interrupted quotes and sources', () => {
  const direct = (body: string) => quotes(body).filter((x) => x.direct);

  it('a quoted phrase inside the reporter’s clause is no direct quote; one after its attribution is', () => {
    const body =
      'Maria Lopez said the plan was “a reckless gamble with our savings” and that it “would fail within a year.”\n\n' +
      'Lopez said, “We will fight this plan in every court in the land.”';
    const d = direct(body);
    expect(d).toHaveLength(1);
    expect(d[0].text).toBe('We will fight this plan in every court in the land.');
    expect(d[0].speaker).toBe('Maria Lopez');
  });

  it('a quotation interrupted by a whole attribution sentence is two quotes by one speaker, without the attribution', () => {
    const body = 'The council voted on Monday.\n\n“We did what we had to do,” said Tom Baker. “Nobody wanted to close the library.”';
    const d = direct(body);
    expect(d.map((q) => q.text)).toEqual(['We did what we had to do,', 'Nobody wanted to close the library.']);
    expect(d.map((q) => q.speaker)).toEqual(['Tom Baker', 'Tom Baker']);
  });

  it('an interrupted quote keeps the narration out of both parts; the attribution between them reports nothing', () => {
    const body =
      'Nordvik Energy raised its dividend. "The balance sheet is very robust," Berg said. "We can afford to return more cash."\n\n' +
      '"We will fight on," said RMT general secretary Mick Lynch, 62, speaking outside the union\'s headquarters in London. "Nobody wants a strike at Christmas."\n\n' +
      '"What right does that man have?" Juan Miguel Gonzalez said during a news conference in his hometown of Cardenas. "I am the father of Elian."';
    const q = quotes(body);
    for (const x of q) {
      expect(body.slice(x.start, x.end)).toBe(x.text);
      expect(x.text).not.toMatch(/said|"/);
    }
    expect(q.filter((x) => !x.direct)).toEqual([]);
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ['The balance sheet is very robust,', 'Berg'],
      ['We can afford to return more cash.', 'Berg'],
      ['We will fight on,', 'Mick Lynch'],
      ['Nobody wants a strike at Christmas.', 'Mick Lynch'],
      ['What right does that man have?', 'Juan Miguel Gonzalez'],
      ['I am the father of Elian.', 'Juan Miguel Gonzalez'],
    ]);
  });

  it('the name right by the verb speaks, after a title, an apposition or a surname alone', () => {
    const body =
      'Senator Ann Wells met the mayor, Bob Stone, on Friday.\n\n' +
      '“The budget is balanced for the first time in years,” Wells, a former banker, said.\n\n' +
      '“We still owe the state a great deal of money,” said Mayor Stone.';
    const d = direct(body);
    expect(d.map((q) => q.speaker)).toEqual(['Ann Wells', 'Bob Stone']);
  });

  it('a pull quote signed after a dash, and a spokesman speaking for someone', () => {
    const body =
      '“This election is about our children and nothing else.” ― Rosa Diaz\n\n' +
      'Governor Paul Grant did not comment. “The governor will sign the bill next week,” Grant’s spokesman said.';
    const d = direct(body);
    expect(d.map((q) => q.speaker)).toEqual(['Rosa Diaz', 'Paul Grant']);
  });

  it('a source described, not named', () => {
    const d = direct('The ad ends on a question. “Who do you want answering the phone at night?” the narrator asks.');
    expect(d[0].speaker).toBe('the narrator');
  });

  it('a short quote introduced by a speech verb is speech; a short title in quotation marks is not', () => {
    const d = direct('The protesters shouted “No more wars” outside. She read “Moby Dick” twice.');
    expect(d.map((q) => q.text)).toEqual(['No more wars']);
  });

  it('quotations each with an attribution of their own stay apart, however many there are', () => {
    const unit = '“We will win this one for sure,” Senator John Smith said on Tuesday. ';
    const body = unit.repeat(2000);
    const d = direct(body);
    expect(d).toHaveLength(2000);
    for (const q of d) {
      expect(body.slice(q.start, q.end)).toBe(q.text);
      expect(q.speaker).toBe('John Smith');
    }
  });

  it('a part after a long attribution sentence goes on with its speaker; a capitalised name is no speech verb', () => {
    const body =
      '“These are strange days,” said Peter Morgan, a lawyer for the Sierra Club, which has fought the company in court for years. “Nobody knows what comes next.”\n\n' +
      '“The rules are clear,” said Ann Lee of the Party Rules Committee.';
    const d = direct(body);
    expect(d.map((q) => q.text)).toEqual(['These are strange days,', 'Nobody knows what comes next.', 'The rules are clear,']);
    expect(d.map((q) => q.speaker)).toEqual(['Peter Morgan', 'Peter Morgan', 'Ann Lee']);
    expect(d[2]).toMatchObject({ speaker: 'Ann Lee', cue: 'said' });
  });

  it('British single quotation marks, curly or straight, are direct quotes; apostrophes and a quote within a quote are not', () => {
    const body =
      '‘This was corruption on an industrial scale,’ said Andrew Pike, of the Crown Prosecution Service.\n\n' +
      "'It will be chaos,' said commuter Priya Sharma.\n\n" +
      'Judge Caroline Ashby told him: ‘You abused the trust placed in you. Your greed was breathtaking.’\n\n' +
      '“He told me ‘we will never give up on this town,’ and I believed him,” said Maria Lopez.\n\n' +
      "Rock ’n’ roll was born in the ’50s, and the workers’ rights and the Smiths' house were never 'sold'. We don't know.";
    const d = direct(body);
    for (const q of d) expect(body.slice(q.start, q.end)).toBe(q.text);
    expect(d.map((q) => [q.text, q.speaker])).toEqual([
      ['This was corruption on an industrial scale,', 'Andrew Pike'],
      ['It will be chaos,', 'Priya Sharma'],
      ['You abused the trust placed in you. Your greed was breathtaking.', 'Caroline Ashby'],
      ['He told me ‘we will never give up on this town,’ and I believed him,', 'Maria Lopez'],
    ]);
  });

  it('a representative named in apposition speaks ("Thornton\'s lawyer, Rebecca Lyle, said"); "the Italian" is a description, not the nationality', () => {
    const q = quotes(
      'Michael Thornton was jailed for eight years. Thornton\'s lawyer, Rebecca Lyle, said her client would appeal.\n\n' +
        'Chelsea boss Enzo Maresca said his side had been punished. "We gave away two soft goals," the Italian said.\n\n' +
        "Zheleznyak's press service said the vote had been fair and open.",
    );
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ['her client would appeal', 'Rebecca Lyle'],
      ['his side had been punished', 'Enzo Maresca'],
      ['We gave away two soft goals,', 'the Italian'],
      ['the vote had been fair and open', 'Zheleznyak'],
    ]);
  });

  it('speech verbs in other senses report nothing: "conceded just seven goals", "claimed the title", ", while X advised Y"', () => {
    expect(
      quotes(
        'Liverpool, who have won 11 of their 13 games this season, conceded just seven goals.\n\n' +
          'Verstappen claimed the title with two races to spare in Las Vegas.\n\n' +
          'Goldman Sachs advised Halcyon, while Morgan Stanley advised Brightwater on the deal.',
      ),
    ).toEqual([]);
    expect(quotes('Donald Trump claims the election was rigged.').map((q) => q.text)).toEqual(['the election was rigged']);
  });

  it('a wire lead: the words before a mid-sentence attribution are said, not the circumstance after it, nor the dateline', () => {
    const q = quotes(
      'A powerful earthquake struck western Nepal late Friday, killing at least 312 people, officials said Saturday, as rescuers dug through the rubble.\n\n' +
        'THIRUVANANTHAPURAM, India, July 31 (Reuters) - Landslides triggered by torrential rain killed at least 93 people in Kerala, officials said.',
    );
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ['A powerful earthquake struck western Nepal late Friday, killing at least 312 people', 'officials'],
      ['Landslides triggered by torrential rain killed at least 93 people in Kerala', 'officials'],
    ]);
  });

  it('a single-quoted scare phrase stays no quote, and a British quote goes on across paragraphs', () => {
    const body =
      'The minister dismissed the ‘dodgy dossier’ on Monday.\n\n' +
      '‘We will not be lectured by anyone about this,’ said Home Secretary Jane Reed. ‘Not by the opposition.\n\n‘Not by the press either,’ she added.';
    const d = direct(body);
    expect(d.map((q) => q.text)).toEqual(['We will not be lectured by anyone about this,', 'Not by the opposition.\n\n‘Not by the press either,']);
    expect(d.map((q) => q.speaker)).toEqual(['Jane Reed', 'Jane Reed']);
  });

  it('a capitalised speech verb opening a sentence, and a party and state between a name and its verb', () => {
    const body =
      'Experts say her plans would make the tax code more complicated. Said Ryan Ellis: “I don’t get the sense she’s interested in tax reform.”\n\n' +
      '“It’s a dog whistle to all Americans,” Rep. Gwen Moore (D-Wis.) said Friday.';
    const d = direct(body);
    expect(d.map((q) => q.speaker)).toEqual(['Ryan Ellis', 'Gwen Moore']);
  });

  it('“he” is the subject of the sentence before, not the last person named; a name after “speaking of” is no speaker', () => {
    const body =
      '“We’ve had problems with cyber intrusions from Russia in the past,” Barack Obama said after meeting with Russian President Vladimir Putin. He did not suggest retaliation. “Our goal is not to duplicate a cycle of escalation,” he said.\n\n' +
      '“This is in their heads,” said pollster Pat Caddell, speaking of Hillary Clinton’s health. “It is one of the things worrying them.”';
    const d = direct(body);
    expect(d.map((q) => q.speaker)).toEqual(['Barack Obama', 'Barack Obama', 'Pat Caddell', 'Pat Caddell']);
  });

  it('a quotation with no attribution of its own continues the last speaker, unless someone else is named or it is introduced', () => {
    const body =
      '“We like a lot of the candidates,” Sheldon Adelson said during the interview in Macau.\n\n“It’s changing every day.”\n\n' +
      'Senator Maria Lopez, a rival of his, disagreed.\n\n“Nobody likes any of them this year.”\n\nThe headline read: “Donors split over the race.”';
    const d = direct(body);
    expect(d.map((q) => q.speaker)).toEqual(['Sheldon Adelson', 'Sheldon Adelson', null, null]);
  });
  it('who is told is not who speaks; a participle after a comma speaks for its sentence’s subject; a description ends at its verb', () => {
    const body =
      'Flint Mayor Karen Weaver met Bernie Sanders on Tuesday. Weaver was not impressed with Sanders’ comments, telling reporters, “A lot of people said the governor should step down.”\n\n' +
      'Retired neurosurgeon Ben Carson spoke on Monday. Carson did not mention his opponents by name, but told his supporters, “our nation is in horrible trouble right now.”\n\n' +
      'It was unclear whether the campaign would go on. The Vermont senator emailed supporters saying: “The struggle continues for a political revolution.”';
    expect(direct(body).map((q) => q.speaker)).toEqual(['Karen Weaver', 'Ben Carson', 'The Vermont senator']);
  });
  it('a speech verb’s form after a determiner or a number is a noun; a source asked "when asked" is the sentence’s subject', () => {
    const body =
      'Lindsey Graham endorsed Ted Cruz on Tuesday, when a dozen states voted. “Ted Cruz is not my favorite by any means,” Graham told CBS News.\n\n' +
      'Marine Le Pen spoke to CNN about the election. Le Pen told the network in an interview when asked, “Everything but Hillary Clinton is fine for France.”';
    const d = direct(body);
    expect(d.map((q) => q.speaker)).toEqual(['Lindsey Graham', 'Marine Le Pen']);
  });
  it('an attribution after a quote stays on its line, and may pass two appositions', () => {
    const body =
      'Donald Trump was defensive about an architect he did not pay, saying, “Maybe he didn’t do a good job.”\nThe change in approach from Hillary Clinton is likely to placate Democrats, who have argued that it helps.\n\n' +
      '“It’s an invasion of the state regulatory domain,” Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the EPA, said on Monday.';
    expect(direct(body).map((q) => q.speaker)).toEqual(['Donald Trump', 'Scott Pruitt']);
  });
  it('a cue in the attribution of the quotation before is not this one’s: it goes on with that speaker', () => {
    const body =
      'Hillary Clinton and Barack Obama spoke at the gala. “My name may not be on the ballot, but our progress is on the ballot,” Obama said on Saturday night at the dinner, where Mrs. Clinton also spoke. “Tolerance is on the ballot. Democracy is on the ballot.”';
    const d = direct(body);
    expect(d.length).toBeGreaterThan(0);
    for (const q of d) expect(q.speaker).toBe('Barack Obama');
    expect(d.map((q) => q.text).join(' ')).toContain('Tolerance is on the ballot');
  });
  it('a colon with no speech verb in its sentence introduces its subject’s words, not a name in a phrase before it', () => {
    const body =
      'Marco Rubio fired back forcefully at Donald Trump: “If they sue us in a court in Miami, they are going to lose.”\n\n' +
      'With Democrats worried about a lack of passion for Hillary Clinton, President Barack Obama is rolling out a new message: “It is about me, and my legacy.”';
    expect(direct(body).map((q) => q.speaker)).toEqual(['Marco Rubio', 'Barack Obama']);
  });
});

describe('who speaks when a name only says who the speaker is', () => {
  const speakers = (body: string) => quotes(body).map((q) => q.speaker);

  it('the person in apposition after a role "of ORG" speaks, not the organisation; a person "of" a place keeps speaking', () => {
    expect(speakers('The chief executive of Acme Corp, John Smith, told analysts that sales would rise.')).toEqual(['John Smith']);
    expect(speakers("The head of the employers' association ZDS, Frank Lindemann, said the deal was expensive but necessary.")).toEqual(['Frank Lindemann']);
    expect(speakers('The company’s representative in Paris, Dr. Anne Leroy, told reporters that the plant would close.')).toEqual(['Anne Leroy']);
    const cruz = 'Senator Ted Cruz of Texas, who is second to Mr. Trump in many states, stuck to policy but turned against Mr. Trump, eventually saying he would be a disaster.';
    expect(speakers(cruz)).toEqual(['Ted Cruz']);
  });

  it('a person named after an organisation and a role, then a preposition, speaks', () => {
    expect(quotes('“We are not machines,” said Acme Corp president John Smith at a rally in the city.').find((q) => q.direct)?.speaker).toBe('John Smith');
  });

  it('a place in the description of who speaks is not the speaker: the description is', () => {
    expect(speakers('Police in Seoul said they had arrested a man on Tuesday.')).toEqual(['Police in Seoul']);
    expect(speakers('Workers at the port of Paranaguá, further south, said they would decide on Friday.')).toEqual(['Workers at the port of Paranaguá']);
    expect(speakers('Sandra Inman, a Cruz supporter from Jackson, Miss., attending the convention, said she could not support Trump.')).toEqual(['Sandra Inman']);
  });

  it('the words said before ", said" and a role and a name, or the stop of an abbreviation', () => {
    expect(quotes('Even India has more cultural resonance through Bollywood films, says political scientist Dossym Satpayev in Almaty.').map((q) => [q.speaker, q.text])).toEqual([
      ['Dossym Satpayev', 'Even India has more cultural resonance through Bollywood films'],
    ]);
    expect(speakers('Gigante died at the federal prison in Springfield, Mo., said prison spokesman Al Quintero.')).toEqual(['Al Quintero']);
  });
});

describe('words beside a speech verb that say only where or when', () => {
  const reported = (body: string) => quotes(body).filter((q) => !q.direct).map((q) => ({ speaker: q.speaker, text: q.text }));

  it('"said at a news conference" reports nothing; "joked that, among ..." does', () => {
    const body = '“This is a historic result,” the negotiator said. Union negotiator Maike Schwarzenbeck said at a news conference in the city.';
    expect(reported(body)).toEqual([]);
    expect(reported('The New York Times said in an editorial on Monday.')).toEqual([]);
    expect(reported('Bobby Scott joked that, among African Americans, Trump ranks fourth in a two-way race.')).toHaveLength(1);
  });

  it('a phrase of time before "according to" is not what was said: the words after the source are', () => {
    expect(reported('In the meantime, according to the memorandum, officials should follow the prior practices.')).toEqual([
      { speaker: 'the memorandum', text: 'officials should follow the prior practices' },
    ]);
  });

  it('a group\'s word with a point inside stays whole: "the ver.di union", not "di union"', () => {
    const body = 'Ships began queuing outside Hamburg on Monday, in a strike that the ver.di union says will continue until employers improve their offer.';
    expect(reported(body).map((q) => q.speaker)).toEqual(['the ver.di union']);
    expect(reported('Last July the group polled members: 1,409 teachers said they wanted to endorse Sanders.').map((q) => q.speaker)).toEqual(['1,409 teachers']);
  });
});

describe('a speech verb between quotation marks of its sentence is no cue of reported speech', () => {
  it('inside “...”, ``...\'\' or \'\'...\'\', the next cue outside them reports', () => {
    for (const [open, close] of [['“', '”'], ['``', "''"], ["''", "''"]]) {
      const body = `The mayor, Anna Kovacs, spoke for an hour. The crowd chanted ${open}the mayor said no tax${close} and the police said the rally was peaceful.`;
      expect(quotes(body).map((q) => [q.speaker, q.text])).toEqual([['the police', 'the rally was peaceful']]);
    }
  });
});

describe('a source described by its role is the one the report gave that role', () => {
  const speakers = (body: string) => quotes(body).map((q) => q.speaker);

  it('"the minister" after "Finance Minister Ana Torres"; "the 27-year-old" after "Luis Ortega, 27,"', () => {
    expect(speakers('Finance Minister Ana Torres said the deficit would rise. "We are worried," the minister said.')).toEqual(['Ana Torres', 'Ana Torres']);
    expect(speakers('Luis Ortega, 27, crashed on the last lap. "It was my mistake," the 27-year-old told reporters.')).toEqual(['Luis Ortega']);
    expect(speakers('The coroner, Gary Hargrove, found the body on Tuesday. The coroner said he believes the man died on Saturday.')).toEqual(['Gary Hargrove']);
  });

  it('the role given by an apposition after or before the name, or a title in any case; its words must be there ("the foreign minister" is not the finance minister)', () => {
    expect(speakers('Ana Torres, the country\'s finance minister, said the deficit would rise. "We are worried," the finance minister said.')).toEqual(['Ana Torres', 'Ana Torres']);
    expect(speakers('The finance minister, Ana Torres, said the deficit would rise. "We are worried," the minister said.')).toEqual(['Ana Torres', 'Ana Torres']);
    expect(speakers('Foreign MINISTER Ana Torres said the deficit would rise. "We are worried," the minister said.')).toEqual(['Ana Torres', 'Ana Torres']);
    expect(speakers('Finance Minister Ana Torres said the deficit would rise. "We are worried," the foreign minister said.')).toEqual(['Ana Torres', 'the foreign minister']);
  });

  it('"the company" and "the agency": the organisation the report called one of that kind, or whose name says it', () => {
    expect(speakers('Nordvik Systems, the Oslo-based software group, reported revenue of $2 billion. The company said in a statement that it would buy back shares.')).toEqual([
      'Nordvik Systems',
    ]);
    expect(speakers('The World Health Organization sent doses to the province. A second shipment was expected at the end of the week, the agency said.')).toEqual([
      'World Health Organization',
    ]);
    // Described by where it is based, with a comma inside ("Cupertino, California-based"): still the company, not the data an aside cites.
    expect(
      speakers('Apple Inc on Thursday reported revenue of $81.8 billion. The Cupertino, California-based company said net income rose to $19.9 billion, beating the estimate of $1.19 per share, according to Refinitiv data.'),
    ).toEqual(['Apple Inc']);
  });

  it('not when two have the role, when someone else was named since, nor for several or for a text', () => {
    expect(speakers('Finance Minister Ana Torres met Foreign Minister Tom Hale. "We are worried," the minister said.')).toEqual(['the minister']);
    expect(speakers('World Bank President Jim Yong Kim spoke first, and Maria Lopez followed him. "We will act," the president said.')).toEqual(['the president']);
    expect(speakers('Foreign Minister Tom Hale signed the accord. The ministers said their countries saw membership as a guarantee.')).not.toContain('Tom Hale');
    expect(speakers('Pollster John Zogby ran a poll in May. The poll also noted that most voters back the plan.')).not.toContain('John Zogby');
  });

  it('a union or a group named with its kind is the organisation: "Germany\'s IG Metall union"; "a GOP group" is not the GOP', () => {
    expect(speakers("Germany's IG Metall union said it wanted guarantees for the workers in Jena.")).toEqual(['IG Metall']);
    expect(speakers('A GOP group said it would spend heavily on ads in the state.')).toEqual(['A GOP group']);
  });
});
