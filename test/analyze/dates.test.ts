import { describe, expect, it } from 'vitest';
import type { DateMention } from '../../src/types.js';
import type { AnalysisDoc } from '../../src/analyze/doc.js';
import { tokenize } from '../../src/analyze/tokens.js';
import { findDates } from '../../src/analyze/dates/index.js';

function dates(body: string, published: string | null = '2019-06-12'): DateMention[] {
  const doc: AnalysisDoc = { title: null, body, published, sentences: [], entities: [], quotes: [], quantities: [], dates: [] };
  tokenize(doc);
  findDates(doc);
  return doc.dates;
}

/** The value given to the expression `text` in `body`. */
function valueOf(body: string, text: string, published: string | null = '2019-06-12'): string | null | undefined {
  const found = dates(body, published).find((d) => d.text === text);
  if (!found) throw new Error(`"${text}" not found; got ${JSON.stringify(dates(body, published).map((d) => d.text))}`);
  return found.value;
}

// 2019-06-12 is a Wednesday.
describe('weekdays resolve to the past unless the clause is future', () => {
  it('on Monday (past clause) is the Monday before publication', () => {
    expect(valueOf('Police arrested 500 people on Monday.', 'Monday')).toBe('2019-06-10');
  });
  it('a weekday with no verb tense to go by is still the most recent one', () => {
    expect(valueOf('Results on Monday showed a lead.', 'Monday')).toBe('2019-06-10');
  });
  it('a future clause takes the next one', () => {
    expect(valueOf('The president will visit Moscow on Friday.', 'Friday')).toBe('2019-06-14');
    expect(valueOf('Trading is to resume on Monday.', 'Monday')).toBe('2019-06-17');
    expect(valueOf('The president is meeting Putin on Friday.', 'Friday')).toBe('2019-06-14');
    expect(valueOf('Shares could rise as soon as Monday.', 'Monday')).toBe('2019-06-17');
  });
  it('a deadline for what someone is to do is the nearer such day: "were ordered to leave by Friday" ahead, "by Monday" behind; not in the past perfect', () => {
    expect(valueOf('All residents were ordered to leave by Friday, officials said.', 'Friday')).toBe('2019-06-14');
    expect(valueOf('Residents were told to leave by Monday, and most did, the mayor said.', 'Monday')).toBe('2019-06-10');
    expect(valueOf('They had all been allowed to return by Friday.', 'Friday')).toBe('2019-06-07');
  });
  it("the date's own clause sets the tense, not the attribution after a comma", () => {
    expect(valueOf('The vote will be held in the capital on Friday, he said.', 'Friday')).toBe('2019-06-14');
    expect(valueOf('Officials said Monday that talks will resume.', 'Monday')).toBe('2019-06-10');
  });
  it('"since" puts a month or a day in the past, whatever the verb', () => {
    expect(valueOf('She will have attended a dozen rallies since February.', 'February')).toBe('2019-02');
    expect(valueOf('He has been training in Germany since September.', 'September')).toBe('2018-09');
  });
  it('a contraction is read the same with a curly apostrophe', () => {
    expect(valueOf('“We’ll be meeting on Friday,” he said.', 'Friday')).toBe('2019-06-14');
    expect(valueOf('They’d meet on Friday, he said.', 'Friday')).toBe('2019-06-14');
    expect(valueOf('They’ve met on Monday.', 'Monday')).toBe('2019-06-10');
  });
  it('a clause in the present simple speaks of a schedule: the next one', () => {
    expect(valueOf('Wisconsin holds its presidential primary on Tuesday.', 'Tuesday')).toBe('2019-06-18');
    expect(valueOf('Sanders speaks at a Vatican conference on Friday.', 'Friday')).toBe('2019-06-14');
    expect(valueOf('The fiscal year, which ends Sept. 30, was a good one.', 'Sept. 30')).toBe('2019-09-30');
  });
  it('but not a verb of saying, a present verb after the date, nor a noun the tagger took for a verb', () => {
    expect(valueOf('The White House says on Monday that talks failed.', 'Monday')).toBe('2019-06-10');
    expect(valueOf('The agreement reached in Paris on Saturday still leaves the world vulnerable.', 'Saturday')).toBe('2019-06-08');
    expect(valueOf("Clinton's wins Tuesday in Maryland solidify her lead.", 'Tuesday')).toBe('2019-06-11');
    expect(valueOf('Despite a series of costly defeats on Tuesday night, Sanders remains in the race.', 'Tuesday night')).toBe('2019-06-11TNI');
  });
  it('the publication day itself is "today"s weekday', () => {
    expect(valueOf('Voters went to the polls on Wednesday.', 'Wednesday')).toBe('2019-06-12');
  });
  it('last and next step over the publication week', () => {
    expect(valueOf('He resigned last Friday.', 'last Friday')).toBe('2019-06-07');
    expect(valueOf('He leaves next Tuesday.', 'next Tuesday')).toBe('2019-06-18');
  });
  it('a part of the day is kept in TimeML form', () => {
    expect(valueOf('Protesters gathered on Sunday night.', 'Sunday night')).toBe('2019-06-09TNI');
    expect(valueOf('Protesters gathered on Sunday afternoon.', 'Sunday afternoon')).toBe('2019-06-09TAF'); // not the "noon" of "afternoon"
  });
});

