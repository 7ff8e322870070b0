import type { EventView } from '../types.js';

/** The dates of events that no publication date gives. */
export type MarkedSource = Exclude<NonNullable<EventView['dateSource']>, 'published' | 'unknown'>;

/**
 * How such a date is flagged, in the terminal and on the page, and what the flag means (said
 * once below a list). Browser-safe: the web page imports it.
 */
export const DATE_MARKS: Record<MarkedSource, { mark: (date: string) => string; legend: string }> = {
  mentioned: { mark: (d) => `~${d}`, legend: '~ no report of the event is dated: the latest day its reports mention, else the one year they mention' },
  inferred: { mark: (d) => `${d}?`, legend: '? inferred from the age of a person named in a dated event' },
};

/** The mark of a date from this source, if it has one. */
export function dateMark(source: EventView['dateSource']): (typeof DATE_MARKS)[MarkedSource] | undefined {
  return source === 'mentioned' || source === 'inferred' ? DATE_MARKS[source] : undefined;
}
