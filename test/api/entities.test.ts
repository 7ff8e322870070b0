import { describe, expect, it } from 'vitest';
import { apiWithReports } from '../helpers/api.js';

/** Two reports of one runoff, one writing the names with their Turkish letters, one without. */
const REPORTS = [
  'Erdoğan wins runoff\n\nRecep Tayyip Erdoğan won the runoff on Sunday with 52.1% of the vote, beating Kemal Kılıçdaroğlu. Erdoğan, 69, thanked voters in Istanbul.',
  'Erdogan re-elected\n\nRecep Tayyip Erdogan was re-elected on Sunday, beating Kemal Kilicdaroglu. Erdogan, 69, spoke to supporters in Istanbul.',
];

describe('an entity spelled with and without marks across reports', () => {
  const { app, ids } = apiWithReports('entities', REPORTS);

  it('is one person in the list, found by either spelling, with both reports on its page', async () => {
    const people = (await app.inject({ url: '/api/entities?type=person&q=erdogan' })).json();
    expect(people.items).toEqual([{ name: 'Recep Tayyip Erdoğan', type: 'person', articles: 2, mentions: 4 }]);
    for (const name of ['Recep%20Tayyip%20Erdogan', 'recep%20tayyip%20erdo%C4%9Fan']) {
      const page = (await app.inject({ url: `/api/entities/${name}` })).json();
      expect(page.articles.map((a: { id: string }) => a.id).sort()).toEqual([...ids].sort());
      expect(page.aliases).toHaveLength(1); // "Erdoğan" and "Erdogan": one alias
    }
    const filtered = (await app.inject({ url: '/api/articles?entity=Kemal%20Kilicdaroglu' })).json();
    expect(filtered.total).toBe(2);
  });
});