describe('months, days and years', () => {
  it('a bare month takes the year of publication', () => {
    expect(valueOf('He stepped down in March.', 'March')).toBe('2019-03');
  });
  it('a month in a past clause written early in the year is last year', () => {
    expect(valueOf('The company acquired the unit in November.', 'November', '2019-02-10')).toBe('2018-11');
    expect(valueOf('The company will sell the unit in November.', 'November', '2019-02-10')).toBe('2019-11');
  });
  it('last November is the November before publication', () => {
    expect(valueOf('The treaty was signed last November.', 'last November')).toBe('2018-11');
  });
  it('a deadline just after publication stays in that year even in a past clause', () => {
    expect(valueOf('The offer was extended to Nov. 16.', 'Nov. 16', '2019-10-30')).toBe('2019-11-16');
  });
  it('a full date is kept as written', () => {
    expect(valueOf('It opened on Aug. 7, 1998, in Nairobi.', 'Aug. 7, 1998')).toBe('1998-08-07');
  });
  it('"of the 2012 election" is a year; "of the 2000 homes" a count', () => {
    expect(valueOf('The top donors of the 2012 election gave more.', '2012')).toBe('2012');
    expect(dates('The fire destroyed one of the 2000 homes.')).toEqual([]);
  });
  it('"in 2018" is a year; "2000 people" is a count, not a date', () => {
    expect(valueOf('Elections were held in 2018.', '2018')).toBe('2018');
    expect(dates('About 2000 people marched.').map((d) => d.text)).toEqual([]);
  });
  it('decades and centuries: the 1990s -> 199, the late \'80s -> 198, the 20th century -> 19', () => {
    expect(valueOf('Prices fell in the 1990s.', 'the 1990s')).toBe('199');
    expect(valueOf("It was built in the late '80s.", "the late '80s")).toBe('198');
    expect(valueOf('The worst crash of the 20th century.', 'the 20th century')).toBe('19');
  });
  it('"in his sixties" is an age, not a decade', () => {
    expect(dates('A man in his sixties was hurt.')).toEqual([]);
  });
  it('spoken years in transcripts', () => {
    expect(valueOf('In nineteen ninety-six a bomb exploded.', 'nineteen ninety-six')).toBe('1996');
  });
});

