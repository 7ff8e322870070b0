import { z } from 'zod';
import { isCalendarDay } from '../analyze/dates/calendar.js';
import { DEFAULT_CONTAINER_LIMITS } from '../ingest/containers.js';

/**
 * What the API accepts, as zod schemas: they validate every request and generate the OpenAPI
 * document (openapi.ts), so the two cannot drift apart.
 */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected YYYY-MM-DD', abort: true })
  .refine(isCalendarDay, { error: (issue) => `${JSON.stringify(issue.input)} is not a day of the calendar (expected YYYY-MM-DD)` });
const limit = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback);
const offset = z.coerce.number().int().min(0).max(10_000_000).default(0);
const name = z.string().min(1).max(300);
const httpUrl = z.string().url().refine((u) => /^https?:\/\//i.test(u), 'only http(s) URLs');

export const ArticlesQuery = z
  .object({
    outlet: z.string().max(300).optional(),
    from: day.optional(),
    to: day.optional(),
    story: z.string().min(1).max(100).optional(),
    entity: name.optional(),
    limit: limit(500, 50),
    offset,
  })
  .superRefine((q, ctx) => {
    if (q.from && q.to && q.from > q.to) ctx.addIssue({ code: 'custom', path: ['to'], input: q.to, message: `${q.to} is before from (${q.from}): no day is in that range` });
  });
export const StoriesQuery = z.object({ q: z.string().max(300).optional(), limit: limit(1000, 200), offset });
export const EntitiesQuery = z.object({
  q: z.string().max(300).optional(),
  type: z.enum(['person', 'organization', 'place', 'other']).optional(),
  story: z.string().min(1).max(100).optional(),
  limit: limit(500, 50),
  offset,
});
export const CompareQuery = z.object({ a: z.string().min(1).max(100), b: z.string().min(1).max(100) });
export const SearchQuery = z.object({ q: z.string().min(1).max(500), limit: limit(100, 20) });
/** Pasted text is one report: as long as one report may be (src/ingest's limit, 1,000,000 characters). */
export const IngestBody = z.strictObject({
  text: z.string().min(1, 'text is empty').max(DEFAULT_CONTAINER_LIMITS.maxChars, `text is over ${DEFAULT_CONTAINER_LIMITS.maxChars} characters, the limit for one report: split it`),
  title: z.string().max(500).optional(),
  url: httpUrl.optional(),
  name: z.string().max(200).optional(),
});
export const IngestUrlBody = z.strictObject({ url: httpUrl });
export const IdParams = z.object({ id: z.string().min(1).max(100) });
/** A path's name: the router answers 414 above 100 characters (MAX_PARAM, server.ts) before this is read. */
export const NameParams = z.object({ name: z.string().min(1).max(100) });

/** Where an error answer would tell an API client to use a CLI option, it says what holds for the server instead. */
export function forApi(message: string): string {
  return message.replace(' (ingesting from the local or private network needs --allow-private)', ' (the server never fetches from the local or private network)').replace(/ \(--[a-z-]+\)/g, '');
}

/** An error with the HTTP status to answer it with; its message is shown to the person who made the request. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The request part, validated, or a 400 that says which field is wrong and how. */
export function parse<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  if (where === 'body' && (typeof value !== 'object' || value === null || Array.isArray(value))) {
    throw new HttpError(400, 'body: expected a JSON object, such as {"text": "..."}, sent with content-type: application/json');
  }
  const r = schema.safeParse(value);
  if (!r.success) throw new HttpError(400, `${where}: ${r.error.issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`).join('; ')}`);
  return r.data;
}
