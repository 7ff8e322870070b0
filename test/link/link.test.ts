import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareFeatures } from '../../src/link/compare.js';
import { alignFacts, compatibility, describeValue } from '../../src/link/facts.js';
import { extractFeatures, readFeatures } from '../../src/link/features.js';
import { orderTimeline } from '../../src/link/timeline.js';
import { buildArticle } from '../../src/service/ingest.js';
import type { Fact } from '../../src/link/features.js';
import { estimatedJaccard, fnv1a, minhash, PERMUTATIONS, permuted, shingles } from '../../src/link/minhash.js';
import type { Comparison, StoryView } from '../../src/types.js';
import { cli, ROOT, tempDir } from '../helpers/cli.js';
import { hasShared, sharedPath } from '../helpers/shared.js';

const fact = (kind: string, value: number, approximate = false): Fact => ({ subject: 'X', attribute: 'a', kind, value, approximate, unit: null, text: String(value) });

describe('fact compatibility', () => {
  it('ages three years apart cannot hold at one time; one year may be a birthday', () => {
    expect(compatibility(fact('age', 66), fact('age', 69))).toBe('incompatible');
    expect(compatibility(fact('age', 66), fact('age', 67))).toBe('differ');
  });
  it('vote shares: rounding agrees, ten points do not', () => {
    expect(compatibility(fact('percent', 70.8), fact('percent', 71))).toBe('same');
    expect(compatibility(fact('percent', 71), fact('percent', 74))).toBe('differ');
    expect(compatibility(fact('percent', 71), fact('percent', 81))).toBe('incompatible');
    // Small shares are read against their size: a 2.4% fall and a 0.9% fall are two figures, 3% and 2% may be two outlets' rounding.
    expect(compatibility(fact('percent', 2.4), fact('percent', 0.9))).toBe('incompatible');
    expect(compatibility(fact('percent', 3), fact('percent', 2))).toBe('differ');
    // Rounded as the rounder figure is written: a whole point for "71", a hundredth for "0.25" (a rate cut of 0.25 is not one of 0.75).
    expect(compatibility(fact('percent', 2.6), fact('percent', 3))).toBe('same');
    expect(compatibility(fact('percent', 0.25), fact('percent', 0.3))).toBe('same');
    expect(compatibility(fact('percent', 0.25), fact('percent', 0.75))).toBe('incompatible');
  });
  it("a company's facts meet with its legal form written or not: 'Apple Inc' in one report is 'Apple' in the next", () => {
    const revenue = (subject: string, value: number): Fact => ({ ...fact('money', value), subject, attribute: 'revenue', unit: 'USD' });
    expect(alignFacts([revenue('Apple Inc', 81.8e9)], [revenue('Apple', 81.8e9)])).toHaveLength(1);
    expect(alignFacts([revenue('Vodafone Group Plc', 1e9)], [revenue('Vodafone Group', 1e9)])).toHaveLength(1);
    expect(alignFacts([revenue('Apple Inc', 81.8e9)], [revenue('Apple Music', 81.8e9)])).toHaveLength(0);
  });
  it('values read as a reader writes them: large sums by their scale when that loses nothing, others with thousands separated', () => {
    const money = (value: number): Fact => ({ ...fact('money', value), unit: 'USD' });
    expect(describeValue(money(81.8e9))).toBe('81.8 billion USD');
    expect(describeValue(money(19.95e9))).toBe('19.95 billion USD');
    expect(describeValue(fact('count', 1_234_567))).toBe('1,234,567');
    expect(describeValue(fact('count', 500))).toBe('500');
    expect(describeValue(fact('percent', 70.8))).toBe('70.8%');
  });
  it('an earthquake measured a few tenths apart may be one quake; a whole point apart is another', () => {
    const magnitude = (value: number): Fact => ({ ...fact('measure', value), unit: 'magnitude' });
    expect(compatibility(magnitude(6.1), magnitude(6.3))).toBe('differ');
    expect(compatibility(magnitude(6.1), magnitude(7.2))).toBe('incompatible');
  });
  it('small counts are exact, rough large counts agree within a quarter', () => {
    expect(compatibility(fact('count', 6), fact('count', 5))).toBe('incompatible');
    expect(compatibility(fact('count', 500, true), fact('count', 480, true))).toBe('same');
    expect(compatibility(fact('count', 500), fact('count', 450))).toBe('differ');
    expect(compatibility(fact('count', 320000, true), fact('count', 312000, true))).toBe('differ');
  });
});