describe('relative expressions at the precision the text gives', () => {
  it('earlier this year -> the year, with the modifier inside the extent', () => {
    expect(valueOf('Protests were suppressed earlier this year.', 'earlier this year')).toBe('2019');
  });
  it('last week -> the ISO week before publication', () => {
    expect(valueOf('He said last week that he would run.', 'last week')).toBe('2019-W23');
  });
  it('yesterday, today, a year ago, two months ago', () => {
    expect(valueOf('Shares fell yesterday.', 'yesterday')).toBe('2019-06-11');
    expect(valueOf('Profit rose from a year ago.', 'a year ago')).toBe('2018');
    expect(valueOf('He left two months ago.', 'two months ago')).toBe('2019-04');
  });
  it('now and currently -> PRESENT_REF; recently -> PAST_REF; "as soon as" is no future', () => {
    expect(valueOf('He is now in Moscow.', 'now')).toBe('PRESENT_REF');
    expect(valueOf('She currently leads.', 'currently')).toBe('PRESENT_REF');
    expect(valueOf('It recently changed.', 'recently')).toBe('PAST_REF');
    expect(dates('They left as soon as they could.')).toEqual([]);
  });
  it('"the following year" counts from the last year the story named', () => {
    expect(valueOf('He was promoted in 1995, and the following year he retired.', 'the following year')).toBe('1996');
  });
  it('the weekend before publication', () => {
    expect(valueOf('Rallies took place over the weekend.', 'the weekend')).toBe('2019-W23-WE');
  });
});

describe('quarters and halves', () => {
  it("2012's fourth quarter, Q3 2019, the first half of 2018", () => {
    expect(valueOf("Sales in 2012's fourth quarter fell.", "2012's fourth quarter")).toBe('2012-Q4');
    expect(valueOf('Revenue in Q3 2019 rose.', 'Q3 2019')).toBe('2019-Q3');
    expect(valueOf('Output in the first half of 2018 grew.', 'the first half of 2018')).toBe('2018-H1');
  });
  it('a quarter that has not begun yet is last year\'s in a report', () => {
    expect(valueOf('Profit in the fourth quarter rose.', 'the fourth quarter', '2019-02-10')).toBe('2018-Q4');
  });
  it('"a year earlier" beside a quarter means that quarter a year before', () => {
    expect(valueOf('Profit in the third quarter rose to $5 million from $3 million a year earlier.', 'a year earlier', '2019-10-30')).toBe('2018-Q3');
  });
  it('"the first half" of a match is no date', () => {
    expect(dates('He scored in the first half.')).toEqual([]);
  });
  it("a game's quarter is no quarter of the year, a company's is", () => {
    expect(dates('Charles fumbled in the red zone later in the second quarter, and the Colts kicked a field goal.')).toEqual([]);
    expect(valueOf('Profit rose 5% in the second quarter.', 'the second quarter')).toBe('2019-Q2');
  });
  it('"in the days and weeks after" and "a brighter tomorrow" are no dates; an extent never starts at a comma', () => {
    expect(dates('In the days and weeks after the vote, prices fell. He hopes for a brighter tomorrow.')).toEqual([]);
    expect(dates('The suit was filed in Washington, D.C., on Monday.').map((d) => d.text)).toEqual(['Monday']);
  });
  it('"USA Today", "World News Tonight" and "a second half" are no dates; "Today," opening a sentence is', () => {
    expect(dates('He told USA Today he had won. He was on World News Tonight. Any chance for a second half was gone.')).toEqual([]);
    expect(dates('``Today is a sad day,\'\' he said.').map((d) => d.value)).toEqual(['2019-06-12']);
  });
  it('"the last minute" is no time', () => {
    expect(dates('Trump decided at the last minute to drop out.')).toEqual([]);
  });
});

describe('durations and sets', () => {
  it('three decades -> P30Y, a five-year term -> P5Y, 2 1/2 years -> P2Y6M', () => {
    const found = dates('Nazarbayev ruled for almost three decades. He began a five-year term. They waited 2 1/2 years.');
    expect(found.map((d) => [d.text, d.value, d.type])).toEqual([
      ['almost three decades', 'P30Y', 'DURATION'],
      ['five-year', 'P5Y', 'DURATION'],
      ['2 1/2 years', 'P2Y6M', 'DURATION'],
    ]);
  });
  it('an age is no duration', () => {
    expect(dates('The 66-year-old diplomat spoke.')).toEqual([]);
  });
  it('"three days later" counts from the story, so it stays a duration', () => {
    expect(valueOf('Three days later, he resigned.', 'Three days')).toBe('P3D');
  });
  it('sets: every Monday, daily, $5 billion a year', () => {
    expect(valueOf('They meet every Monday.', 'every Monday')).toBe('XXXX-WXX-1');
    expect(valueOf('Flights leave daily.', 'daily')).toBe('P1D');
    expect(valueOf('It costs $5 billion a year.', 'a year')).toBe('P1Y');
    expect(dates('Its quarterly dividend rose.')).toEqual([]);
  });
});

