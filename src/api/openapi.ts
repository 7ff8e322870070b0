import { z } from 'zod';
import * as R from './responses.js';
import { ArticlesQuery, CompareQuery, EntitiesQuery, IngestBody, IngestUrlBody, SearchQuery, StoriesQuery } from './schemas.js';

/** Query parameters of an operation, from the zod schema that validates them. */
function query(schema: z.ZodType) {
  const json = z.toJSONSchema(schema, { io: 'input' });
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({ name, in: 'query', schema: s, required: (json.required ?? []).includes(name) }));
}

const pathParam = (name: string, description: string) => ({ name, in: 'path', required: true, description, schema: { type: 'string', maxLength: 100 } });
const json = (schema: z.ZodType) => ({ required: true, content: { 'application/json': { schema: z.toJSONSchema(schema) } } });
/** A response with a JSON body of this schema. */
const answer = (description: string, schema: z.ZodType) => ({ description, content: { 'application/json': { schema: z.toJSONSchema(schema, { io: 'output' }) } } });
const error = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
const errors = {
  '400': error('the request is malformed; `error` says which field and why'),
  '404': error('no such article, story, entity or endpoint'),
  '414': error('a part of the path is over 100 characters'),
  '429': error('too many requests from this address; the Retry-After header says when to retry'),
};
const writeErrors = {
  '401': error('missing or wrong token'),
  '403': error('writes are disabled (no STORYLINE_TOKEN)'),
  '413': error('body or files too large'),
  '415': error('the body is not of the media type the endpoint takes'),
  '422': error('the input could not be read or holds no article'),
  '500': error('the analysis of the input failed on the server; nothing of it was stored'),
};

/** The OpenAPI document, generated from the zod schemas that validate the requests and describe the answers. */
export function openApi(): unknown {
  const write = (summary: string, ok: z.ZodType, extra: object) => ({
    post: { summary, security: [{ bearer: [] }], responses: { '200': answer('already stored (the ids are those of the stored articles)', ok), '201': answer('stored', ok), ...errors, ...writeErrors }, ...extra },
  });
  const read = (summary: string, ok: z.ZodType, parameters: unknown[] = []) => ({ get: { summary, parameters, responses: { '200': answer('JSON', ok), ...errors } } });
  return {
    openapi: '3.1.0',
    info: { title: 'Storyline API', version: '0.3.0', description: 'Reads are open; writes need `Authorization: Bearer <STORYLINE_TOKEN>`. Errors are `{"error": "..."}`.' },
    paths: {
      '/api/health': read('liveness, store kind and article count', R.Health),
      '/api/articles': read('stored articles in ingestion order, filtered by outlet, date range, story or entity, paged; `total` counts all that match', R.ArticlesPage, query(ArticlesQuery)),
      '/api/articles/{id}': {
        ...read('one article, cleaned and analysed, with its story and event (id or a unique prefix)', R.ArticleBody, [pathParam('id', 'article id or a unique prefix')]),
        delete: {
          summary: 'delete an article and all made of it (its raw input too, if no other article came from it); the whole id',
          security: [{ bearer: [] }],
          parameters: [pathParam('id', 'the whole article id')],
          responses: { '200': answer('deleted', R.Deleted), ...errors, ...writeErrors },
        },
      },
      '/api/stories': read('stories with their events and counts (reports, events, outlets, first and last date), largest first; `q` matches titles and report text; header x-total-count', R.StoryRows, query(StoriesQuery)),
      '/api/stories/{id}': read('one story: timeline of events with their reports, facts changed between events, conflicts within events, people, organisations and places', R.StoryDetail, [
        pathParam('id', 'story id; the id of a story since merged into another gives that story'),
      ]),
      '/api/compare': read('how two articles relate, why (evidence), and their facts side by side', R.Comparison, query(CompareQuery)),
      '/api/search': read('full-text search, every word required', R.SearchHits, query(SearchQuery)),
      '/api/entities': read('entities named in the store (or a story), those in most articles first; `total` counts all that match', R.EntitiesPage, query(EntitiesQuery)),
      '/api/entities/{name}': read('where an entity appears across stories over time, with its aliases', R.EntityView, [pathParam('name', 'canonical name, any case')]),
      '/api/ingest': write('ingest a pasted text', R.IngestText, { requestBody: json(IngestBody) }),
      '/api/ingest/url': write('ingest a page or a feed by URL (private addresses refused)', R.IngestUrl, { requestBody: json(IngestUrlBody) }),
      '/api/ingest/files': write('ingest uploaded files (multipart/form-data, field "files", several allowed); each file with its outcome', R.IngestFiles, {
        requestBody: { required: true, content: { 'multipart/form-data': { schema: { type: 'object', properties: { files: { type: 'array', items: { type: 'string', format: 'binary' } } }, required: ['files'] } } } },
      }),
      '/api/openapi.json': { get: { summary: 'this document', responses: { '200': { description: 'the OpenAPI 3.1 document' } } } },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: { Error: z.toJSONSchema(R.ErrorBody) },
    },
  };
}