const report = (name: string, text: string) => extractFeatures(buildArticle({ source: name, rawHash: name, docHash: name.padEnd(16, '0'), format: 'text', text, encoding: 'UTF-8', hints: {} }));

describe('different people', () => {
  const reid = report('a', 'Actress Jane Morrow checks into rehab\n\nJane Morrow has entered a treatment center in Malibu, her spokesman said on Tuesday. Morrow, who starred in several comedies, asked for privacy.');
  const lane = report('b', 'Singer Tom Lane enters rehab\n\nTom Lane has checked into a treatment center in Malibu, his lawyer said. Lane cancelled his tour and asked fans for privacy.');
  const again = report('c', 'Jane Morrow in rehab\n\nThe actress Jane Morrow is being treated at a center in Malibu, people close to her said. Morrow thanked her fans.');
  const idf = () => 1;
  it('two reports each about someone the other never names tell of two happenings', () => {
    const c = compareFeatures(reid, lane, idf);
    expect(c.evidence.find((e) => e.kind === 'different-people')?.detail).toBe('A is about jane morrow, B about tom lane, and neither names the other');
    expect(c.signals.apart).toBeGreaterThanOrEqual(1);
  });
  it('two reports about the same person give no such evidence, but count that for one happening', () => {
    const c = compareFeatures(reid, again, idf);
    expect(c.evidence.map((e) => e.kind)).not.toContain('different-people');
    expect(c.evidence.find((e) => e.kind === 'same-person')?.detail).toBe('both are mostly about jane morrow');
    expect(c.signals.together).toBe(1);
    expect(compareFeatures(reid, lane, idf).evidence.map((e) => e.kind)).not.toContain('same-person');
  });
});

describe('names spelled with and without their marks', () => {
  const idf = () => 1;
  const marked = report('m', 'Erdoğan wins runoff\n\nRecep Tayyip Erdoğan won the runoff on Sunday with 52.1% of the vote, beating Kemal Kılıçdaroğlu. Erdoğan, 69, thanked voters in İstanbul. Kılıçdaroğlu, 74, said the vote was unfair.');
  const plain = report('p', 'Erdogan re-elected\n\nRecep Tayyip Erdogan was re-elected on Sunday, beating Kemal Kilicdaroglu. Erdogan, 69, spoke in Istanbul. Kilicdaroglu said the vote was the most unfair in years.');
  it('are one person, one place and one word to the linker: "Erdoğan" is "Erdogan"', () => {
    expect(marked.names).toEqual(expect.arrayContaining(['recep tayyip erdogan', 'kemal kilicdaroglu', 'istanbul']));
    const c = compareFeatures(marked, plain, idf);
    const kinds = c.evidence.map((e) => e.kind);
    expect(kinds).not.toContain('different-people');
    expect(c.evidence.find((e) => e.kind === 'same-person')?.detail).toBe('both are mostly about recep tayyip erdogan');
    expect(c.evidence.find((e) => e.kind === 'fact-agrees')?.detail).toMatch(/^Recep Tayyip Erdoğan age: 69 in both/);
    expect(c.relation).toBe('same-event');
  });
});

