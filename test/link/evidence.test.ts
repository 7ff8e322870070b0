import { describe, expect, it } from 'vitest';
import { compareFeatures, SETTINGS } from '../../src/link/compare.js';
import type { Fact, LinkFeatures } from '../../src/link/features.js';
import { minhash } from '../../src/link/minhash.js';
import { contentWords, termFrequencies } from '../../src/link/text.js';

/**
 * Each piece of evidence `compare` can give, on small reports written for the purpose: what
 * makes it appear, what it says, and which way it pushes the decision.
 */

const BODY =
  'The city council voted on Tuesday to close the old harbour bridge after engineers found deep cracks in two of its pillars. Repairs will take a year and cost the city more than it has, the mayor said.';
const OTHER =
  'Heavy snow closed every school in the northern district on Thursday, and buses did not run while crews cleared the main roads through the valley towns.';

let n = 0;
/** Features of a report from its text, with the parts a case needs set by hand. */
function report(body: string, extra: Partial<LinkFeatures> = {}): LinkFeatures {
  const words = body.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return {
    id: `r${++n}`,
    title: null,
    lead: body.slice(0, 60),
    published: null,
    exactHash: `h-${body}`,
    minhash: minhash(words),
    terms: termFrequencies(contentWords(body)),
    titleWords: [],
    names: [],
    facts: [],
    mentioned: [],
    protagonist: null,
    ...extra,
  };
}

const fact = (attribute: string, kind: string, value: number, text = String(value), subject = 'Jane Morrow'): Fact => ({ subject, attribute, kind, value, unit: kind === 'percent' ? '%' : null, approximate: false, text });
const idf = () => 1;
const kinds = (a: LinkFeatures, b: LinkFeatures, f = idf) => compareFeatures(a, b, f).evidence.map((e) => e.kind);
const evidence = (a: LinkFeatures, b: LinkFeatures, kind: string) => compareFeatures(a, b, idf).evidence.find((e) => e.kind === kind);

describe('duplicates', () => {
  it('the same text (once case, spacing and punctuation are normalised) is a duplicate: same-text', () => {
    const a = report(BODY, { exactHash: 'same' });
    const b = report(BODY, { exactHash: 'same' });
    const c = compareFeatures(a, b, idf);
    expect(c.relation).toBe('duplicate');
    expect(c.evidence[0].kind).toBe('same-text');
  });
  it('a copy with a sentence added is a near-duplicate, with the share of 5-grams it keeps', () => {
    const a = report(BODY);
    const b = report(`${BODY} Traffic will be sent over the north bridge until then, police said.`);
    const c = compareFeatures(a, b, idf);
    expect(c.relation).toBe('duplicate');
    expect(c.evidence[0]).toMatchObject({ kind: 'near-duplicate', weight: 1 });
    expect(c.evidence[0].detail).toMatch(/^\d+% of word 5-grams shared \(MinHash\)$/);
  });
  it('two different texts are no duplicate', () => {
    expect(compareFeatures(report(BODY), report(OTHER), idf).relation).not.toBe('duplicate');
  });
});