describe('other forms', () => {
  it('movable and fixed holidays', () => {
    expect(valueOf('Stores were busy on Thanksgiving Day.', 'Thanksgiving Day', '2019-12-02')).toBe('2019-11-28');
    expect(valueOf('The pope spoke on Easter.', 'Easter', '2019-04-25')).toBe('2019-04-21');
    expect(valueOf('They met on Christmas Eve.', 'Christmas Eve', '2019-12-27')).toBe('2019-12-24');
  });
  it('a dash before a span of time is punctuation, not "ago": "Teixeira--eight years, $160 million" is a duration', () => {
    expect(valueOf('The offer to Teixeira--eight years, $160 million--was raised.', 'eight years')).toBe('P8Y');
  });
  it('a place or an event named after a holiday is no date: Easter Island, Christmas Island, the Easter Rising', () => {
    expect(dates('Societies on Easter Island and Christmas Island died out; the Easter Rising failed.').map((d) => d.text)).toEqual([]);
  });
  it('numeric dates are read day-first when the document shows it', () => {
    expect(valueOf('Filed 25/03/2019, amended 04/05/2019.', '04/05/2019')).toBe('2019-05-04');
    expect(valueOf('Filed 03/25/2019, amended 04/05/2019.', '04/05/2019')).toBe('2019-04-05');
  });
  it('a price is no clock time', () => {
    expect(dates('They paid $2 a share.').filter((d) => d.type === 'TIME')).toEqual([]);
  });
  it('"they will march" is no month, "Theresa May" no date', () => {
    expect(dates('They will march on the capital.')).toEqual([]);
    expect(dates('Prime Minister Theresa May spoke.')).toEqual([]);
  });
  it('extents are the text they cover and leave prepositions out', () => {
    const body = 'On Monday the number of protesters was smaller than on Sunday, and in March it grew.';
    for (const d of dates(body)) expect(body.slice(d.start, d.end)).toBe(d.text);
    expect(dates(body).map((d) => d.text)).toEqual(['Monday', 'Sunday', 'March']);
  });
});

describe('without a publication date', () => {
  it('relative dates get no value; absolute ones and durations keep theirs', () => {
    const found = dates('On Monday, in March and last week he spoke; on Aug. 7, 1998 and for three decades before.', null);
    const byText = Object.fromEntries(found.map((d) => [d.text, d.value]));
    expect(byText).toMatchObject({ Monday: null, March: null, 'last week': null, 'Aug. 7, 1998': '1998-08-07', 'three decades': 'P30Y' });
  });
  it('a clock time does not make "today" a date: "1 p.m. today" has no day without one, and its day with one', () => {
    const body = 'The patch was set for 1 p.m. today, and a webcast for 11 a.m. tomorrow.';
    expect(valueOf(body, '1 p.m. today', null)).toBeNull();
    expect(valueOf(body, '11 a.m. tomorrow', null)).toBeNull();
    expect(valueOf(body, '1 p.m. today', '2008-12-16')).toBe('2008-12-16T13:00');
    expect(valueOf(body, '11 a.m. tomorrow', '2008-12-16')).toBe('2008-12-17T11:00');
  });
  it('nor does a count or a weekday: "10 minutes earlier", "6:41 last night" and "one day after Wednesday" get no value without one', () => {
    const body = 'She died at 6:41 last night. The nurse had left 10 minutes earlier. One day after Wednesday, the family spoke.';
    for (const text of ['6:41 last night', '10 minutes earlier', 'One day after Wednesday']) expect(valueOf(body, text, null), text).toBeNull();
    expect(valueOf(body, '6:41 last night', '2010-03-03')).toBe('2010-03-02T06:41');
    // A day the text gives in full keeps its value, whatever casual words come with it.
    expect(valueOf('The outage began at 09:30 this morning (Tuesday 16 August 2011).', '09:30 this morning (Tuesday 16 August 2011', null)).toBe('2011-08-16T09:30');
  });
  it('a month and day keep what they say as XXXX-MM-DD, a month as XXXX-MM; nothing else does, and nothing once the report is dated', () => {
    const body = 'Voting began on Dec. 14 and ended on Monday; results come in March, as on Feb. 29 and Aug. 7, 1998.';
    const byText = Object.fromEntries(dates(body, null).map((d) => [d.text, d.unanchored]));
    expect(byText).toEqual({ 'Dec. 14': 'XXXX-12-14', Monday: undefined, March: 'XXXX-03', 'Feb. 29': 'XXXX-02-29', 'Aug. 7, 1998': undefined });
    expect(dates(body).every((d) => d.unanchored === undefined)).toBe(true);
  });
});

