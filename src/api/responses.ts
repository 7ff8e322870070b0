import { z } from 'zod';

/**
 * What the API answers, as zod schemas: they give the OpenAPI document its response schemas
 * (openapi.ts). The answers are not validated against them at run time; test/api/openapi.test.ts
 * checks real answers with them, so that the two cannot drift apart unnoticed.
 */
const id = z.string();
const day = z.string().nullable().describe('YYYY-MM-DD (or coarser: YYYY-MM, YYYY) or null');
const count = z.number().int().min(0);
const entityType = z.enum(['person', 'organization', 'place', 'other']);

export const ErrorBody = z.object({ error: z.string().describe('what is wrong, naming the field or input') });
export const Health = z.object({ ok: z.boolean(), store: z.enum(['sqlite', 'postgres']), articles: count });

/** A report in a list: where the linker filed it, and the first sentence of one without a title. */
export const ReportSummary = z.object({
  id,
  source: z.string().describe('the name of the file (never its folders), the URL, or "pasted": where it came from'),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: day,
  lead: z.string().nullable().describe('the first sentence of a report without a title (null when it has one)'),
  storyId: z.string().nullable(),
  eventId: z.string().nullable(),
});
const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: count, limit: count, offset: count });
export const ArticlesPage = page(ReportSummary);

const Span = { start: count, end: count };
export const ArticleBody = z.looseObject({
  id,
  source: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  authors: z.array(z.string()),
  published: day,
  url: z.string().nullable(),
  body: z.string().describe('cleaned text, paragraphs separated by a blank line; offsets below are into it'),
  links: z.array(z.looseObject({ url: z.string().nullable(), text: z.string(), kind: z.string() })),
  removed: z.array(z.looseObject({ text: z.string(), reason: z.string() })),
  warnings: z.array(z.string()).optional().describe('what a reader should know of how the report was read: a paywall teaser, a language other than English'),
  entities: z.array(z.looseObject({ name: z.string(), type: entityType, aliases: z.array(z.string()), mentions: z.array(z.looseObject({ ...Span, text: z.string() })) })),
  quotes: z.array(z.looseObject({ text: z.string(), speaker: z.string().nullable(), direct: z.boolean(), ...Span })),
  quantities: z.array(z.looseObject({ value: z.unknown(), unit: z.string().nullable(), kind: z.string(), text: z.string(), ...Span })),
  dates: z.array(z.looseObject({ text: z.string(), value: z.string().nullable(), ...Span })),
  storyId: z.string().nullable(),
  eventId: z.string().nullable(),
});

const Event = z.object({
  id,
  title: z.string(),
  date: day,
  dateSource: z.enum(['published', 'mentioned', 'inferred', 'unknown']).optional().describe('where the date comes from: "mentioned" and "inferred" are approximate'),
  dateNote: z.string().optional(),
  articles: z.array(id),
});
const Counts = z.object({ reports: count, events: count, outlets: count, first: day, last: day });
export const StoryRows = z.array(z.object({ id, title: z.string(), events: z.array(Event), counts: Counts }));

const value = z.union([z.string(), z.number()]).nullable();
const Fact = z.object({ subject: z.string(), attribute: z.string(), a: value, b: value, status: z.enum(['agree', 'conflict', 'changed']) });
const FactChange = Fact.extend({ fromEvent: id, toEvent: id, articleA: id, articleB: id });
const EntitySummary = z.object({ name: z.string(), type: entityType, articles: count, mentions: count });
export const StoryDetail = z.object({
  id,
  title: z.string(),
  counts: Counts,
  events: z.array(Event.extend({ reports: z.array(ReportSummary.omit({ storyId: true, eventId: true })) })),
  changes: z.array(FactChange),
  conflicts: z.array(FactChange),
  people: z.array(EntitySummary),
  organizations: z.array(EntitySummary),
  places: z.array(EntitySummary),
});

export const Comparison = z.object({
  relation: z.enum(['duplicate', 'same-event', 'same-story', 'unrelated']),
  score: z.number(),
  evidence: z.array(z.object({ kind: z.string(), detail: z.string(), weight: z.number().optional().describe('> 0 pulled the two together, < 0 apart') })),
  facts: z.array(Fact),
});
export const SearchHits = z.array(z.object({ id, title: z.string().nullable(), snippet: z.string(), score: z.number() }));
export const EntitiesPage = page(EntitySummary);
export const EntityView = z.object({
  name: z.string(),
  type: z.string(),
  aliases: z.array(z.string()),
  articles: z.array(ReportSummary.extend({ mentions: count, as: z.string().describe('the name this report uses') })),
  stories: z.array(z.object({ id, title: z.string(), articles: count })),
});

const Reason = z.object({ source: z.string(), reason: z.string() });
const Warnings = z
  .array(z.object({ source: z.string(), warning: z.string() }))
  .optional()
  .describe("what the new articles' readers should know: a language other than English, a paywall's teaser (absent when nothing)");
export const IngestText = z.object({ status: z.enum(['added', 'unchanged']), articles: z.array(id).describe('the articles of the text, new or already stored'), warnings: Warnings });
export const IngestUrl = IngestText.extend({ errors: z.array(Reason) });
export const IngestFiles = z.object({
  inputs: z.array(z.object({ source: z.string(), status: z.enum(['added', 'unchanged', 'failed']), articles: z.array(id), errors: z.array(Reason), warnings: Warnings })),
  added: count,
  unchanged: count,
  failed: count,
});
export const Deleted = z.object({ deleted: id });