describe('similarity', () => {
  it('text-similarity grows with the words two reports share', () => {
    const a = report(BODY);
    const close = report('Engineers found deep cracks in the pillars of the old harbour bridge, and the city council voted to close it for repairs.');
    const cosine = (x: LinkFeatures) => Number(evidence(a, x, 'text-similarity')!.detail.replace('TF-IDF cosine ', ''));
    expect(cosine(close)).toBeGreaterThan(cosine(report(OTHER)));
  });
  it('shared-entities names what both name, and a rare shared name weighs more than a common one', () => {
    const a = report(BODY, { names: ['jane morrow', 'london'] });
    const b = report(OTHER, { names: ['jane morrow', 'london', 'paris'] });
    expect(evidence(a, b, 'shared-entities')!.detail).toMatch(/^jane morrow, london /);
    const rare = (t: string) => (t === 'n:jane morrow' ? 5 : 1);
    const onlyRare = compareFeatures(report(BODY, { names: ['jane morrow', 'x'] }), report(OTHER, { names: ['jane morrow', 'y'] }), rare);
    const onlyCommon = compareFeatures(report(BODY, { names: ['london', 'x'] }), report(OTHER, { names: ['london', 'y'] }), rare);
    expect(onlyRare.signals.names).toBeGreaterThan(onlyCommon.signals.names);
    expect(kinds(report(BODY, { names: ['london'] }), report(OTHER, { names: ['paris'] }))).not.toContain('shared-entities');
  });
  it('a long report keeps its most frequent words, ties going to the words met first, in the order met', () => {
    const words = contentWords('Flood waters rose in Dresden; rescuers evacuated Dresden homes as waters kept rising near bridges, schools and farms.');
    expect(termFrequencies(words)).toEqual({
      words: ['flood', 'waters', 'rose', 'dresden', 'rescuers', 'evacuated', 'homes', 'kept', 'rising', 'near', 'bridges', 'schools', 'farms'],
      counts: [1, 2, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1],
    });
    expect(termFrequencies(words, 4)).toEqual({ words: ['flood', 'waters', 'rose', 'dresden'], counts: [1, 2, 1, 2] });
    expect(termFrequencies(words, 2).words).toEqual(['waters', 'dresden']);
  });
  it('title-similarity when the headlines share words', () => {
    const a = report(BODY, { titleWords: ['council', 'closes', 'bridge'] });
    const b = report(OTHER, { titleWords: ['bridge', 'closed', 'cracks'] });
    expect(evidence(a, b, 'title-similarity')!.detail).toMatch(/^title words overlap 0\.\d\d$/);
    expect(kinds(a, report(OTHER, { titleWords: ['snow'] }))).not.toContain('title-similarity');
  });
});