describe('calendar years, halves and vague counts', () => {
  it('"last year" is the calendar year even while a quarter is discussed; "a year earlier" is that quarter', () => {
    const body = 'Profit rose 5% in the second quarter. Sales fell last year, and costs were higher than a year earlier.';
    expect(valueOf(body, 'last year')).toBe('2018');
    expect(valueOf(body, 'a year earlier')).toBe('2018-Q2');
  });
  it('"the past year" and "the last decade" are the previous year and decade; "the next month" a stretch', () => {
    expect(valueOf('Prices doubled over the past year.', 'the past year')).toBe('2018');
    expect(valueOf('Growth was slow in the last decade.', 'the last decade')).toBe('200');
    expect(valueOf('Talks resume over the next month.', 'the next month')).toBe('P1M');
  });
  it('"the last half of 1989" is its second half', () => {
    expect(valueOf('Sales slowed in the last half of 1989.', 'the last half of 1989')).toBe('1989-H2');
  });
  it('"the next couple of years" and "a year and a half" are durations of their count', () => {
    expect(valueOf('Rates will rise over the next couple of years.', 'the next couple of years')).toBe('P2Y');
    expect(valueOf('The trial lasted a year and a half.', 'a year and a half')).toBe('P1Y6M');
  });
});

describe('numbers that are no dates', () => {
  it('a distance or an age is not read as a time or a day', () => {
    const found = dates('The climbers were within 80m of their destination. He is survived by two sons, ages 6 and 16. The rescue began at 3:10 p.m.');
    expect(found.map((d) => d.text)).not.toContain('80m');
    expect(found.map((d) => d.text)).not.toContain('16');
    expect(found.find((d) => d.text.includes('3:10'))?.type).toBe('TIME');
  });
  it("a game's clock is no time of day, a house number no year", () => {
    const found = dates('He sank a free throw with 4:43 left in the first half, and another with 7:02 remaining. The game began at 7:30 p.m.');
    expect(found.map((d) => d.text)).toEqual(['7:30 p.m.']);
    expect(dates('He was arrested at 2088 Philip Street, not far from 1800 Pitkin Ave.')).toEqual([]);
    expect(dates('He moved to Philip Street in 1988.').map((d) => d.value)).toEqual(['1988']);
  });
  it('a number after a comma starts a new phrase: no hour, no year', () => {
    const found = dates('By Monday evening, 23 container ships were waiting. He led in December, 64 percent to 56 percent.', '2016-02-18');
    expect(found.map((d) => [d.text, d.value])).toEqual([
      ['Monday evening', '2016-02-15TEV'],
      ['December', '2015-12'],
    ]);
    expect(dates('On Monday, 23 March, it rained.', '2016-06-01').map((d) => d.text)).toEqual(['Monday, 23 March']);
    // But a clock's hour is kept: "05" of "05.51AM" is no count.
    expect(dates('TNN Nov 12, 2011, 05.51AM IST MUMBAI: A warship intercepted three boats.', null).map((d) => d.text)[0]).toMatch(/^Nov 12, 2011, 05/);
  });
  it('minutes and seconds with a fraction are a race time, no time of day', () => {
    expect(dates('Kipyegon won the 1,500m in 3:58.22 on Sunday, and Chebet ran 26:31.40.', '2025-06-09').map((d) => [d.text, d.value])).toEqual([['Sunday', '2025-06-08']]);
  });
  it('a number inside a handle or a hashtag is no year', () => {
    expect(dates('Thanks, @givens1613 and #Trump2016!')).toEqual([]);
  });
});

