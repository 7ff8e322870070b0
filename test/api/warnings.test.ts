import { describe, expect, it } from 'vitest';
import * as R from '../../src/api/responses.js';
import { AUTH, apiWithReports } from '../helpers/api.js';

const FRENCH =
  "Barnier nommé Premier ministre\n\nEmmanuel Macron a nommé jeudi Michel Barnier au poste de Premier ministre, près de deux mois après des élections législatives anticipées. « C'est un moment grave », a déclaré M. Barnier lors de la passation de pouvoirs à Matignon.";

describe('an ingest through the API says what its readers should know', () => {
  const { app } = apiWithReports('warnings', []);

  it('a text in another language: stored, with the warning in the answer and on the article', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/ingest', headers: AUTH, payload: { text: FRENCH } });
    expect(r.statusCode).toBe(201);
    const body = R.IngestText.parse(r.json());
    expect(body.warnings).toEqual([{ source: 'pasted', warning: expect.stringMatching(/^the text looks like French, not English/) }]);
    const article = (await app.inject({ url: `/api/articles/${body.articles[0]}` })).json();
    expect(article.warnings).toEqual([body.warnings![0].warning]);
    // The same text again is no new article: nothing to warn of.
    expect((await app.inject({ method: 'POST', url: '/api/ingest', headers: AUTH, payload: { text: FRENCH } })).json().warnings).toBeUndefined();
  });
});