describe('named storms', () => {
  const idf = () => 1;
  const helene = report('h', 'Hurricane Helene makes landfall in Florida\n\nHurricane Helene made landfall in Florida on Thursday night as a Category 4 storm with winds of 140 mph, the National Hurricane Center said. Governor Ron DeSantis warned of a deadly storm surge.');
  const milton = report('m', 'Hurricane Milton makes landfall in Florida\n\nHurricane Milton made landfall in Florida on Wednesday night as a Category 3 storm with winds of 120 mph, the National Hurricane Center said. Governor Ron DeSantis urged residents to stay indoors.');
  const tropical = report('t', 'Milton strengthens\n\nTropical Storm Milton strengthened over the Gulf of Mexico on Sunday and is expected to hit Florida, the National Hurricane Center said.');
  it('are one happening each: two storms of different names are two events, however alike the reports', () => {
    expect(helene.happenings).toEqual(['hurricane helene']); // not "hurricane center"
    const c = compareFeatures(helene, milton, idf);
    expect(c.evidence.find((e) => e.kind === 'different-happenings')?.detail).toBe('A is about Hurricane Helene, B about Hurricane Milton, and neither names the other\'s');
    expect(c.relation).toBe('same-story');
  });
  it('a Title Case headline, a capitalised phrase or a storm named once in passing names no storm the report is about', () => {
    const headline = report('s', 'Storm Batters Florida Coast\n\nHurricane Milton made landfall in Florida on Wednesday night with winds of 120 mph, the National Hurricane Center said. Milton weakened over land.');
    expect(headline.happenings).toEqual(['hurricane milton']);
    expect(compareFeatures(headline, milton, idf).evidence.map((e) => e.kind)).not.toContain('different-happenings');
    const passing = report('p', 'Flooding in Tampa\n\nHeavy rain flooded streets in Tampa on Monday, the city said, and schools closed for the day. Residents moved cars to higher ground as the water rose through the morning in low neighbourhoods. Officials opened two shelters and asked people to stay home while crews cleared drains across the city. It was the worst flooding since Hurricane Katrina, one resident said, ahead of Hurricane Preparedness Week.');
    expect(passing.happenings).toEqual([]);
  });
  it('a storm named by another kind as it grows is the same storm', () => {
    expect(compareFeatures(tropical, milton, idf).evidence.map((e) => e.kind)).not.toContain('different-happenings');
  });
});

describe('facts a report states', () => {
  it('of one subject and attribute but two kinds are two: a change in percent and a sum ("iPhone sales fell 2.4% to $39.7 billion")', () => {
    const f = report('iphone', 'Apple results\n\nApple Inc reported results on Thursday. iPhone sales fell 2.4% to $39.7 billion, the company said.');
    expect(f.facts.filter((x) => x.subject === 'iPhone').map((x) => [x.attribute, x.kind, x.value])).toEqual([
      ['sales', 'percent', 2.4],
      ['sales', 'money', 39.7e9],
    ]);
  });
});

describe('features stored before names were match keys', () => {
  it('are keyed as they are read back: "erdoğan" stored then meets "erdogan" now', async () => {
    const stored = { id: 'old', title: null, lead: '', published: null, exactHash: 'h', minhash: [], terms: { words: ['erdoğan', 'runoff'], counts: [2, 1] }, titleWords: ['erdoğan'], names: ['recep tayyip erdoğan'], facts: [], mentioned: [], protagonist: ['recep tayyip erdoğan', 'erdoğan'], participants: [['recep tayyip erdoğan']] };
    const f = (await readFeatures({ getLinkFeatures: async () => new Map([['old', stored]]) }, ['old'])).get('old')!;
    expect(f.names).toEqual(['recep tayyip erdogan']);
    expect(f.terms.words).toEqual(['erdogan', 'runoff']);
    expect(f.protagonist).toEqual(['recep tayyip erdogan', 'erdogan']);
  });
  it('are named as now: a company without its legal form, a well-known short name in full ("apple inc" and "u.s." stored meet "apple" and "united states")', async () => {
    const stored = { ...report('apple', 'Apple results\n\nApple Inc said revenue rose.'), names: ['apple inc', 'u.s.', 'cupertino', 'united states'], happenings: [] };
    const f = (await readFeatures({ getLinkFeatures: async () => new Map([['apple', stored]]) }, ['apple'])).get('apple')!;
    expect(f.names).toEqual(['apple', 'united states', 'cupertino']);
  });
});