describe('planned and set', () => {
  // 2019-06-12 publication: a bare month and day goes back to the last one unless the clause looks ahead.
  it('"effective" puts a day ahead; "set" is planned after "is" / "are", and no sign of the future alone', () => {
    expect(valueOf('The company named a new chairman, effective Feb. 1.', 'Feb. 1')).toBe('2020-02-01');
    expect(valueOf('Talks set for Aug. 6 were called off after the record high set on March 3.', 'March 3')).toBe('2019-03-03');
    expect(valueOf('The vote is set for Aug. 6.', 'Aug. 6')).toBe('2019-08-06');
  });
});

// 2024-05-15 is a Wednesday.
describe('future markers of news English put a weekday ahead', () => {
  const v = (body: string, text: string) => valueOf(body, text, '2024-05-15');
  it('"due to", "forecast to", "plans to", "set to": the verb or adjective that governs "to"', () => {
    expect(v('The minister is due to visit Paris on Saturday.', 'Saturday')).toBe('2024-05-18');
    expect(v('Temperatures are forecast to stay high until Saturday.', 'Saturday')).toBe('2024-05-18');
    expect(v('Biden plans to speak on Saturday.', 'Saturday')).toBe('2024-05-18');
    expect(v('The company is set to report results on Thursday.', 'Thursday')).toBe('2024-05-16');
    expect(v('The two leaders are likely to meet on Friday.', 'Friday')).toBe('2024-05-17');
  });
  it('a modal is future, unless it is followed by "have"', () => {
    expect(v('Rain could fall through Saturday.', 'Saturday')).toBe('2024-05-18');
    expect(v('The bill may reach the Senate floor on Monday.', 'Monday')).toBe('2024-05-20');
    expect(v('The result might be known on Friday.', 'Friday')).toBe('2024-05-17');
    expect(v('The fire could have started on Monday.', 'Monday')).toBe('2024-05-13');
    expect(v('He would have turned 80 on Monday.', 'Monday')).toBe('2024-05-13');
  });
  it('a fixture or schedule in the present simple: "play on Saturday", "meet on Friday", "runs until Sunday"', () => {
    expect(v('Chelsea play Arsenal on Saturday.', 'Saturday')).toBe('2024-05-18');
    expect(v('The two sides meet again on Friday.', 'Friday')).toBe('2024-05-17');
    expect(v('The exhibition runs until Sunday.', 'Sunday')).toBe('2024-05-19');
    expect(v('Chelsea beat Arsenal on Saturday.', 'Saturday')).toBe('2024-05-11');
    expect(valueOf("Slot's side, who play Real Madrid in the Champions League on Wednesday, have now scored 29 goals.", 'Wednesday', '2024-12-01')).toBe('2024-12-04');
  });
  it('but not a modal of another clause, a negated "could", nor "could be seen"', () => {
    expect(valueOf('Clinton glossed over warnings from Moscow on Thursday that air strikes could do damage.', 'Thursday', '1998-02-13')).toBe('1998-02-12');
    expect(valueOf('Neither he nor his grandparents could be located Wednesday in their hometown.', 'Wednesday', '2000-01-06')).toBe('2000-01-05');
    expect(valueOf('On Tuesday, police investigators could be seen inspecting the house.', 'Tuesday', '2024-05-15')).toBe('2024-05-14');
    expect(valueOf('He should also get a boost from the win Tuesday, Sanders said.', 'Tuesday', '2016-02-10')).toBe('2016-02-09');
    expect(valueOf("Monday's debate might not move mountains.", 'Monday', '2016-09-29')).toBe('2016-09-26');
    expect(valueOf("The beginning of Saturday night's debate could not have been more awkward.", 'The beginning of Saturday night', '2016-02-07')).toBe('2016-02-06TNI');
    expect(valueOf('It had been due to expire Friday evening.', 'Friday evening', '1989-10-30')).toBe('1989-10-27TEV');
    expect(valueOf('No one was hurt, due to low light levels on Saturday.', 'Saturday', '2024-05-15')).toBe('2024-05-11');
  });
  it('nor a headline present, a participle or a noun after an owner', () => {
    expect(valueOf("Polls failed to predict Ted Cruz's Iowa win on Tuesday night.", 'Tuesday night', '2016-02-03')).toBe('2016-02-02TNI');
    expect(valueOf('A poll of 1,000 likely voters taken Wednesday through Sunday.', 'Sunday', '2015-12-08')).toBe('2015-12-06');
    expect(valueOf('The Tar Heels remain unbeaten with a 91-73 victory over Evansville on Thursday night.', 'Thursday night', '2024-05-15')).toBe('2024-05-09TNI');
  });
  it('a weekday in a noun phrase after a comma does not take the future of the main verb', () => {
    expect(valueOf("Halcyon will pay $87 per share, a premium of 42% to Brightwater's closing price on Friday.", 'Friday', '2024-03-04')).toBe('2024-03-01');
  });
  it('"due to" also puts a part of the year ahead', () => {
    expect(valueOf('A late-stage study is due to report results in the third quarter.', 'the third quarter', '2024-03-04')).toBe('2024-Q3');
  });
});

