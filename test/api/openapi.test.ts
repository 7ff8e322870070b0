import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import * as R from '../../src/api/responses.js';
import { AUTH as auth, apiWithReports } from '../helpers/api.js';

const REPORTS = [
  'Ferry Strike Ends\n\nThe ferry between Port Ellis and the islands resumed on Monday after a two-week strike by its 120 crew members ended, the operator said.',
  'The ferry to the islands sailed again from Port Ellis on 3 March 2021 after the strike by 120 crew members ended, the union leader Maria Quinn said.',
];

describe('the OpenAPI document describes what the API answers', () => {
  const { app, ids } = apiWithReports('openapi', REPORTS);

  const get = async (url: string) => {
    const r = await app.inject({ url });
    expect(r.statusCode, `${url}: ${r.body.slice(0, 300)}`).toBe(200);
    return r.json();
  };
  const conforms = (schema: z.ZodType, body: unknown, what: string) => {
    const r = schema.safeParse(body);
    expect(r.success, `${what}: ${r.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`).toBe(true);
  };

  it('every answer of every read matches its response schema', async () => {
    const article = await get(`/api/articles/${ids[0]}`);
    const stories = await get('/api/stories');
    const checks: [string, z.ZodType][] = [
      ['/api/health', R.Health],
      ['/api/articles', R.ArticlesPage],
      [`/api/articles/${ids[1]}`, R.ArticleBody],
      ['/api/stories', R.StoryRows],
      [`/api/stories/${article.storyId}`, R.StoryDetail],
      [`/api/compare?a=${ids[0]}&b=${ids[1]}`, R.Comparison],
      ['/api/search?q=ferry', R.SearchHits],
      ['/api/entities', R.EntitiesPage],
      ['/api/entities/Port%20Ellis', R.EntityView],
    ];
    for (const [url, schema] of checks) conforms(schema, await get(url), url);
    expect(stories.length).toBeGreaterThan(0);
    conforms(R.ErrorBody, (await app.inject({ url: '/api/articles/ffffffff' })).json(), '404');
  });

  it('the writes too', async () => {
    const again = await app.inject({ method: 'POST', url: '/api/ingest', headers: auth, payload: { text: REPORTS[0] } });
    conforms(R.IngestText, again.json(), 'unchanged');
    const deleted = await app.inject({ method: 'DELETE', url: `/api/articles/${ids[1]}`, headers: auth });
    conforms(R.Deleted, deleted.json(), 'delete');
  });

  it('every operation has a JSON schema for its answer and its errors, and the document lists itself', async () => {
    const doc = await get('/api/openapi.json');
    expect(doc.paths['/api/openapi.json']).toBeDefined();
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>>)) {
      if (path === '/api/openapi.json') continue;
      for (const [method, op] of Object.entries(ops)) {
        const ok = op.responses['200'];
        expect(ok.content?.['application/json']?.schema, `${method} ${path}`).toBeTypeOf('object');
        expect(op.responses['400'].content?.['application/json']?.schema, `${method} ${path}`).toEqual({ $ref: '#/components/schemas/Error' });
      }
    }
    expect(doc.components.schemas.Error.properties.error.type).toBe('string');
    expect(doc.paths['/api/articles'].get.responses['200'].content['application/json'].schema.properties.items.items.properties.lead).toBeDefined();
  });
});