describe('who a report is about, and who told it', () => {
  it('a spokesman named only where he speaks is not who the report is about, nor one of its participants', () => {
    const fire = report('f', 'Four dead in Hamburg fire\n\nFour people died when fire swept through an apartment block in Hamburg early on Monday. "The flames spread very quickly," said Jan Unger, a fire brigade spokesman. Firefighters rescued twelve residents. "Some jumped from windows," Unger said. Residents were taken to a school, Unger said.');
    expect(fire.protagonist).toBeNull();
    expect(fire.participants?.flat()).not.toContain('jan unger');
  });
  it('a news agency is no shared name: two crashes a world apart both name Reuters', () => {
    const crash = report('k', 'Plane crashes in Kathmandu\n\nKATHMANDU (Reuters) - A plane crashed on take-off in Kathmandu on Wednesday, killing 18 people, officials in Nepal told Reuters.');
    expect(crash.names).toContain('kathmandu');
    expect(crash.names).not.toContain('reuters');
  });
});

describe('a report\'s facts', () => {
  it('a figure the report calls an earlier one gives way to its own: "had put the death toll at 12", then 31 killed', () => {
    const ferry = report('s', 'Ferry sinks off Sulawesi\n\nA ferry sank off Sulawesi on Sunday. Earlier on Sunday officials had put the death toll at 12. By the evening 31 people had been killed, police said.');
    expect(ferry.facts.find((f) => f.attribute === 'dead')?.value).toBe(31);
  });
});

describe('different participants', () => {
  // One player, two teams' offers: the protagonist is shared, the bidders are not.
  const angels = report('angels', 'Angels make offer to Teixeira\n\nThe Los Angeles Angels have made an eight-year offer to first baseman Mark Teixeira, the Angels general manager said. The Angels believe the deal could be worth $160 million. Teixeira has not answered the Angels yet.');
  const redSox = report('redsox', 'Red Sox bid for Teixeira\n\nThe Boston Red Sox have offered Mark Teixeira an eight-year contract worth $200 million, a radio host reported. The Red Sox see Teixeira as their top target, and the Red Sox owner flew to Texas to meet him.');
  const angelsAgain = report('angels2', 'Teixeira gets Angels offer\n\nMark Teixeira has an eight-year offer from the Los Angeles Angels, the team confirmed. The Angels did not reveal the amount, and the Angels will wait for his answer.');
  const idf = () => 1;
  it('each report has a participant named three times or more that the other never names: two happenings', () => {
    const c = compareFeatures(angels, redSox, idf);
    const e = c.evidence.find((x) => x.kind === 'different-participants');
    expect(e?.detail).toMatch(/^angels is named 3\+ times in A and never in B; boston red sox is named 3\+ times in B and never in A$/);
    expect(c.signals.apart).toBeGreaterThanOrEqual(1);
  });
  it('two accounts naming the same participants give no such evidence', () => {
    expect(compareFeatures(angels, angelsAgain, idf).evidence.map((x) => x.kind)).not.toContain('different-participants');
  });
  it('is not counted again when different-people already says it', () => {
    const reid = report('a', 'Actress Jane Morrow checks into rehab\n\nJane Morrow has entered a treatment center in Malibu, her spokesman said on Tuesday. Morrow, who starred in several comedies, asked for privacy. Morrow will stay for a month.');
    const lane = report('b', 'Singer Tom Lane enters rehab\n\nTom Lane has checked into a treatment center in Malibu, his lawyer said. Lane cancelled his tour and asked fans for privacy. Lane will stay for a month.');
    const kinds = compareFeatures(reid, lane, idf).evidence.map((x) => x.kind);
    expect(kinds).toContain('different-people');
    expect(kinds).not.toContain('different-participants');
  });
});