describe('a participle or an infinitive has the tense of the verb it depends on', () => {
  // 2025-02-03 is a Monday.
  it('an "-ing" form takes a future or a past from its verb', () => {
    expect(valueOf('The agency would support a vaccination campaign starting on the 10th.', 'the 10th', '2025-02-03')).toBe('2025-02-10');
    expect(valueOf('Dockers will walk out for a week, starting on Thursday.', 'Thursday', '2025-02-03')).toBe('2025-02-06');
    expect(valueOf('She died after suffering a heart attack on December 2.', 'December 2', '2025-06-14')).toBe('2024-12-02');
    // Not from a verb in the present, nor as an adjective before a noun.
    expect(valueOf('The war continues, with rebels making gains on Saturday.', 'Saturday', '2025-02-03')).toBe('2025-02-01');
    expect(valueOf('Lenders have extended $90 million in revolving loans through January.', 'January', '1989-10-30')).toBe('1990-01');
  });
  it('an infinitive takes only a future: it is ahead of its verb', () => {
    expect(valueOf('He will be able to reach an agreement by Saturday.', 'Saturday', '2025-02-03')).toBe('2025-02-08');
    expect(valueOf('He vowed to remain in the race until the convention in July.', 'July', '2016-04-28')).toBe('2016-07');
    expect(valueOf('They would look for ways to get around Wednesday’s ruling.', 'around Wednesday', '2025-02-03')).toBe('2025-01-29');
  });
  it('a "to"-infinitive after the date says what for; the verb before it says when', () => {
    expect(valueOf('The team would need to bowl India out for under 250 on Monday to have a chance.', 'Monday', '2025-12-07')).toBe('2025-12-08');
    expect(valueOf('Leaders met on Monday to discuss the budget.', 'Monday', '2025-12-07')).toBe('2025-12-01');
    expect(valueOf('He is the Republican with the best chance to have a realistic chance of winning in November.', 'November', '2016-07-18')).toBe('2016-11');
  });
});

describe('a happening named by its date', () => {
  it('"the election of December 11th" is not scheduled by a clause in the present', () => {
    expect(valueOf('The breakdown comes 112 days after the general election of December 11th.', 'December 11th', '2025-04-03')).toBe('2024-12-11');
    expect(valueOf('The vote comes on December 11th.', 'December 11th', '2025-04-03')).toBe('2025-12-11');
  });
});

