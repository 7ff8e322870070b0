import { z } from 'zod';
import { ArticlesQuery, CompareQuery, EntitiesQuery, IngestBody, IngestUrlBody, SearchQuery, StoriesQuery } from './schemas.js';

/** Query parameters of an operation, from the zod schema that validates them. */
function query(schema: z.ZodType) {
  const json = z.toJSONSchema(schema, { io: 'input' });
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({ name, in: 'query', schema: s, required: (json.required ?? []).includes(name) }));
}

const pathParam = (name: string, description: string) => ({ name, in: 'path', required: true, description, schema: { type: 'string' } });
const json = (schema: z.ZodType) => ({ required: true, content: { 'application/json': { schema: z.toJSONSchema(schema) } } });
const errors = {
  '400': { description: 'the request is malformed; `error` says which field and why' },
  '404': { description: 'no such article, story, entity or endpoint' },
};
const writeErrors = {
  '401': { description: 'missing or wrong token' },
  '403': { description: 'writes are disabled (no STORYLINE_TOKEN)' },
  '413': { description: 'body or files too large' },
  '422': { description: 'the input could not be read or holds no article' },
};

/** The OpenAPI document, generated from the zod schemas that validate the requests. */
export function openApi(): unknown {
  const write = (summary: string, extra: object) => ({ post: { summary, security: [{ bearer: [] }], responses: { '200': { description: 'already stored' }, '201': { description: 'stored' }, ...errors, ...writeErrors }, ...extra } });
  const read = (summary: string, parameters: unknown[] = []) => ({ get: { summary, parameters, responses: { '200': { description: 'JSON' }, ...errors } } });
  return {
    openapi: '3.1.0',
    info: { title: 'Storyline API', version: '0.2.0', description: 'Reads are open; writes need `Authorization: Bearer <STORYLINE_TOKEN>`. Errors are `{"error": "..."}`.' },
    paths: {
      '/api/health': read('liveness, store kind and article count'),
      '/api/articles': read('stored articles in ingestion order, filtered by outlet, date range, story or entity, paged; `total` counts all that match', query(ArticlesQuery)),
      '/api/articles/{id}': {
        ...read('one article, cleaned and analysed, with its story and event (id or a unique prefix)', [pathParam('id', 'article id or a unique prefix')]),
        delete: {
          summary: 'delete an article and all made of it (its raw input too, if no other article came from it); the whole id',
          security: [{ bearer: [] }],
          parameters: [pathParam('id', 'the whole article id')],
          responses: { '200': { description: '{"deleted": id}' }, ...errors, ...writeErrors },
        },
      },
      '/api/stories': read('stories with their events and counts (reports, events, outlets, first and last date), largest first; `q` matches titles and report text; header x-total-count', query(StoriesQuery)),
      '/api/stories/{id}': read('one story: timeline of events with their reports, facts changed between events, conflicts within events, people, organisations and places', [pathParam('id', 'story id; the id of a story since merged into another gives that story')]),
      '/api/compare': read('how two articles relate, why (evidence), and their facts side by side', query(CompareQuery)),
      '/api/search': read('full-text search, every word required', query(SearchQuery)),
      '/api/entities': read('entities named in the store (or a story), those in most articles first; `total` counts all that match', query(EntitiesQuery)),
      '/api/entities/{name}': read('where an entity appears across stories over time, with its aliases', [pathParam('name', 'canonical name, any case')]),
      '/api/ingest': write('ingest a pasted text', { requestBody: json(IngestBody) }),
      '/api/ingest/url': write('ingest a page or a feed by URL (private addresses refused)', { requestBody: json(IngestUrlBody) }),
      '/api/ingest/files': write('ingest uploaded files (multipart/form-data, field "files", several allowed)', {
        requestBody: { required: true, content: { 'multipart/form-data': { schema: { type: 'object', properties: { files: { type: 'array', items: { type: 'string', format: 'binary' } } }, required: ['files'] } } } },
      }),
    },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
}