describe('days without a year', () => {
  it('an undated report keeps the days it names without their year; a dated one resolves them instead', () => {
    const undated = report('u', 'Turkmenistan votes\n\nVoters cast their ballots on Dec. 14, and results came on Dec. 15 and again on Dec. 14.');
    expect(undated.yearless).toEqual(['12-14', '12-15']);
    const dated = report('d', 'Turkmenistan votes\n\nPublished: September 26, 2013\n\nThe election will be held on Dec. 15.');
    expect(dated.published).toBe('2013-09-26');
    expect(dated.yearless).toEqual([]);
    expect(dated.mentioned).toContain('2013-12-15');
    expect(compareFeatures(undated, dated, () => 1).evidence.map((e) => e.kind)).not.toContain('time-of-year');
  });
});

describe('shared facts', () => {
  const idf = () => 1;
  const with_ = (f: ReturnType<typeof report>, facts: Fact[], names: string[]) => ({ ...f, facts, names });
  const deaths = (value: number): Fact => ({ subject: 'deaths', attribute: 'dead', kind: 'count', value, approximate: false, unit: null, text: `${value} dead` });
  const share = (value: number): Fact => ({ subject: 'Jane Morrow', attribute: 'vote share', kind: 'percent', value, approximate: false, unit: '%', text: `${value}%` });
  const crash = report('crash', 'Bus crash in the hills\n\nA bus left the road near the pass on Monday, police said.');
  const quake = report('quake', 'Earthquake shakes the coast\n\nA strong earthquake hit the coast on Friday, officials said.');
  it('a count of a generic subject (deaths) in both reports adds nothing: every disaster counts its dead', () => {
    const c = compareFeatures(with_(crash, [deaths(12)], ['police']), with_(quake, [deaths(40)], ['coast']), idf);
    expect(c.evidence.map((e) => e.kind)).not.toContain('shared-facts');
  });
  it('the same attribute of a subject both reports name is evidence of the same kind of happening', () => {
    const a = compareFeatures(with_(crash, [share(71)], ['jane morrow']), with_(quake, [share(81)], ['jane morrow']), idf);
    expect(a.evidence.find((e) => e.kind === 'shared-facts')?.detail).toBe("both count Jane Morrow's vote share");
    const b = compareFeatures(with_(crash, [], ['jane morrow']), with_(quake, [], ['jane morrow']), idf);
    expect(a.score).toBeGreaterThan(b.score);
  });
});

describe('timeline of undated events', () => {
  const event = (id: string, date: string | null, age: number) => ({
    view: { id, title: id, date, dateSource: (date ? 'published' : 'unknown') as 'published' | 'unknown', articles: [id] },
    ages: new Map([['Jane Morrow', age]]),
  });
  it('dates an undated event from a dated one by the age of the same person', () => {
    const views = orderTimeline([event('later', '2022-11-21', 69), event('earlier', null, 66)]);
    expect(views.map((v) => v.id)).toEqual(['earlier', 'later']);
    expect(views[0]).toMatchObject({ date: '2019', dateSource: 'inferred', dateNote: 'Jane Morrow is 66 here and 69 in "later" (2022-11-21)' });
  });
  it('orders undated events by age when nothing is dated, and says why', () => {
    const views = orderTimeline([event('b', null, 69), event('a', null, 66)]);
    expect(views.map((v) => v.id)).toEqual(['a', 'b']);
    expect(views[1].date).toBeNull();
    expect(views[1].dateNote).toBe('about 3 years after "a": Jane Morrow is 66 there and 69 here');
  });
});

describe('exact duplicates', () => {
  it('hash the body with case, spacing and punctuation normalised, as stores written before hold it', () => {
    const f = report('a', 'Tokayev Wins\n\nTokayev won 71 percent -- the commission said...  "We must unite," he said. Ünïcode ß, 42!');
    const g = report('b', 'TOKAYEV WINS\n\ntokayev won 71 percent; the commission said: "we must unite" -- he said; ünïcode ß 42');
    expect(f.exactHash).toBe(g.exactHash);
    const body = 'Tokayev won 71 percent -- the commission said...  "We must unite," he said. Ünïcode ß, 42!';
    const normalised = body.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    expect(report('c', `Tokayev Wins\n\n${body}`).exactHash).toBe(createHash('sha256').update(normalised).digest('hex'));
  });
});