describe('facts', () => {
  const near = (extra: Partial<LinkFeatures>) => report(BODY, { names: ['jane morrow'], ...extra });
  const alike = (extra: Partial<LinkFeatures>) => report(`${BODY.slice(0, 120)} The vote was close.`, { names: ['jane morrow'], ...extra });
  it('fact-close when two accounts give a value within rounding (70.8% and 71%), and that is no evidence of two events', () => {
    const c = compareFeatures(near({ facts: [fact('vote share', 'percent', 71)] }), alike({ facts: [fact('vote share', 'percent', 70.8)] }), idf);
    expect(c.evidence.find((e) => e.kind === 'fact-close')!.detail).toBe('Jane Morrow vote share: 71% in A, 70.8% in B: one figure as rounding or "about" and "at least" give it');
    expect(c.signals.apart).toBe(0);
    expect(c.signals.together).toBe(1);
  });
  it('fact-agrees counts for one event as much as a count-change counts against: it takes a pair that shares little over the line', () => {
    const crash = (facts: Fact[]) => report('A bus left the mountain road near the pass on Sunday evening and rolled into a ravine, police said.', { facts });
    const rescue = (facts: Fact[]) => report('Rescuers worked through the night to reach the ravine, and the road stayed shut until Monday.', { facts });
    const dead = (n: number) => [fact('dead', 'count', n, String(n), 'deaths')];
    const plain = compareFeatures(crash([]), rescue([]), idf);
    expect(plain.relation).toBe('same-story');
    expect(compareFeatures(crash(dead(7)), rescue(dead(7)), idf)).toMatchObject({ relation: 'same-event', signals: { together: 1, apart: 0 } });
    expect(compareFeatures(crash(dead(7)), rescue(dead(30)), idf)).toMatchObject({ relation: 'same-story', signals: { together: 0, apart: 1 } });
  });
  it('fact-differs when values differ by what two outlets might (71% and 74%): weight 0; 4 points apart is two counts', () => {
    const e = evidence(near({ facts: [fact('vote share', 'percent', 71)] }), alike({ facts: [fact('vote share', 'percent', 74)] }), 'fact-differs')!;
    expect(e.detail).toBe('Jane Morrow vote share: 71% in A, 74% in B (close: not enough to tell one event from two)');
    expect(evidence(near({ facts: [fact('vote share', 'percent', 55)] }), alike({ facts: [fact('vote share', 'percent', 59)] }), 'value-change')).toBeDefined();
    expect(e.weight).toBe(0);
  });
  it('toll-rises: a toll that grows in a report of the same day or later is no evidence of two events; one that falls days later is', () => {
    const dead = (n: number) => [fact('dead', 'count', n, String(n), 'deaths')];
    const morning = near({ facts: dead(4), published: '2025-02-03' });
    expect(evidence(morning, alike({ facts: dead(5), published: '2025-02-03' }), 'toll-rises')?.detail).toBe('deaths dead: 4 in A, 5 in B, both published 2025-02-03: a toll changes as it is counted');
    expect(evidence(morning, alike({ facts: dead(9), published: '2025-02-05' }), 'toll-rises')?.detail).toBe('deaths dead: 4 in A, 9 in B, the higher in the later report: a toll rises as it is counted');
    expect(compareFeatures(morning, alike({ facts: dead(5), published: '2025-02-03' }), idf).signals.apart).toBe(0);
    expect(kinds(near({ facts: dead(9), published: '2025-02-03' }), alike({ facts: dead(4), published: '2025-02-05' }))).toContain('count-change');
    // A toll close enough for two outlets' counts is still told as counted again when the later report gives more: 128 dead, then 157.
    expect(evidence(morning, alike({ facts: dead(5), published: '2025-02-04' }), 'toll-rises')).toBeDefined();
    const quake = (n: number) => [fact('dead', 'count', n, String(n), 'deaths')];
    const counted = kinds(near({ facts: quake(128), published: '2023-11-04' }), alike({ facts: quake(157), published: '2023-11-05' }));
    expect(counted).toContain('toll-rises');
    expect(counted).not.toContain('fact-differs');
    // Another count than a toll is still counted exactly: six rivals are not five.
    expect(kinds(near({ facts: [fact('defeated', 'count', 6, '6', 'rivals')], published: '2025-02-03' }), alike({ facts: [fact('defeated', 'count', 5, '5', 'rivals')], published: '2025-02-03' }))).toContain('count-change');
  });
  it('"about" a round figure is one figure with what rounds to it, not with a figure rounded finer that differs ("about 320,000" and "about 312,000")', () => {
    const employed = (value: number) => [{ ...fact('employed', 'count', value, String(value), 'people'), approximate: true }];
    expect(kinds(near({ facts: employed(500) }), alike({ facts: employed(480) }))).toContain('fact-close');
    expect(kinds(near({ facts: employed(320000) }), alike({ facts: employed(312000) }))).toContain('fact-differs');
  });
  it('value-change when shares cannot both hold (71% and 81%): evidence against one event', () => {
    const c = compareFeatures(near({ facts: [fact('vote share', 'percent', 71)] }), alike({ facts: [fact('vote share', 'percent', 81)] }), idf);
    expect(c.evidence.find((e) => e.kind === 'value-change')).toMatchObject({ detail: 'Jane Morrow vote share: 71% in A, 81% in B: too far apart for one count', weight: -SETTINGS.apartPenalty });
    expect(c.signals.apart).toBe(1);
  });
  it('the weights shown add up to the event score the verdict names, and the verdict says what decided', () => {
    const c = compareFeatures(near({ facts: [fact('vote share', 'percent', 71)], published: '2025-02-03' }), alike({ facts: [fact('vote share', 'percent', 81)], published: '2025-02-04' }), idf);
    const total = c.evidence.reduce((sum, e) => sum + (e.weight ?? 0), 0);
    const { similarity, together, apart } = c.signals;
    expect(together).toBe(1);
    expect(apart).toBe(1);
    expect(total).toBeCloseTo(similarity + SETTINGS.apartPenalty * (together - apart), 2);
    expect(c.evidence.at(-1)).toMatchObject({ kind: 'verdict' });
    expect(c.evidence.at(-1)!.detail).toContain(`+ 1 × ${SETTINGS.apartPenalty} - 1 × ${SETTINGS.apartPenalty} = ${total.toFixed(2)}`);
    const aged = compareFeatures(near({ facts: [fact('age', 'age', 66)] }), alike({ facts: [fact('age', 'age', 69)] }), idf);
    expect(aged.evidence.at(-1)!.detail).toBe(`2 pieces of evidence of two happenings (${SETTINGS.apartDecisive} decide alone): two events of one story`);
  });
  it("facts side by side between two events only when they are the same named someone's: two crashes' dead are no toll that changed", () => {
    const crash = (dead: number, published: string) => ({ facts: [fact('dead', 'count', dead, `${dead} people`, 'deaths')], published });
    const crashes = compareFeatures(near(crash(18, '2024-07-24')), alike(crash(62, '2024-08-09')), idf);
    expect(crashes.relation).toBe('same-story');
    expect(crashes.facts).toEqual([]);
    const elections = compareFeatures(near({ facts: [fact('age', 'age', 66)] }), alike({ facts: [fact('age', 'age', 69)] }), idf);
    expect(elections.facts).toEqual([expect.objectContaining({ subject: 'Jane Morrow', attribute: 'age', status: 'changed' })]);
  });
  it('count-change quotes both texts (six rivals, five opponents)', () => {
    const e = evidence(near({ facts: [fact('rivals', 'count', 6, 'six rivals')] }), alike({ facts: [fact('rivals', 'count', 5, 'five opponents')] }), 'count-change')!;
    expect(e.detail).toBe('Jane Morrow rivals: 6 in A (six rivals), 5 in B (five opponents)');
  });
  it('age-gap alone decides: one person cannot be 66 and 69 at one time', () => {
    const c = compareFeatures(near({ facts: [fact('age', 'age', 66)] }), alike({ facts: [fact('age', 'age', 69)] }), idf);
    expect(c.signals.apart).toBeGreaterThanOrEqual(SETTINGS.apartDecisive);
    expect(c.relation).toBe('same-story');
  });
  it('no age-gap for people not named: "a man" aged 50 in one report and 47 in another may be two men', () => {
    const a = near({ facts: [fact('age', 'age', 50, '50-year-old', 'man')] });
    const b = alike({ facts: [fact('age', 'age', 47, '47-year-old', 'man')] });
    expect(kinds(a, b)).not.toContain('age-gap');
    expect(compareFeatures(a, b, idf).signals.apart).toBe(0);
  });
});

