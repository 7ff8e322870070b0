import { z } from 'zod';
import { isCalendarDay } from '../analyze/dates/calendar.js';

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

export const ArticlesQuery = z.object({
  outlet: z.string().max(300).optional(),
  from: day.optional(),
  to: day.optional(),
  story: z.string().min(1).max(100).optional(),
  entity: name.optional(),
  limit: limit(500, 50),
  offset,
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
export const IngestBody = z.object({
  text: z.string().min(1, 'text is empty').max(5_000_000),
  title: z.string().max(500).optional(),
  url: httpUrl.optional(),
  name: z.string().max(200).optional(),
});
export const IngestUrlBody = z.object({ url: httpUrl });
export const IdParams = z.object({ id: z.string().min(1).max(100) });
export const NameParams = z.object({ name });

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
  const r = schema.safeParse(value);
  if (!r.success) throw new HttpError(400, `${where}: ${r.error.issues.map((i) => `${i.path.join('.') || 'value'}: ${i.message}`).join('; ')}`);
  return r.data;
}