describe('stored features', () => {
  it('features stored when terms were one object (word -> count) are read as the two lists, and compare the same', async () => {
    const a = report('a', 'Flood waters rose in Dresden on Monday. Rescuers evacuated homes near the Elbe as the waters kept rising.');
    const b = report('b', 'Rescuers in Dresden evacuated hundreds of homes on Monday as flood waters of the Elbe rose again.');
    const old = { ...a, terms: Object.fromEntries(a.terms.words.map((w, i) => [w, a.terms.counts[i]])) };
    const store = { getLinkFeatures: async () => new Map<string, unknown>([['a', JSON.parse(JSON.stringify(old))], ['b', JSON.parse(JSON.stringify(b))]]) };
    const read = await readFeatures(store, ['a', 'b']);
    expect(read.get('a')!.terms).toEqual(a.terms);
    expect(read.get('b')).toEqual(b);
    const idf = () => 1;
    expect(compareFeatures(read.get('a')!, read.get('b')!, idf)).toEqual(compareFeatures(a, b, idf));
  });
});

describe('MinHash', () => {
  it('estimates word-shingle overlap: near copies high, other texts low', () => {
    const words = 'the council voted on tuesday to close the old bridge after engineers found deep cracks in two of its pillars and repairs will take a year'.split(' ');
    const edited = [...words.slice(0, 20), 'officials', 'said', ...words.slice(20)];
    const other = 'heavy snow closed every school in the district on thursday and buses did not run while crews cleared the main roads'.split(' ');
    expect(estimatedJaccard(minhash(words), minhash(edited))).toBeGreaterThan(0.5);
    expect(estimatedJaccard(minhash(words), minhash(other))).toBeLessThan(0.1);
  });
  it('is the minimum, per permutation, over the hashes of the shingle strings (stored signatures stay comparable)', () => {
    const text = 'Tokayev won 71 percent of the vote, the commission said; Tokayev, 66, thanked voters. Über-long words and ß stay as they are.';
    for (const words of [text.toLowerCase().match(/[\p{L}\p{N}]+/gu)!, ['one', 'two'], []]) {
      const hashes = [...shingles(words)].map(fnv1a);
      expect(minhash(words)).toEqual(Array.from({ length: PERMUTATIONS }, (_, i) => Math.min(0xffffffff, ...hashes.map((h) => permuted(h, i)))));
    }
  });
});

