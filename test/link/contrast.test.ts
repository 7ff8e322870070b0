import { describe, expect, it } from 'vitest';
import { contrastEvidence } from '../../src/link/contrast.js';
import { buildArticle } from '../../src/service/ingest.js';
import type { Article } from '../../src/types.js';

/**
 * What one report names or counts and the other never does, on small reports written for the
 * purpose and read by the whole pipeline (cleaning and analysis), as `compare` reads them.
 */
const article = (name: string, text: string): Article =>
  buildArticle({ source: `${name}.txt`, rawHash: name, docHash: name.padEnd(16, '0'), format: 'text', text, encoding: 'UTF-8', hints: {} });

const FLOOD_2019 = article(
  'flood-2019',
  `River Floods Valley Town

Floods along the Danube forced 300 people from their homes in Vukovar on Saturday, mayor Ivan Penava said. Penava said the water had reached the old market. The Red Cross sent tents to Vukovar.`,
);
const FLOOD_2023 = article(
  'flood-2023',
  `Valley Town Floods Again

The Danube flooded Vukovar again on Tuesday, four years after the last flood. Two people died in March, and mayor Penava asked Zagreb for help. The army sent boats to Vukovar.`,
);

const detail = (a: Article, b: Article, kind: string) => contrastEvidence(a, b).find((e) => e.kind === kind)?.detail;

describe('named-in-one', () => {
  it('lists the names only one report gives, each side apart, without weight', () => {
    const e = contrastEvidence(FLOOD_2019, FLOOD_2023).find((x) => x.kind === 'named-in-one')!;
    expect(e.weight).toBe(0);
    expect(e.detail).toMatch(/^only A names [^;]*Red Cross/);
    expect(e.detail).toMatch(/; only B names [^;]*Zagreb/);
  });
  it('a person named by surname alone in the other report is named there', () => {
    // B says "mayor Penava", A "mayor Ivan Penava": neither lists him.
    expect(detail(FLOOD_2019, FLOOD_2023, 'named-in-one')).not.toMatch(/Penava/);
    expect(detail(FLOOD_2019, FLOOD_2023, 'named-in-one')).not.toMatch(/Vukovar|Danube/);
  });
  it('a company without its legal form, or a name the other report writes otherwise, is named there', () => {
    const a = article('apple-a', 'Apple results\n\nApple Inc said revenue rose in Cupertino, California, on Thursday.');
    const b = article('apple-b', 'CUPERTINO, Calif. (AP) — Apple said its sales rose on Thursday.');
    expect(detail(a, b, 'named-in-one') ?? '').not.toMatch(/Apple|California/);
  });
  it('says nothing when each names what the other does', () => {
    expect(contrastEvidence(FLOOD_2019, FLOOD_2019).filter((e) => e.kind.endsWith('-in-one'))).toEqual([]);
  });
});

