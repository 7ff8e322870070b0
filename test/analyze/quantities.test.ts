import { describe, expect, it } from 'vitest';
import type { Entity, EntityType, Quantity } from '../../src/types.js';
import type { AnalysisDoc } from '../../src/analyze/doc.js';
import { tokenize } from '../../src/analyze/tokens.js';
import { findDates } from '../../src/analyze/dates/index.js';
import { findQuantities } from '../../src/analyze/quantities/index.js';
import { parseNumber, parseVagueNumber } from '../../src/analyze/quantities/numbers.js';
import { nounAttribute, participle, verbAttribute } from '../../src/analyze/quantities/vocabulary.js';
import { analyzeDoc } from '../../src/analyze/index.js';

/** An entity built by hand: every occurrence of each surface form is a mention. */
function entity(body: string, name: string, type: EntityType, surfaces: string[]): Entity {
  const mentions = surfaces.flatMap((surface) =>
    [...body.matchAll(new RegExp(`\\b${surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g'))].map((m) => ({
      start: m.index ?? 0,
      end: (m.index ?? 0) + surface.length,
      text: surface,
    })),
  );
  // A longer surface form wins over a shorter one inside it.
  const kept = mentions.filter((m) => !mentions.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start));
  return { name, type, aliases: surfaces.filter((s) => s !== name), mentions: kept.sort((a, b) => a.start - b.start) };
}

function quantities(body: string, entities: (body: string) => Entity[] = () => []): Quantity[] {
  const doc: AnalysisDoc = { title: null, body, published: '2019-06-10', sentences: [], entities: [], quotes: [], quantities: [], dates: [] };
  tokenize(doc);
  doc.entities = entities(body);
  findDates(doc);
  findQuantities(doc);
  return doc.quantities;
}

/** People the report names only in full, each written as named: the entities of `quantities`. */
const persons = (...names: string[]) => (body: string) => names.map((name) => entity(body, name, 'person', [name]));
const pick = (q: Quantity) => ({ value: q.value, kind: q.kind, unit: q.unit, subject: q.subject, attribute: q.attribute, approximate: q.approximate });

const tokayev = (body: string) => [
  entity(body, 'Kassym-Jomart Tokayev', 'person', ['Kassym-Jomart Tokayev', 'Tokayev']),
  entity(body, 'Nursultan Nazarbayev', 'person', ['Nursultan Nazarbayev', 'Nazarbayev']),
  entity(body, 'Kazakhstan', 'place', ['Kazakhstan']),
];

describe('numbers', () => {
  it('digits, words and scales', () => {
    expect(parseNumber('1,200')).toBe(1200);
    expect(parseNumber('2.5 million')).toBe(2_500_000);
    expect(parseNumber('twenty-four')).toBe(24);
    expect(parseNumber('one hundred and five')).toBe(105);
    expect(parseNumber('a dozen')).toBe(12);
  });
  it('vague amounts take the lower reading', () => {
    expect(parseVagueNumber('a few dozen')).toBe(36);
    expect(parseVagueNumber('hundreds')).toBe(200);
    expect(parseVagueNumber('tens of thousands')).toBe(20_000);
  });
});

describe('attribute vocabulary', () => {
  it('rivals, opponents and challengers are one attribute', () => {
    expect(['rival', 'rivals', 'opponents', 'challenger'].map(nounAttribute)).toEqual(['rivals', 'rivals', 'rivals', 'rivals']);
  });
  it('verbs meet in their past participle and synonyms', () => {
    expect(['arrest', 'arrests', 'detained', 'detaining', 'killed'].map(verbAttribute)).toEqual(['arrested', 'arrested', 'arrested', 'arrested', 'dead']);
    expect(['died', 'drowned', 'perished'].map(verbAttribute)).toEqual(['dead', 'dead', 'dead']);
    expect(['lead', 'leading', 'won', 'injuring', 'carried'].map(participle)).toEqual(['led', 'led', 'won', 'injured', 'carried']);
    // An irregular verb that drops its e before -ing: "making off with" is not "maked".
    expect(['making', 'taking', 'writing', 'stealing', 'steals', 'using', 'voting', 'visiting'].map(participle)).toEqual(['made', 'taken', 'written', 'stolen', 'stolen', 'used', 'voted', 'visited']);
    // Past and participle of an irregular verb are one attribute; short verbs double their last letter.
    expect(['took', 'gave', 'had', 'does', 'costs', 'sitting', 'thinking'].map(participle)).toEqual(['taken', 'given', 'had', 'done', 'cost', 'sat', 'thought']);
    expect(['stops', 'stopping', 'adding', 'nab', 'hoping', 'opening', 'fix'].map(participle)).toEqual(['stopped', 'stopped', 'added', 'nabbed', 'hoped', 'opened', 'fixed']);
  });
});

describe('kinds and values', () => {
  it('percent, approximate by its modifier', () => {
    const [q] = quantities('Turnout reached nearly 71 percent.');
    expect(pick(q)).toMatchObject({ value: 71, kind: 'percent', unit: 'percent', approximate: true });
    expect(q.text).toBe('nearly 71 percent');
  });
  it('money in symbols and words, with scales', () => {
    expect(quantities('It costs $2.').map(pick)).toMatchObject([{ value: 2, kind: 'money', unit: 'USD' }]);
    expect(quantities('They paid €3.5 billion.').map(pick)).toMatchObject([{ value: 3.5e9, kind: 'money', unit: 'EUR' }]);
    expect(quantities('A fine of 40,000 tenge was set.').map(pick)).toMatchObject([{ value: 40000, kind: 'money', unit: 'KZT' }]);
  });
  it('an amount or a percentage is of the noun its clause is about', () => {
    // A company's results by one name each: net income is its profit.
    expect(quantities('Net income fell to $4.5 million, or 51 cents a share.').map(pick)).toMatchObject([
      { value: 4.5e6, kind: 'money', attribute: 'profit' },
      { value: 51, kind: 'money', unit: 'cents' },
    ]);
    expect(quantities('Turnout was 77.4 percent, officials said.').map(pick)).toMatchObject([{ value: 77.4, kind: 'percent', attribute: 'turnout', subject: null }]);
  });
  it("a company's results by one name each, the report's company's when the clause names no one; a product's are not the company's", () => {
    const body =
      'Apple Inc on Thursday reported fiscal third-quarter revenue of $81.8 billion, Apple said.\n\nNet income rose to $19.9 billion. iPhone sales fell to $39.7 billion, and Mac sales jumped 24% to $7.2 billion.';
    const results = analyzeDoc({ title: null, body, published: null }).quantities.filter((q) => q.kind === 'money');
    expect(results.map((q) => [q.value, q.subject, q.attribute])).toEqual([
      [81.8e9, 'Apple Inc', 'revenue'],
      [19.9e9, 'Apple Inc', 'profit'],
      [39.7e9, 'iPhone', 'sales'],
      [7.2e9, 'Mac', 'sales'],
    ]);
  });
  it("an agency's figures are no company's results: 'Losses reached $2 billion after the hurricane, FEMA said'", () => {
    const body = 'Losses reached $2 billion after the hurricane, FEMA said. FEMA officials visited. FEMA will pay.';
    expect(analyzeDoc({ title: null, body, published: null }).quantities.map((q) => [q.value, q.subject, q.attribute])).toEqual([[2e9, null, 'losses']]);
    // A report calling it "the supermarket" speaks of a company.
    const tesco = 'Tesco reported a pre-tax profit of £2.3bn for the year, the supermarket said on Wednesday. Sales rose to £68.2bn.';
    expect(analyzeDoc({ title: null, body: tesco, published: null }).quantities.map((q) => [q.value, q.subject, q.attribute])).toEqual([
      [2.3e9, 'Tesco', 'pre-tax profit'],
      [68.2e9, 'Tesco', 'sales'],
    ]);
    // An agency's report that speaks of no company: its figures of results are no one's.
    const agency = 'Profit rose to $2 billion after the hurricane, FEMA said. FEMA officials visited. FEMA will pay.';
    expect(analyzeDoc({ title: null, body: agency, published: null }).quantities.map((q) => [q.value, q.subject, q.attribute])).toEqual([[2e9, null, 'profit']]);
  });
  it('durations in years: three decades is 30 years', () => {
    expect(quantities('He ruled for almost three decades.').map(pick)).toMatchObject([{ value: 30, kind: 'duration', unit: 'years', approximate: true }]);
  });
  it('measures', () => {
    expect(quantities('The convoy drove 120 km to the border.').map(pick)).toMatchObject([{ value: 120, kind: 'measure', unit: 'km' }]);
  });
  it('numbers inside dates are left to the dates', () => {
    expect(quantities('On March 3, 2019, in the 1990s and in 2018 nothing was counted.')).toEqual([]);
  });
  it('"one of" and a bare spelled number are not quantities; a bare figure is "other"', () => {
    expect(quantities('Russia, one of its closest allies, agreed.')).toEqual([]);
    expect(quantities('The index fell 6.43 points to 437.68.').map((q) => q.kind)).toEqual(['count', 'other']);
  });
  it('the second number of a range is approximate, the first is dropped', () => {
    expect(quantities('It will take 12-18 months.').map(pick)).toMatchObject([{ value: 18, kind: 'duration', approximate: true }]);
  });
  it('a number that names or is slashed counts nothing: "No. 4 train", "the number 2 man", "9/11"', () => {
    expect(quantities('He rode the No. 4 train. Felt, the number 2 man at the FBI, died. The 9/11 attacks changed it.')).toEqual([]);
    expect(quantities('He rode 4 trains.').map(pick)).toMatchObject([{ value: 4, kind: 'count', unit: 'trains' }]);
  });
  it('ordinals before a noun', () => {
    expect(quantities('He won a third term.').map(pick)).toMatchObject([{ value: 3, kind: 'ordinal', attribute: 'term' }]);
  });
});

describe('subjects and attributes', () => {
  it('vote share of the clause subject, past a parenthetical apposition', () => {
    const body =
      "Kazakhstan's interim president Kassym-Jomart Tokayev, the chosen successor of veteran ruler Nursultan Nazarbayev who retains sweeping powers, has won a snap presidential election with nearly 71 percent of the vote.";
    expect(quantities(body, tokayev).map(pick)).toMatchObject([
      { value: 71, kind: 'percent', subject: 'Kassym-Jomart Tokayev', attribute: 'vote share', approximate: true },
    ]);
  });
  it('vote shares past a clause between commas, and "for" a candidate named after a title or a party', () => {
    const body = 'Recep Tayyip Erdoğan won a runoff election on Sunday, extending his rule into a third decade, with 52.1% of the vote against 47.9% for opposition challenger Kemal Kılıçdaroğlu.';
    expect(quantities(body, persons('Recep Tayyip Erdoğan', 'Kemal Kılıçdaroğlu')).filter((q) => q.kind === 'percent').map(pick)).toMatchObject([
      { value: 52.1, subject: 'Recep Tayyip Erdoğan', attribute: 'vote share' },
      { value: 47.9, subject: 'Kemal Kılıçdaroğlu', attribute: 'vote share' },
    ]);
    const romney = 'Obama won Latino voters by 71 percent to 27 percent for GOP nominee Mitt Romney.';
    const named = (b: string) => [entity(b, 'GOP', 'organization', ['GOP']), entity(b, 'Mitt Romney', 'person', ['Mitt Romney'])];
    expect(quantities(romney, named).map(pick)[1]).toMatchObject({ value: 27, subject: 'Mitt Romney', attribute: 'vote share' });
    const canova = "Wasserman Schultz took 57 percent of the vote to law professor Tim Canova's 43 percent.";
    const rivals = (b: string) => [entity(b, 'Debbie Wasserman Schultz', 'person', ['Wasserman Schultz']), entity(b, 'Tim Canova', 'person', ['Tim Canova'])];
    expect(quantities(canova, rivals).map(pick)).toMatchObject([
      { value: 57, subject: 'Debbie Wasserman Schultz', attribute: 'vote share' },
      { value: 43, subject: 'Tim Canova', attribute: 'vote share' },
    ]);
    const took = 'Erdogan was re-elected with 52.2 percent of the vote, beating Kemal Kilicdaroglu, who took 47.8 percent.';
    expect(quantities(took, persons('Erdogan', 'Kemal Kilicdaroglu')).map(pick)[1]).toMatchObject({ value: 47.8, subject: 'Kemal Kilicdaroglu', attribute: 'vote share' });
    // "X with N% of the vote" after another subject, and "for" past a title in capitals ("for Economy Minister Sergio Massa").
    const milei = 'Preliminary results showed Javier Milei with 55.7% of the vote, against 44.3% for Economy Minister Sergio Massa.';
    expect(quantities(milei, persons('Javier Milei', 'Sergio Massa')).map(pick)).toMatchObject([
      { value: 55.7, subject: 'Javier Milei', attribute: 'vote share' },
      { value: 44.3, subject: 'Sergio Massa', attribute: 'vote share' },
    ]);
    // A margin of error, and a share outside any vote, are no candidate's.
    const margin = 'The margin of error is plus or minus 5.5 percentage points for Democratic voters.';
    expect(quantities(margin, (b) => [entity(b, 'Democratic', 'other', ['Democratic'])]).map(pick)[0]).not.toMatchObject({ attribute: 'vote share' });
    const sale = 'Shoppers got 10% off for Amazon members.';
    expect(quantities(sale, (b) => [entity(b, 'Amazon', 'organization', ['Amazon'])]).map(pick)[0]).not.toMatchObject({ subject: 'Amazon' });
  });
  it('a measure is of the noun before its "of": winds of 140 mph, a storm surge of up to 10 feet', () => {
    const body = 'The storm made landfall on Thursday with winds of 140 mph, and officials warned of a storm surge of up to 10 feet.';
    expect(quantities(body).map((q) => [q.value, q.attribute])).toEqual([
      [140, 'winds'],
      [10, 'storm surge'],
    ]);
  });
  it('a count that is the object of a verb: police arrested 500 people', () => {
    const [q] = quantities('During the vote, police arrested 500 people at rallies.');
    expect(pick(q)).toMatchObject({ value: 500, kind: 'count', unit: 'people', subject: 'people', attribute: 'arrested' });
    expect(q.text).toBe('500 people');
  });
  it('a count that is the subject of a passive verb', () => {
    expect(quantities('About 40 people were detained.').map(pick)).toMatchObject([{ value: 40, subject: 'people', attribute: 'arrested', approximate: true }]);
  });
  it('casualties: 238 dead, 12 people killed', () => {
    expect(quantities('The unrest left 238 dead.').map(pick)).toMatchObject([{ value: 238, subject: 'deaths', attribute: 'dead' }]);
    expect(quantities('Gunmen killed 12 people.').map(pick)).toMatchObject([{ value: 12, subject: 'deaths', attribute: 'dead' }]);
  });
  it('casualties counted by a bare number or a toll; "hurt" with an object is harm, not injury', () => {
    expect(quantities('The quake killed at least 40 people and injured 300. The death toll rose to 52 on Wednesday.').map(pick)).toMatchObject([
      { value: 40, subject: 'deaths', attribute: 'dead' },
      { value: 300, kind: 'count', subject: 'injuries', attribute: 'injured' },
      { value: 52, kind: 'count', subject: 'deaths', attribute: 'dead' },
    ]);
    expect(quantities('Warren said the decision would hurt 40 million renters.').map(pick)).toMatchObject([{ value: 40_000_000, subject: 'renters', attribute: 'hurt' }]);
    expect(quantities('Police said 40 people were hurt.').map(pick)).toMatchObject([{ value: 40, subject: 'injuries', attribute: 'injured' }]);
    expect(quantities('Phyllis Schlafly dies at 92.').map(pick)).toMatchObject([{ value: 92, kind: 'other', subject: null }]);
    expect(quantities('The death toll from the earthquake in eastern Turkey rose to 52 on Tuesday.').map(pick)).toMatchObject([{ value: 52, subject: 'deaths', attribute: 'dead' }]);
    expect(quantities('The death toll from the capsizing of a ferry off the Indonesian island of Sulawesi rose to 31 on Sunday night, officials said.').map(pick)).toMatchObject([{ value: 31, subject: 'deaths', attribute: 'dead' }]);
  });
  it('a number after "said" opens the clause said: its verb is the one after it', () => {
    expect(quantities('Officials said 95 buildings had collapsed.').map(pick)).toMatchObject([{ value: 95, subject: 'buildings', attribute: 'collapsed' }]);
  });
  it("an earthquake's magnitude is a measure of the quake, not a count of quakes", () => {
    const [q] = quantities('A magnitude 6.1 earthquake struck the region.');
    expect(pick(q)).toMatchObject({ value: 6.1, kind: 'measure', unit: 'magnitude', subject: 'earthquake', attribute: 'magnitude' });
  });
  it("possessive owners: Tokayev's six rivals, his five little-known opponents", () => {
    const body = "With Tokayev's six rivals unknown, opponents protested. Tokayev won easily. None of his five little-known opponents scored well.";
    expect(quantities(body, tokayev).map(pick)).toMatchObject([
      { value: 6, kind: 'count', unit: 'rivals', subject: 'Kassym-Jomart Tokayev', attribute: 'rivals' },
      { value: 5, kind: 'count', unit: 'opponents', subject: 'Kassym-Jomart Tokayev', attribute: 'rivals' },
    ]);
  });
  it('"She was 91." is the age of the person the sentence before is about', () => {
    const body = 'Esther Williams, the swimmer who starred in MGM musicals with Gene Kelly, has died. She was 91. Williams, who was 12 when she began to swim, won titles. Gene Kelly was 83.';
    const people = (b: string) => [
      entity(b, 'Esther Williams', 'person', ['Esther Williams', 'Williams']),
      entity(b, 'Gene Kelly', 'person', ['Gene Kelly']),
    ];
    expect(quantities(body, people).filter((q) => q.kind === 'age').map((q) => [q.value, q.subject])).toEqual([
      [91, 'Esther Williams'],
      [83, 'Gene Kelly'],
    ]);
    expect(quantities("Trump has 81 delegates to Rubio's 17.").filter((q) => q.kind === 'age')).toEqual([]);
  });
  it('a possessive written with a curly apostrophe has the same owner', () => {
    const body = 'Tokayev won easily. Tokayev’s six rivals were unknown. Tokayev’ five opponents protested.';
    expect(quantities(body, tokayev).map((q) => q.subject)).toEqual(['Kassym-Jomart Tokayev', 'Kassym-Jomart Tokayev']);
  });
  it('vague counts: hundreds of police, a few dozen people', () => {
    expect(quantities('Hundreds of police gathered in the park.').map(pick)).toMatchObject([
      { value: 200, kind: 'count', unit: 'police', subject: 'police', attribute: 'gathered', approximate: true },
    ]);
    expect(quantities('A correspondent saw police detain a few dozen people.').map(pick)).toMatchObject([
      { value: 36, unit: 'people', attribute: 'arrested', approximate: true },
    ]);
  });
  it('ages: "69-year-old Tokayev", "Nazarbayev, 78,", "Nazarbayev, aged 78"', () => {
    expect(quantities('69-year-old Tokayev was leading.', tokayev).map(pick)).toMatchObject([{ value: 69, kind: 'age', subject: 'Kassym-Jomart Tokayev', attribute: 'age' }]);
    expect(quantities('Nazarbayev, 78, remains chairman.', tokayev).map(pick)).toMatchObject([{ value: 78, kind: 'age', subject: 'Nursultan Nazarbayev' }]);
    expect(quantities('Nazarbayev, aged 78, remains chairman.', tokayev).map(pick)).toMatchObject([{ value: 78, kind: 'age', subject: 'Nursultan Nazarbayev' }]);
  });
  it('an age in a description points back to the person the clause is not about', () => {
    const body =
      'Kassym-Jomart Tokayev has won the election. Nazarbayev, who ruled Kazakhstan for almost three decades, handpicked the 66-year-old career diplomat as his successor.';
    const age = quantities(body, tokayev).find((q) => q.kind === 'age')!;
    expect(pick(age)).toMatchObject({ value: 66, subject: 'Kassym-Jomart Tokayev', attribute: 'age' });
  });
  it('an indefinite description brings in someone new: "a 61-year-old man", "a 36-year-old Australian climber"', () => {
    const body = 'Kassym-Jomart Tokayev spoke. A 61-year-old man was held. Later a 36-year-old Australian climber died.';
    expect(quantities(body, tokayev).map((q) => [q.value, q.subject])).toEqual([
      [61, 'man'],
      [36, 'climber'],
    ]);
  });
  it('the age of a thing is not a person\'s', () => {
    const body = 'Kassym-Jomart Tokayev spoke. The 12-year-old browser is still in use.';
    expect(quantities(body, tokayev).map(pick)).toMatchObject([{ value: 12, kind: 'age', subject: 'browser' }]);
  });
  it('a duration belongs to the subject of its clause, through a relative pronoun', () => {
    const body = 'Nazarbayev, who ruled Kazakhstan for almost three decades, stepped down.';
    expect(quantities(body, tokayev).map(pick)).toMatchObject([{ value: 30, kind: 'duration', subject: 'Nursultan Nazarbayev', attribute: 'ruled' }]);
  });
  it('without entities, proper-noun runs still name the owner', () => {
    const body = 'President Kassym-Jomart Tokayev spoke. Tokayev\'s six rivals were silent.';
    expect(quantities(body).map(pick)).toMatchObject([{ value: 6, subject: 'Kassym-Jomart Tokayev', attribute: 'rivals' }]);
  });
  it('every quantity is the text it covers', () => {
    const body = 'Some 1,200 soldiers and three tanks crossed 40 km in 2 1/2 hours, spending $4.5 million.';
    const found = quantities(body);
    expect(found.length).toBeGreaterThanOrEqual(4);
    for (const q of found) expect(body.slice(q.start, q.end)).toBe(q.text);
  });
});

describe('numbers that count nothing, and vague sums of money', () => {
  it('scores, records and spans of years are no quantities; a hyphenated range with a unit is', () => {
    const found = quantities('The Sixers are 9-14 after the inspired 2007-08 run, and won 3-1 on Sunday. The deal runs 12-18 months.');
    expect(found.map((q) => q.text)).toEqual(['18 months']);
    expect(found[0]).toMatchObject({ kind: 'duration', approximate: true });
  });
  it('"at one point" and a "zero-day" flaw count nothing; "zero days" is a duration', () => {
    const found = quantities('At one point 55 percent of traffic was out. Hackers sell zero-day flaws. Zero days of rain were recorded.');
    expect(found.map((q) => q.text)).toEqual(['55 percent', 'Zero days']);
  });
  it('the numbers of a clock count nothing: "with 7:54 to play", "14:05 left"', () => {
    const found = quantities('McDermott made it 54-46 with 7:54 to play, and the Blue Jays led with 14:05 left. At 10:30 a.m. 20 people left.');
    expect(found.map((q) => q.text)).toEqual(['20 people']);
  });
  it('a hyphenated modifier before more modifiers is no counted noun: "two low-profile former aides" counts no "profile"', () => {
    const found = quantities('The team is led by two low-profile former Republican National Committee data scientists. Five little-known opponents ran.');
    expect(found.map((q) => q.unit)).not.toContain('profile');
    expect(found.find((q) => q.text === 'Five little-known opponents')?.unit).toBe('opponents');
  });
  it('"millions of dollars" is money', () => {
    const [q] = quantities('The firm lost millions of dollars last year.');
    expect(q).toMatchObject({ kind: 'money', unit: 'USD', approximate: true, text: 'millions of dollars' });
  });
  it('a sum of money given as a range is one amount, its lower end scaled as the upper one', () => {
    const found = quantities('The Orioles offered $140-150 million. Analysts expect $3 to $4 billion in losses. The club paid €2m-€3m for him.');
    expect(found.map((q) => [q.text, q.value, q.unit, q.approximate])).toEqual([
      ['$140-150 million', 140e6, 'USD', true],
      ['$3 to $4 billion', 3e9, 'USD', true],
      ['€2m-€3m', 2e6, 'EUR', true],
    ]);
  });
});

describe('ages of people the report does not name', () => {
  const people = (body: string) => [
    entity(body, 'Zurana Horton', 'person', ['Zurana Horton', 'Horton']),
    entity(body, 'Shantel Davis', 'person', ['Shantel Davis']),
    entity(body, 'Robyn Mendes', 'person', ['Robyn Mendes', 'Mendes']),
  ];
  it('someone new brought in by an age is not the person named before; a name in apposition is', () => {
    const body =
      'Zurana Horton was shot on Friday. An 18-year-old male confessed. He was aiming for an 11-year-old girl. The 11-year-old girl survived. ' +
      'Police arrested a 19-year-old. Ms. Mendes’ 12-year-old daughter was at home. Last year an unarmed 23-year-old woman, Shantel Davis, was shot.';
    expect(quantities(body, people).filter((q) => q.kind === 'age').map((q) => [q.value, q.subject])).toEqual([
      [18, 'male'],
      [11, 'girl'],
      [11, 'girl'],
      [19, null],
      [12, 'daughter'],
      [23, 'Shantel Davis'],
    ]);
  });
  it('"his 25-year-old son" is the son\'s age, not his; "a 74-year-old democratic socialist" is the socialist\'s', () => {
    const body = 'Robyn Mendes lost her 25-year-old son last year. Then a 74-year-old democratic socialist from Vermont spoke.';
    expect(quantities(body, people).filter((q) => q.kind === 'age').map((q) => [q.value, q.subject])).toEqual([
      [25, 'son'],
      [74, 'socialist'],
    ]);
  });
});

describe('numbers that name, score or date a noun rather than count it', () => {
  const counts = (body: string, entities?: (body: string) => Entity[]) => quantities(body, entities).filter((q) => q.kind === 'count');
  it('a score or a tally counts nothing: "a 1-0 defeat", "a 2-1 win", "a 5-4 vote", "voted 5 to 4"', () => {
    const body =
      'Arsenal slumped to a 1-0 defeat at Everton. Liverpool secured a 2-1 home win over Chelsea. The court ruled in a 5-4 vote. ' +
      'The justices voted 5 to 4 to uphold the ban. The Senate voted 51–49. Clinton leads Sanders 1,428 to 1,153. It was their second 2-1 wins streak.';
    expect(quantities(body)).toEqual([]);
  });
  it('a range still counts its noun, and a change keeps its new value', () => {
    expect(quantities('They toured 10 to 15 counties.').map(pick)).toMatchObject([{ value: 15, kind: 'count', unit: 'counties', approximate: true }]);
    expect(quantities('The number of seats rose from 65 to 125.').map((q) => q.value)).toEqual([125]);
    expect(quantities('Seats were cut from 125 to 65 seats.').map((q) => q.value)).toEqual([65]);
  });
  it('a model or a label is no count: "ATR 72-500 turboprop", "Boeing 737-800 jet", "Fortune 500 companies", "Flight 370"', () => {
    const body =
      'The plane, an ATR 72-500 turboprop, crashed. The Boeing 737-800 jet carried 189 passengers. An Airbus A320 landed. ' +
      'Two F-16 fighter jets were scrambled. Fortune 500 companies paid less. Flight 370 vanished. Interstate 75 was closed. Windows 10 users must update.';
    expect(quantities(body).map((q) => [q.value, q.unit])).toEqual([
      [189, 'passengers'],
      [2, 'jets'],
    ]);
    // A label's number has no thousands separator.
    expect(quantities('Volume 170,330,000 shares.').map((q) => [q.value, q.unit])).toEqual([[170_330_000, 'shares']]);
  });
  it('a number before a singular noun is a modifier ("the 757 jet"); a plural noun before it is the head ("people cast")', () => {
    expect(quantities('He flew on his 757 jet to Ohio.')).toEqual([]);
    expect(counts('Only 367,491 people cast a ballot. Four congressmen and two grandchildren came. One jobs report was out.').map((q) => [q.value, q.unit])).toEqual([
      [367_491, 'people'],
      [4, 'congressmen'],
      [2, 'grandchildren'],
      [1, 'report'],
    ]);
    expect(counts('Ten people were killed and 2 hurt. It left nine dead last year. Each holder gets 0.82 share.').map((q) => [q.value, q.subject === 'deaths' || q.subject === 'injuries' ? q.attribute : q.unit])).toEqual([
      [10, 'dead'],
      [2, 'injured'],
      [9, 'dead'],
      [0.82, 'share'],
    ]);
  });
  it('a year before a noun dates it: "below 2019 levels", "the 2016 campaigns" are years, "some 2000 troops" a count', () => {
    const found = quantities('Emissions are still below 2019 levels. Republican 2016 hopefuls spoke. The 1988 quarter was weak.');
    expect(found.map((q) => [q.value, q.kind, q.text, q.approximate])).toEqual([
      [2019, 'year', '2019', false],
      [2016, 'year', '2016', false],
      [1988, 'year', '1988', false],
    ]);
    expect(counts('Some 2000 troops were deployed.').map(pick)).toMatchObject([{ value: 2000, unit: 'troops', approximate: true }]);
  });
  it('a noun glued by a hyphen to a modifier is part of it: "four battalion-sized units", "21,000 jobs world-wide"', () => {
    expect(counts('NATO sent four battalion-sized units. Upjohn has more than 21,000 jobs world-wide.').map((q) => [q.value, q.unit])).toEqual([
      [4, 'units'],
      [21_000, 'jobs'],
    ]);
  });
});

describe('vague numbers', () => {
  it('"millions of families" is the lower reading, flagged approximate as "a few dozen" is; "two dozen" is 24', () => {
    expect(quantities('The cuts will hurt millions of families, she said.').map((q) => [q.value, q.unit, q.approximate, q.text])).toEqual([
      [2_000_000, 'families', true, 'millions of families'],
    ]);
    expect(quantities('Police detained a few dozen protesters.').map((q) => [q.value, q.approximate])).toEqual([[36, true]]);
    expect(quantities('Governors in more than two dozen states balked.').map(pick)).toMatchObject([{ value: 24, unit: 'states', approximate: true }]);
  });
  it('"half a million" is 500,000 and "half a dozen" 6, the mention taking in "half"', () => {
    expect(quantities('Half a million people fled the fighting, the UN said.').map((q) => [q.value, q.unit, q.text])).toEqual([[500_000, 'people', 'Half a million people']]);
    expect(quantities('He called half a dozen directors.').map((q) => [q.value, q.text])).toEqual([[6, 'half a dozen directors']]);
  });
  it('a toll as the subject of a passive verb, the people unsaid: "500 were arrested", "more than 260 were injured"; never "no one was hurt"', () => {
    expect(quantities('Police said 500 were arrested on Sunday.').map(pick)).toMatchObject([{ value: 500, kind: 'count', subject: 'people', attribute: 'arrested' }]);
    expect(quantities('Three people were killed and more than 260 were injured.').map((q) => [q.value, q.subject, q.attribute])).toEqual([
      [3, 'deaths', 'dead'],
      [260, 'injuries', 'injured'],
    ]);
    expect(quantities('At least 20 have been killed, and dozens were injured.').map((q) => [q.value, q.attribute])).toEqual([
      [20, 'dead'],
      [24, 'injured'],
    ]);
    expect(quantities('No one was injured in the fire. Two were later released.')).toEqual([]);
  });
  it('"$140-million" is 140 million dollars', () => {
    expect(quantities('He signed a $140-million contract.').map((q) => [q.value, q.kind, q.unit, q.text])).toEqual([[140e6, 'money', 'USD', '$140-million']]);
  });
});

describe('ages and magnitudes in more shapes', () => {
  it('"Guardiola, 52, said": an age in apposition even when the recogniser takes the surname for a place', () => {
    const guardiola = (body: string) => [entity(body, 'Guardiola', 'place', ['Guardiola'])];
    expect(quantities('Guardiola, 52, said the title race was over.', guardiola).map(pick)).toMatchObject([{ value: 52, kind: 'age', subject: 'Guardiola' }]);
    // A real place in a list is no one's age.
    const places = (body: string) => [entity(body, 'Texas', 'place', ['Texas']), entity(body, 'Ohio', 'place', ['Ohio'])];
    expect(quantities('Seats went to Texas, 12, Ohio, 9, and others.', places).filter((q) => q.kind === 'age')).toEqual([]);
    expect(quantities('Nazarbayev, 78, remains chairman.', tokayev).map(pick)).toMatchObject([{ value: 78, kind: 'age', subject: 'Nursultan Nazarbayev' }]);
  });
  it('magnitudes: "at 6.0", "of 6.0", "6.0 on the Richter scale", "7.1-magnitude", "magnitude-5. 9"', () => {
    const body =
      'The USGS put the magnitude at 6.0. It was a quake with a magnitude of at least 6.1. The quake measured 5.8 on the Richter scale. ' +
      'A 7.1-magnitude quake hit. A magnitude-5. 9 temblor followed. A magnitude 6.1 earthquake struck.';
    expect(quantities(body).map((q) => [q.value, q.kind, q.unit, q.subject, q.approximate])).toEqual([
      [6, 'measure', 'magnitude', 'earthquake', false],
      [6.1, 'measure', 'magnitude', 'earthquake', true],
      [5.8, 'measure', 'magnitude', 'earthquake', false],
      [7.1, 'measure', 'magnitude', 'earthquake', false],
      [5.9, 'measure', 'magnitude', 'earthquake', false],
      [6.1, 'measure', 'magnitude', 'earthquake', false],
    ]);
    // "magnitude" with no number after it measures nothing.
    expect(quantities('A speech of this magnitude took 20 minutes.').map((q) => q.unit)).toEqual(['minutes']);
  });
});