describe.skipIf(!hasShared)('the seeds: one story, two elections', () => {
  const dir = tempDir();
  const db = join(dir, 'link.db');
  const seeds = sharedPath('seeds');

  it('files the two reports as one story with two events, ids stable as more arrive', () => {
    expect(cli(db, ['ingest', seeds]).code).toBe(0);
    const stories = cli(db, ['stories', '--json']).json<StoryView[]>();
    expect(stories).toHaveLength(1);
    expect(stories[0].events).toHaveLength(2);
    // Neither report is dated: the 2019 one (Tokayev 66) comes first, and the note says why.
    const sources = new Map(cli(db, ['articles', '--json']).json<{ id: string; source: string }[]>().map((a) => [a.id, a.source]));
    expect(sources.get(stories[0].events[0].articles[0])).toMatch(/000_/);
    expect(stories[0].events[1].dateNote).toMatch(/^about 3 years after .*: Kassym-Jomart Tokayev is 66 there and 69 here$/);
    const copy = join(dir, 'copy.txt');
    const s003 = readFileSync(join(seeds, '003_4150f387e525f317.txt'), 'utf8');
    const body = s003.slice(s003.indexOf('Russian President'), s003.indexOf('to help.') + 8);
    writeFileSync(copy, `Kremlin Hails Tokayev's Landslide\n\n${body}\n`);
    writeFileSync(join(dir, 'second.txt'), readFileSync(join(ROOT, 'test/fixtures/kazakh-2019-second-report.txt')));
    expect(cli(db, ['ingest', copy, join(dir, 'second.txt')]).code).toBe(0);
    const after = cli(db, ['stories', '--json']).json<StoryView[]>();
    expect(after.map((s) => s.id)).toContain(stories[0].id);
    const story = after.find((s) => s.id === stories[0].id)!;
    for (const e of stories[0].events) expect(story.events.map((x) => x.id)).toContain(e.id);
    expect(story.events).toHaveLength(2);
  });

  it('gives the same events and stories whatever order the four reports arrive in', () => {
    const files = [join(seeds, '000_c7b15ebcd17baa92.txt'), join(seeds, '003_4150f387e525f317.txt'), join(dir, 'copy.txt'), join(dir, 'second.txt')].filter((f) => existsSync(f));
    expect(files).toHaveLength(4);
    const partition = (order: string[]) => {
      const other = join(tempDir(), 'order.db');
      // One ingest per report, so that each is linked before the next arrives.
      for (const f of order) expect(cli(other, ['ingest', f]).code).toBe(0);
      const sources = new Map(cli(other, ['articles', '--json']).json<{ id: string; source: string }[]>().map((a) => [a.id, basename(a.source)]));
      const named = (ids: string[]) => ids.map((i) => sources.get(i)!).sort().join('+');
      const stories = cli(other, ['stories', '--json']).json<StoryView[]>();
      return {
        stories: stories.map((s) => named(s.events.flatMap((e) => e.articles))).sort(),
        events: stories.flatMap((s) => s.events.map((e) => named(e.articles))).sort(),
      };
    };
    const forward = partition(files);
    expect(forward.stories).toHaveLength(1);
    expect(forward.events).toHaveLength(2);
    expect(partition([...files].reverse())).toEqual(forward);
    expect(partition([files[2], files[0], files[3], files[1]])).toEqual(forward);
  }, 240_000);

  it('compare: same story, with the age gap, the vote shares and the rivals as evidence', () => {
    const list = cli(db, ['articles', '--json']).json<{ id: string; source: string }[]>();
    const id = (s: string) => list.find((a) => a.source.includes(s))!.id;
    const c = cli(db, ['compare', id('000_'), id('003_'), '--json']).json<Comparison>();
    expect(c.relation).toBe('same-story');
    const kinds = c.evidence.map((e) => e.kind);
    expect(kinds).toContain('age-gap');
    expect(c.evidence.find((e) => e.kind === 'age-gap')!.detail).toMatch(/66 in A and 69 in B: about 3 years apart/);
    expect(c.evidence.some((e) => /vote share: 71% in A, 81% in B/.test(e.detail))).toBe(true);
    expect(c.evidence.some((e) => /rivals: 6 in A .*, 5 in B/.test(e.detail))).toBe(true);
    expect(c.facts).toContainEqual({ subject: 'Kassym-Jomart Tokayev', attribute: 'vote share', a: '71%', b: '81%', status: 'changed' });
    // What only one tells: the 2022 report alone names Ukraine and counts January's dead.
    const named = c.evidence.find((e) => e.kind === 'named-in-one')!.detail;
    expect(named).toMatch(/^only A names Nursultan Nazarbayev, .*; only B names Vladimir Putin, .*\bUkraine\b/);
    expect(c.evidence.find((e) => e.kind === 'counted-in-one')!.detail).toMatch(/only B counts dead \(238 dead, January\)$/);

    const dup = cli(db, ['compare', id('003_'), id('copy.txt'), '--json']).json<Comparison>();
    expect(dup.relation).toBe('duplicate');

    const same = cli(db, ['compare', id('000_'), id('second.txt'), '--json']).json<Comparison>();
    expect(same.relation).toBe('same-event');
    expect(same.facts.find((f) => f.attribute === 'vote share')).toEqual({ subject: 'Kassym-Jomart Tokayev', attribute: 'vote share', a: '71%', b: '70.8%', status: 'conflict' });
  });
});