describe('counted-in-one', () => {
  it('lists what only one report counts, with the time its sentence names', () => {
    const d = detail(FLOOD_2019, FLOOD_2023, 'counted-in-one')!;
    expect(d).toMatch(/only A counts [^;]*\(300 people, Saturday\)/);
    expect(d).toMatch(/only B counts [^;]*\(Two people, March\)/);
  });
  it("takes the date nearest the figure in its sentence, not a dateline's day before it", () => {
    const wire = article('kenya', 'Ruto wins\n\nNAIROBI, Aug 15, 2022 (Reuters) - William Ruto was declared the winner on Monday with 50.49% of the vote, officials said.');
    expect(detail(wire, FLOOD_2019, 'counted-in-one')).toMatch(/50\.49%, Monday: 2022-08-15\)/);
  });
  it('shows a part of a day as words, not as TimeML ("Sunday afternoon: 2025-07-20 afternoon", not "2025-07-20TAF")', () => {
    const dated = buildArticle({ source: 'ferry.txt', rawHash: 'ferry', docHash: 'ferry'.padEnd(16, '0'), format: 'text', text: 'Ferry sinks\n\nRescuers pulled 96 survivors from the water on Sunday afternoon, officials said.', encoding: 'UTF-8', hints: { published: '2025-07-21' } });
    const d = detail(dated, FLOOD_2019, 'counted-in-one')!;
    expect(d).toMatch(/96 survivors, Sunday afternoon: 2025-07-20 afternoon/);
    expect(d).not.toMatch(/TAF/);
  });
  it("names an unnamed person's age by who it is, and adds no date that is no calendar day", () => {
    const other = article('flood-2019-c', 'Rescuers pulled a 16-year-old boy from the river on Sunday. Now 300 people are homeless, mayor Ivan Penava said.');
    const d = detail(other, FLOOD_2019, 'counted-in-one')!;
    expect(d).toMatch(/only A counts boy's age \(16-year-old\)/);
    expect(d).not.toMatch(/PRESENT_REF/);
  });
  it('a count of the same kind and number in the other report is counted there, whatever subject it was given', () => {
    const other = article('flood-2019-b', 'Floods along the Danube drove 300 residents of Vukovar out of their homes on Saturday. The Red Cross sent tents, and Zagreb sent the army.');
    expect(detail(FLOOD_2019, other, 'counted-in-one') ?? '').not.toMatch(/300/);
  });
  it('a figure the other report gives with no subject read for it is counted there too', () => {
    const a = article('strike-a', 'Dockworkers walked out on Monday. Negotiator Maike Weber wants a pay rise of 14 percent for the workers. Weber said the strike would go on.');
    const b = article('strike-b', 'The strike began on Monday. The union is demanding a pay rise of 14 percent, said Maike Weber. The port was quiet.');
    const percent = (x: Article) => x.quantities.filter((q) => q.kind === 'percent' && q.value === 14);
    // The test is only worth its name if one report reads a subject for the 14 percent and the other none.
    expect(percent(a).length && percent(b).length).toBeTruthy();
    expect(percent(a).some((q) => q.subject) !== percent(b).some((q) => q.subject)).toBe(true);
    expect(detail(a, b, 'counted-in-one') ?? '').not.toMatch(/14 percent/);
    expect(detail(b, a, 'counted-in-one') ?? '').not.toMatch(/14 percent/);
  });
});

describe('quoted-in-both and quoted-in-one', () => {
  const FIRE_A = article(
    'fire-a',
    `Warehouse Fire in Leeds

A fire destroyed a warehouse in Leeds on Monday. "The building could not be saved, but everyone got out alive," fire chief Sarah Connell said. The owner, Mark Pryce, said the stock was insured.`,
  );
  const FIRE_B = article(
    'fire-b',
    `Blaze Guts Leeds Warehouse

Flames tore through a Leeds warehouse on Monday. "Everyone got out alive, but the building could not be saved," said Sarah Connell, the city's fire chief. Neighbours said they heard explosions.`,
  );
  const FIRE_C = article(
    'fire-c',
    `Leeds Fire Under Investigation

Investigators are looking into Monday's warehouse fire in Leeds. "We do not yet know how it started," Connell said on Tuesday.`,
  );

  it('whom both reports quote with the same statement, shown once', () => {
    const d = detail(FIRE_A, FIRE_B, 'quoted-in-both')!;
    expect(d).toMatch(/^both quote Sarah Connell \(the same statement: “/);
    expect(d).toMatch(/could not be saved|got out alive/);
  });
  it('whom both quote with different statements, found by surname', () => {
    expect(detail(FIRE_A, FIRE_C, 'quoted-in-both')).toBe('both quote Sarah Connell (different statements)');
  });
  it('not the same statement when they share a word or two, or give other figures', () => {
    const said = (id: string, quote: string) => article(id, `Rates Decision\n\nThe central bank held rates on Thursday. "${quote}," Governor Anna Bell said.`);
    expect(detail(said('r1', 'The economy is moving in the right direction for a cut'), said('r2', 'We will not cut too quickly'), 'quoted-in-both')).toBe('both quote Anna Bell (different statements)');
    expect(detail(said('r3', 'We expect revenue growth of 4% to 8% next year'), said('r4', 'We expect revenue growth of 3% to 7% next year'), 'quoted-in-both')).toBe('both quote Anna Bell (different statements)');
    expect(detail(said('r5', 'We expect revenue growth of 4% to 8% next year'), said('r6', 'Revenue growth of 4% to 8% is what we expect'), 'quoted-in-both')).toMatch(/the same statement/);
  });
  it('whom only one report quotes, each side apart, without weight', () => {
    const e = contrastEvidence(FIRE_A, FIRE_C).find((x) => x.kind === 'quoted-in-one')!;
    expect(e.weight).toBe(0);
    expect(e.detail).toBe('only A quotes Mark Pryce');
  });
});