describe('time', () => {
  // Two accounts in other words (no duplicates), naming the same mayor.
  const ACCOUNT = 'Cracks in two pillars have shut the harbour bridge: councillors backed the closure on Tuesday, and the mayor warned that a year of repairs will strain the budget.';
  const dated = (published: string) => report(BODY, { names: ['jane morrow'], published });
  const again = (published: string) => report(ACCOUNT, { names: ['jane morrow'], published });
  it('time-close: published within a week counts for one event', () => {
    const e = evidence(dated('2022-11-20'), again('2022-11-22'), 'time-close')!;
    expect(e).toMatchObject({ detail: 'published 2022-11-20 and 2022-11-22: 2 day(s) apart', weight: SETTINGS.apartPenalty });
  });
  it('time-close: two reports that share too little to be taken for one event alone are one when published in the same week', () => {
    const bridge = (published: string | null) =>
      report('The harbour bridge closed on Tuesday after engineers found deep cracks in two of its pillars, and ferries will carry commuters across the river.', { names: ['jane morrow', 'harbour board', 'port authority'], published });
    const traffic = (published: string | null) =>
      report('Traffic backed up through the old town for hours on Wednesday while police directed drivers away from the harbour.', { names: ['jane morrow', 'city police'], published });
    const undated = compareFeatures(bridge(null), traffic(null), idf);
    expect(undated.relation).toBe('same-story');
    expect(undated.signals.similarity).toBeLessThan(SETTINGS.eventThreshold);
    expect(compareFeatures(bridge('2022-11-20'), traffic('2022-11-21'), idf).relation).toBe('same-event');
    expect(compareFeatures(bridge('2022-11-20'), traffic('2022-12-21'), idf).relation).toBe('same-story');
  });
  it('time-gap: published years apart is the same kind of happening again, whatever the text shares', () => {
    const c = compareFeatures(dated('2019-06-10'), again('2022-11-21'), idf);
    expect(c.evidence.find((e) => e.kind === 'time-gap')!.detail).toBe('published 2019-06-10 and 2022-11-21: 1260 days apart');
    expect(c.relation).toBe('same-story');
  });
  it('mentioned-years: two undated reports naming days in no year in common; a bare year is background', () => {
    const a = report(BODY, { names: ['jane morrow'], mentioned: ['2019-06-09', '2019'] });
    const b = report(ACCOUNT, { names: ['jane morrow'], mentioned: ['2022-11-20'] });
    expect(evidence(a, b, 'mentioned-years')!.detail).toBe('A mentions 2019, B mentions 2022');
    expect(kinds(a, report(ACCOUNT, { names: ['jane morrow'], mentioned: ['2019-03'] }))).not.toContain('mentioned-years');
    const since = report(BODY, { names: ['jane morrow'], mentioned: ['2005'] });
    expect(kinds(since, b)).not.toContain('mentioned-years');
  });
  it('time-of-year: an undated report names days of its year far from the dated report\'s; near one of them, or its year given, it says nothing', () => {
    const undated = report(ACCOUNT, { names: ['jane morrow'], yearless: ['12-14'] });
    const c = compareFeatures(undated, dated('2013-09-26'), idf);
    expect(c.evidence.find((e) => e.kind === 'time-of-year')!.detail).toBe('A (undated) names Dec. 14; B was published 2013-09-26 and names no day within 7 days of it');
    expect(c.signals.apart).toBe(1);
    expect(kinds(dated('2013-09-26'), undated)).toContain('time-of-year');
    // Published within a week of Dec. 14 of any year, or naming such a day: the same time of year.
    expect(kinds(undated, dated('2008-12-15'))).not.toContain('time-of-year');
    expect(kinds(report(ACCOUNT, { names: ['jane morrow'], yearless: ['12-30'] }), dated('2009-01-03'))).not.toContain('time-of-year');
    expect(kinds(undated, dated('2009-01-02'))).toContain('time-of-year');
    expect(kinds(undated, report(BODY, { names: ['jane morrow'], published: '2013-09-26', mentioned: ['2013-12-15'] }))).not.toContain('time-of-year');
    // Two undated reports naming days only past their openings, or an undated one naming no day: nothing to compare.
    expect(kinds(undated, report(BODY, { names: ['jane morrow'], yearless: ['09-26'] }))).not.toContain('time-of-year');
    expect(kinds(report(ACCOUNT, { names: ['jane morrow'] }), dated('2013-09-26'))).not.toContain('time-of-year');
  });
  it('time-of-year: two undated reports opening on days without their year ("LONDON, Oct 21 (Reuters) -") weigh as publication dates do', () => {
    const opening = (day: string, body = BODY) => report(body, { names: ['jane morrow'], yearless: [day], leadDay: day });
    const c = compareFeatures(opening('10-21'), opening('01-27', ACCOUNT), idf);
    expect(c.evidence.find((e) => e.kind === 'time-of-year')).toMatchObject({
      detail: "neither is dated; A opens on Oct. 21, B on Jan. 27, and neither names a day within 7 days of the other's",
      weight: -2 * SETTINGS.apartPenalty,
    });
    expect(c.relation).toBe('same-story');
    // Two weeks apart: one piece; within a week, or one naming the other's day: none.
    expect(evidence(opening('10-21'), opening('11-04', ACCOUNT), 'time-of-year')!.weight).toBe(-SETTINGS.apartPenalty);
    expect(kinds(opening('10-21'), opening('10-25', ACCOUNT))).not.toContain('time-of-year');
    expect(kinds(opening('10-21'), report(ACCOUNT, { names: ['jane morrow'], yearless: ['01-27', '10-20'], leadDay: '01-27' }))).not.toContain('time-of-year');
  });
  it('time-of-year: naming months and no day, an undated report is told apart by month, within one month either way', () => {
    const december = report(ACCOUNT, { names: ['jane morrow'], yearless: ['12'] });
    expect(evidence(december, dated('2013-09-26'), 'time-of-year')!.detail).toBe('A (undated) names Dec.; B was published 2013-09-26 and names no month within one of it');
    expect(kinds(december, dated('2014-01-20'))).not.toContain('time-of-year');
    expect(kinds(december, report(BODY, { names: ['jane morrow'], published: '2013-09-26', mentioned: ['2013-12'] }))).not.toContain('time-of-year');
    // A day, where one is named, decides at the finer grain.
    expect(kinds(report(ACCOUNT, { names: ['jane morrow'], yearless: ['12', '09-01'] }), dated('2013-12-20'))).toContain('time-of-year');
  });
  it('time-unknown: without a publication date and with no days that tell them apart, the evidence says time was not known', () => {
    const a = report(ACCOUNT, { names: ['jane morrow'] });
    expect(evidence(a, dated('2019-06-10'), 'time-unknown')!.detail).toMatch(/^A has no publication date/);
    expect(evidence(dated('2019-06-10'), a, 'time-unknown')!.detail).toMatch(/^B has no/);
    expect(evidence(a, report(BODY, { names: ['jane morrow'] }), 'time-unknown')!.detail).toMatch(/^neither has a publication date/);
    expect(kinds(dated('2019-06-10'), again('2019-06-11'))).not.toContain('time-unknown');
  });
});
