import type { EventView } from '../types.js';
import type { LinkFeatures } from './features.js';

/**
 * Places events that no report dates on a story's timeline, from the ages its reports give.
 * A person is 66 in one report and 69 in another: the second happening is about three years
 * after the first. With a dated event to anchor on, that gives a year ("inferred"); without
 * one, it still gives the order, and the note says why.
 */
export interface TimelineEvent {
  view: EventView;
  /** Ages the event's reports state, by person (the first statement of each). */
  ages: Map<string, number>;
}

export function agesOf(features: readonly (LinkFeatures | undefined)[]): Map<string, number> {
  const ages = new Map<string, number>();
  for (const f of features) for (const fact of f?.facts ?? []) if (fact.kind === 'age' && !ages.has(fact.subject)) ages.set(fact.subject, fact.value);
  return ages;
}

const yearsApart = (n: number) => `about ${n} year${n === 1 ? '' : 's'}`;

/** Dates undated events from a dated one where a person's age links them (date, dateSource, dateNote set). */
function anchorOnDated(events: TimelineEvent[]): void {
  const dated = events.filter((e) => e.view.date && e.view.dateSource !== 'unknown');
  for (const e of events) {
    if (e.view.date) continue;
    for (const anchor of dated) {
      const shared = [...e.ages.keys()].find((s) => anchor.ages.has(s));
      if (!shared) continue;
      const gap = e.ages.get(shared)! - anchor.ages.get(shared)!;
      e.view.date = String(Number(anchor.view.date!.slice(0, 4)) + gap);
      e.view.dateSource = 'inferred';
      e.view.dateNote = `${shared} is ${e.ages.get(shared)} here and ${anchor.ages.get(shared)} in "${anchor.view.title}" (${anchor.view.date})`;
      break;
    }
  }
}

/** Orders the still-undated events by the age of the person most of them give an age for. */
function orderUndated(undated: TimelineEvent[]): TimelineEvent[] {
  const counts = new Map<string, number>();
  for (const e of undated) for (const s of e.ages.keys()) counts.set(s, (counts.get(s) ?? 0) + 1);
  const [subject, n] = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0] ?? [null, 0];
  if (!subject || n < 2) return undated;
  const aged = undated.filter((e) => e.ages.has(subject)).sort((x, y) => x.ages.get(subject)! - y.ages.get(subject)!);
  for (let i = 1; i < aged.length; i++) {
    const [before, after] = [aged[i - 1], aged[i]];
    const gap = after.ages.get(subject)! - before.ages.get(subject)!;
    after.view.dateNote =
      gap > 0
        ? `${yearsApart(gap)} after "${before.view.title}": ${subject} is ${before.ages.get(subject)} there and ${after.ages.get(subject)} here`
        : `the same year as "${before.view.title}" (${subject} is ${after.ages.get(subject)} in both)`;
  }
  return [...aged, ...undated.filter((e) => !e.ages.has(subject))];
}

/** The events in timeline order: dated ones by date, then undated ones, ordered by ages where they allow it. */
export function orderTimeline(events: TimelineEvent[]): EventView[] {
  anchorOnDated(events);
  const dated = events.filter((e) => e.view.date).sort((x, y) => x.view.date!.localeCompare(y.view.date!));
  const undated = orderUndated(events.filter((e) => !e.view.date));
  return [...dated, ...undated].map((e) => e.view);
}
