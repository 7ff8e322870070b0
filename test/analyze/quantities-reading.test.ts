import { describe, expect, it } from 'vitest';
import type { Entity, EntityType, Quantity } from '../../src/types.js';
import type { AnalysisDoc } from '../../src/analyze/doc.js';
import { tokenize } from '../../src/analyze/tokens.js';
import { findDates } from '../../src/analyze/dates/index.js';
import { findQuantities } from '../../src/analyze/quantities/index.js';

/** Entities built by hand, [name, type, surface forms]: every occurrence of each form is a mention. */
function quantities(body: string, named: [string, EntityType, string[]][] = []): Quantity[] {
  const doc: AnalysisDoc = { title: null, body, published: '2019-06-10', sentences: [], entities: [], quotes: [], quantities: [], dates: [] };
  tokenize(doc);
  doc.entities = named.map(([name, type, surfaces]): Entity => ({
    name,
    type,
    aliases: surfaces.filter((s) => s !== name),
    mentions: surfaces
      .flatMap((surface) => [...body.matchAll(new RegExp(`\\b${surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g'))].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + surface.length, text: surface })))
      .sort((a, b) => a.start - b.start),
  }));
  findDates(doc);
  findQuantities(doc);
  return doc.quantities;
}

const read = (q: Quantity) => [q.text, q.value, q.kind, q.unit, q.subject, q.attribute ?? null];

describe('a bare figure at the end of a change counts its clause\'s subject', () => {
  it('"the number of cases has risen to 1,240", "cases have more than doubled ... to 3,105"', () => {
    expect(quantities('The number of suspected cholera cases in the province has risen to 1,240, officials said.').map(read)).toEqual([['1,240', 1240, 'count', 'cases', 'cases', null]]);
    expect(quantities('Suspected cholera cases in the north have more than doubled in eight days to 3,105.').map(read)).toContainEqual(['3,105', 3105, 'count', 'cases', 'cases', null]);
  });
  it('"the number of ships waiting outside the port rose to 61": ships, waiting', () => {
    expect(quantities('The strike went on, as the number of ships waiting outside the port rose to 61.').map(read)).toEqual([['61', 61, 'count', 'ships', 'ships', 'waited']]);
  });
  it('a level is no count: "prices rose to 61"', () => {
    expect(quantities('Prices rose to 61 on Monday.').map((q) => q.kind)).toEqual(['other']);
  });
});

describe('a list goes on with the count before it', () => {
  const parties: [string, EntityType, string[]][] = [
    ['NSC', 'organization', ['NSC']],
    ['Christian Democratic Appeal', 'organization', ['Christian Democratic Appeal', 'CDA']],
    ['BBB', 'organization', ['BBB']],
    ['VVD', 'organization', ['VVD']],
    ['GroenLinks-PvdA', 'organization', ['GroenLinks-PvdA']],
  ];
  it('"NSC won 19 seats, the CDA 14 and the farmers\' party BBB 7": seats of each party', () => {
    expect(quantities("NSC won 19 seats, the Christian Democratic Appeal (CDA) 14 and the farmers' party BBB 7.", parties).map(read)).toEqual([
      ['19 seats', 19, 'count', 'seats', 'NSC', 'won'],
      ['14', 14, 'count', 'seats', 'Christian Democratic Appeal', 'won'],
      ['7', 7, 'count', 'seats', 'BBB', 'won'],
    ]);
  });
  it('"the VVD on 28 seats and GroenLinks-PvdA on 27": the same preposition before both', () => {
    expect(quantities('A poll put the VVD on 28 seats and GroenLinks-PvdA on 27.', parties).map((q) => [q.value, q.unit, q.subject])).toEqual([
      [28, 'seats', 'VVD'],
      [27, 'seats', 'GroenLinks-PvdA'],
    ]);
  });
  it('"Seville recorded 44.8C and Badajoz 44.1C": each figure of its own name', () => {
    const places: [string, EntityType, string[]][] = [['Seville', 'place', ['Seville']], ['Badajoz', 'place', ['Badajoz']]];
    // (A place is no clause's subject, so 44.8C has none; the list item names its own.)
    expect(quantities('In the heat, Seville recorded 44.8C and Badajoz 44.1C.', places).map((q) => [q.value, q.subject])).toEqual([
      [44.8, null],
      [44.1, 'Badajoz'],
    ]);
  });
  it('no list after a count of one thing', () => {
    expect(quantities('Fans held signs reading "NSC 2,290" on one side and "BBB 2,291" on the other.', parties).filter((q) => q.value === 2291).map((q) => q.unit)).toEqual([null]);
  });
});

describe('ages', () => {
  const age = (q: Quantity) => [q.value, q.kind, q.subject];
  it('"aged 19" after a person\'s noun, with or without a comma, is the age of that noun', () => {
    expect(quantities('A third man, aged 19, who was arrested overnight, has been released.').filter((q) => q.kind !== 'ordinal').map(age)).toEqual([[19, 'age', 'man']]);
    expect(quantities('Police held a man aged 34.').map(age)).toEqual([[34, 'age', 'man']]);
  });
  it('"died in her sleep aged 91": the age of the one the report is about, not of the sleep', () => {
    expect(quantities('Esther Williams has died peacefully in her sleep aged 91.', [['Esther Williams', 'person', ['Esther Williams']]]).map(age)).toEqual([[91, 'age', 'Esther Williams']]);
  });
  it('a range of ages is no one age', () => {
    expect(quantities('The trial enrolled 6,412 patients aged 45 to 82. The children, aged 4-15, were treated.').map((q) => q.value)).toEqual([6412]);
  });
  it('"Okoro, a 34-year-old from Salford": the age of the name in apposition', () => {
    const people: [string, EntityType, string[]][] = [['Daniel Okoro', 'person', ['Daniel Okoro']], ['Liam Fitzgerald', 'person', ['Liam Fitzgerald']]];
    expect(quantities('Daniel Okoro, a 34-year-old from Salford, and Liam Fitzgerald, a 27-year-old man from Oldham, were charged.', people).map(age)).toEqual([
      [34, 'age', 'Daniel Okoro'],
      [27, 'age', 'Liam Fitzgerald'],
    ]);
  });
  it('"The 22-year-old" opening a sentence is the one the sentence before was about, not the last person it named', () => {
    const players: [string, EntityType, string[]][] = [
      ['Lucía Fernández Ortega', 'person', ['Lucía Fernández Ortega']],
      ['Aleksandra Voronova', 'person', ['Aleksandra Voronova']],
    ];
    const body = 'Lucía Fernández Ortega saved a match point to beat the world No. 1, Aleksandra Voronova, on Saturday. The 22-year-old from Valencia became the first Spanish woman to win.';
    expect(quantities(body, players).filter((q) => q.kind === 'age').map(age)).toEqual([[22, 'age', 'Lucía Fernández Ortega']]);
  });
});

describe('a figure in what someone said', () => {
  const people: [string, EntityType, string[]][] = [
    ['Marcus Aalto', 'person', ['Marcus Aalto', 'Aalto']],
    ['Pieter van der Linden', 'person', ['Van der Linden']],
    ['Norton Co.', 'organization', ['Norton']],
  ];
  const fact = (q: Quantity) => [q.value, q.subject, q.attribute ?? null];
  it('is not the speaker\'s, and "said" is no attribute', () => {
    expect(quantities('Marcus Aalto said the company would spend about $2 billion on data centres.', people).map(fact)).toEqual([[2e9, null, 'spent']]);
    expect(quantities('Van der Linden said the combined group would have annual sales of about €5.2 billion.', people).map(fact)).toEqual([[5.2e9, null, 'sales']]);
    expect(quantities('"We are shocked," one employee told television.').map(fact)).toEqual([[1, 'employee', null]]);
  });
  it('is the speaker\'s through a pronoun, or when an organisation speaks of itself', () => {
    expect(quantities('Aalto said he would spend $5 million.', people).map(fact)).toEqual([[5e6, 'Marcus Aalto', 'spent']]);
    expect(quantities('Norton Co. said net income fell 6% in the quarter.', people).map((q) => q.subject)).toEqual(['Norton Co.']);
  });
});

describe('ordinals', () => {
  const people: [string, EntityType, string[]][] = [
    ['Helena Marsh-Okafor', 'person', ['Helena Marsh-Okafor']],
    ['Kassym-Jomart Tokayev', 'person', ['Kassym-Jomart Tokayev', 'Tokayev']],
    ['Andrew Luck', 'person', ['Andrew Luck', 'Luck']],
  ];
  const ranked = (body: string) => quantities(body, people).filter((q) => q.kind === 'ordinal').map((q) => [q.attribute, q.subject]);
  it('rank no one where they are only the clause\'s subject', () => {
    expect(ranked('Helena Marsh-Okafor said a second trial would report its first results next month.')).toEqual([['trial', null], ['results', null]]);
    expect(ranked('Andrew Luck knocked him down in the fifth round.')).toEqual([['round', null]]);
  });
  it('rank their owner, or what their subject is or becomes', () => {
    expect(ranked("Tokayev's third term began.")).toEqual([['term', 'Kassym-Jomart Tokayev']]);
    expect(ranked('Tokayev built on his surprising second place.')).toEqual([['place', 'Kassym-Jomart Tokayev']]);
    expect(ranked('Tokayev won a third term.')).toEqual([['term', 'Kassym-Jomart Tokayev']]);
    expect(ranked('Andrew Luck became the fifth player to do it.')).toEqual([['player', 'Andrew Luck']]);
  });
});