describe('ranges and lists of dates', () => {
  it('the end of a range is not before its start', () => {
    const found = dates('The strike will last from Monday to Wednesday.', '2024-05-15').map((d) => [d.text, d.value]);
    expect(found).toEqual([['Monday', '2024-05-20'], ['Wednesday', '2024-05-22']]);
    const past = dates('The festival ran from Friday to Monday.', '2024-05-15').map((d) => [d.text, d.value]);
    expect(past).toEqual([['Friday', '2024-05-10'], ['Monday', '2024-05-13']]);
    // A span over by publication whose end would otherwise fall after it: the start goes back a week.
    const over = dates('The fair ran from Tuesday to Friday.', '2024-05-15').map((d) => [d.text, d.value]);
    expect(over).toEqual([['Tuesday', '2024-05-07'], ['Friday', '2024-05-10']]);
    expect(valueOf('Talks will be held between Monday and Wednesday.', 'Wednesday', '2024-05-15')).toBe('2024-05-22');
  });
  it('a bare day before "and" and a day-month takes its month: "12 and 13 October"', () => {
    const found = dates('Voting took place on 12 and 13 October.', '2024-05-15').map((d) => [d.text, d.value]);
    expect(found).toEqual([['12', '2023-10-12'], ['13 October', '2023-10-13']]);
    const three = dates('Talks were held on 3, 4 and 5 March.', '2024-05-15').map((d) => [d.text, d.value]);
    expect(three).toEqual([['3', '2024-03-03'], ['4', '2024-03-04'], ['5 March', '2024-03-05']]);
    const full = dates('The meetings are on 3, 4 and 5 June 2025.', '2024-05-15').map((d) => [d.text, d.value]);
    expect(full).toEqual([['3', '2025-06-03'], ['4', '2025-06-04'], ['5 June 2025', '2025-06-05']]);
  });
  it('a bare day after a month-day and "and" takes its month: "June 21, June 23 and 25"', () => {
    const found = dates('Strikes will take place on June 21, June 23 and 25.', '2024-05-15').map((d) => [d.text, d.value]);
    expect(found).toEqual([['June 21', '2024-06-21'], ['June 23', '2024-06-23'], ['25', '2024-06-25']]);
    expect(valueOf('It happened between June 3 and 5.', '5', '2024-07-15')).toBe('2024-06-05');
  });
  it('but not a count: "June 3 and 25 people", "on 12 and 13 October 2023"', () => {
    expect(dates('Police said 5 died on June 3 and 25 people were hurt.', '2024-07-15').map((d) => d.text)).toEqual(['June 3']);
  });
});

describe('British clock times', () => {
  it('"4.15pm" keeps the day it is given with, where the sentence splitter cut the time in two', () => {
    expect(valueOf('The man was attacked at about 4.15pm last Thursday.', 'about 4.15pm last Thursday', '2025-10-06')).toBe('2025-10-02T16:15');
    expect(valueOf('The man was attacked at 4.15pm on Thursday in Bolton.', '4.15pm on Thursday', '2025-10-06')).toBe('2025-10-02T16:15');
  });
});

describe('smaller date issues', () => {
  it('a clock time takes the day of the story, not the day a source spoke', () => {
    const body =
      'A powerful earthquake struck western Nepal late Friday, killing at least 312 people, officials said Saturday. The quake was centered south of Jumla, the U.S. Geological Survey said. It struck at a depth of 10 kilometers at 11:47 p.m.';
    expect(valueOf(body, '11:47 p.m.', '2023-11-04')).toBe('2023-11-03T23:47');
  });
  it('"on the 5th" is a day of the month being told; "the 5th floor" is not', () => {
    expect(valueOf('He was charged on the 5th.', 'the 5th', '2024-05-15')).toBe('2024-05-05');
    expect(valueOf('Trading was halted on the 20th.', 'the 20th', '2024-05-15')).toBe('2024-04-20');
    expect(valueOf('She will be sentenced on the 28th.', 'the 28th', '2024-05-15')).toBe('2024-05-28');
    expect(dates('The office on the 5th floor closed.', '2024-05-15')).toEqual([]);
  });
  it('a count of things "a day" is a rate, as "per day" is', () => {
    expect(dates('Participants walked 9,800 steps a day.', '2023-10-02').map((d) => [d.text, d.value, d.type])).toEqual([['a day', 'P1D', 'SET']]);
    expect(dates('They ate two meals a day.', '2023-10-02').map((d) => [d.text, d.value, d.type])).toEqual([['a day', 'P1D', 'SET']]);
  });
});
