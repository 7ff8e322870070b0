import { createHash } from 'node:crypto';
import type { Store, TermStats } from '../store/store.js';
import type { Article } from '../types.js';
import { lshKeys, minhash } from './minhash.js';
import { companyKey, currentNameKey, matchKey } from '../words.js';
import { capitalisedNames, contentWords, isReporter, leadOf, sentenceAround, type WordCounts, termFrequencies } from './text.js';

/** A fact a report states: the same attribute of the same subject can be compared across reports. */
export interface Fact {
  subject: string;
  attribute: string;
  value: number;
  kind: string;
  unit: string | null;
  approximate: boolean;
  text: string;
}

/** What the linker keeps of an article: enough to compare it without reading it again. */
export interface LinkFeatures {
  id: string;
  title: string | null;
  /** The first sentence, shortened: a headline for reports without a title. */
  lead: string;
  published: string | null;
  /** sha256 of the body with case, spacing and punctuation normalised: exact duplicates. */
  exactHash: string;
  minhash: number[];
  /** Term frequencies of content words (body + title). */
  terms: WordCounts;
  titleWords: string[];
  /** Canonical names of people, organisations and places as match keys (words.ts: "erdoğan" and "erdogan" are one). */
  names: string[];
  facts: Fact[];
  /** Dates the report mentions, as TimeML values (resolved ones only). */
  mentioned: string[];
  /** Days and months an undated report names without their year, as MM-DD or MM ("Feb. 22" -> 02-22, "in December" -> 12). Absent in features stored before it existed. */
  yearless?: string[];
  /** The day without its year that opens the report, as MM-DD: a wire dateline's ("LONDON, Oct 21 (Reuters) -" -> 10-21) or its lead's. Absent when none, and in features stored before it existed. */
  leadDay?: string;
  /** The person the report is about (named most often, at least twice), lowercased with aliases. Absent in features stored before it existed. */
  protagonist?: string[] | null;
  /** Its participants: people, organisations and places named at least PARTICIPANT_MENTIONS times, each as its name and aliases as match keys. Absent in features stored before it existed. */
  participants?: string[][];
  /** Named happenings it speaks of, in order of first mention: storms as "hurricane milton" (match keys). Absent in features stored before it existed. */
  happenings?: string[];
}

/**
 * Content words kept per report (the most frequent; see termFrequencies). Linking the ECB+
 * articles scores the same with all terms, 150 or 100 (bench/RESULTS.md, linking), while a long
 * report no longer costs several times a short one to compare and to index.
 */
const TERMS_KEPT = 100;

/** An entity's names, canonical first, as match keys (lowercased, Latin letters without their marks) and each once. */
function formsOf(e: Article['entities'][number]): string[] {
  return [...new Set([e.name, ...e.aliases].map(matchKey))];
}

/**
 * The most-named person, if named at least twice: the one a report of a happening is about.
 * Not one named only where they speak: a spokesman or a police officer is named once for each
 * thing they say ("said Jan Unger, a fire brigade spokesman ... Unger said"), and the report is
 * not about them.
 */
function protagonistOf(a: Article): string[] | null {
  let best: Article['entities'][number] | null = null;
  for (const e of a.entities) {
    if (e.type !== 'person' || e.mentions.length < 2 || (best && e.mentions.length <= best.mentions.length)) continue;
    if (onlySpeaks(a, e)) continue;
    best = e;
  }
  return best ? formsOf(best) : null;
}

const SPEECH = '(?:said|says|told|tells|added|adds|explained|stated|according to)';
const SPEAKS_AFTER = new RegExp(`^(?:\\s*,[^,.]{0,80},)?\\s+${SPEECH}\\b`);
const SPOKEN_BEFORE = new RegExp(`\\b${SPEECH}\\s+(?:[\\p{L}.-]+\\s+){0,3}$`, 'u');

/** A person named only where the report says who said something: a spokesman, not a participant. */
function onlySpeaks(a: Article, e: Article['entities'][number]): boolean {
  return e.type === 'person' && e.mentions.every((m) => attributes(a.body, m));
}

/** Whether a mention is where the report says who said something ("Unger said", "said Jan Unger, a spokesman"). */
function attributes(body: string, m: { start: number; end: number }): boolean {
  return SPEAKS_AFTER.test(body.slice(m.end, m.end + 100)) || SPOKEN_BEFORE.test(body.slice(Math.max(0, m.start - 40), m.start));
}

/**
 * Mentions that make an entity a participant of the report rather than a passing reference.
 * Linking the ECB+ articles: 3 gave event F1 0.869-0.883 over 3 orders; 2 split events
 * (0.844-0.855: a second mention is often background), 4 caught fewer (0.869-0.879).
 */
export const PARTICIPANT_MENTIONS = 3;

function participantsOf(a: Article): string[][] {
  return a.entities
    .filter((e) => e.type !== 'other' && e.mentions.length >= PARTICIPANT_MENTIONS && !onlySpeaks(a, e))
    .map(formsOf);
}

/**
 * A storm's name makes it one happening: "Hurricane Helene" and "Hurricane Milton" struck the
 * same coast two weeks apart, with the same governor and agencies named in both. The kind and the
 * given name ("Tropical Storm Milton" becomes "Hurricane Milton": one storm by its given name),
 * read in the body (a Title Case headline's "Storm Batters Florida Coast" names none), not before
 * another capitalised word ("Hurricane Preparedness Week", "Storm Team 4"), nor a word that names
 * something else (the National Hurricane Center, Storm Shadow missiles, the city of Storm Lake).
 * A storm the report names once, away from its opening, is background ("the worst since Hurricane
 * Katrina") and not what it is about.
 */
const NAMED_STORM = /\b(Super Typhoon|Typhoon|Hurricane|Cyclone|Tropical Storm|Tropical Depression|Storm)\s+(\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-]|\s+(?:\p{Lu}|\d))/gu;
/** Where a report's opening ends: a storm named there is what it is about, even once. */
const OPENING = 250;
const NOT_A_STORM_NAME = new Set(['center', 'centre', 'centers', 'season', 'seasons', 'prediction', 'warning', 'warnings', 'watch', 'watches', 'hunter', 'hunters', 'shadow', 'lake', 'category', 'force', 'relief', 'recovery', 'response', 'names', 'tracker', 'surge', 'alley']);

function namedStorms(body: string): string[] {
  const storms = new Map<string, { key: string; mentions: number; opening: boolean }>();
  for (const m of body.matchAll(NAMED_STORM)) {
    const given = m[2].replace(/['’]s$/, '');
    const name = matchKey(given);
    if (NOT_A_STORM_NAME.has(name)) continue;
    const storm = storms.get(name) ?? { key: matchKey(`${m[1]} ${given}`), mentions: 0, opening: false };
    storm.mentions++;
    storm.opening ||= m.index < OPENING;
    storms.set(name, storm);
  }
  return [...storms.values()].filter((s) => s.mentions >= 2 || s.opening).map((s) => s.key);
}

/** Words that make a figure an earlier one, given before the report's own. */
const EARLIER_FIGURE = /\b(?:earlier|initially|previously|at first|had (?:put|given|reported|said|estimated))\b/i;

export function extractFeatures(a: Article): LinkFeatures {
  const words = contentWords(a.body);
  // Every word and number, lowercased: joined by single spaces, the body with case, spacing and punctuation normalised.
  const tokens = a.body.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const titleWords = contentWords(a.title ?? '');
  // A company by its name without its legal form: "Apple Inc" in one report is "Apple" in the next.
  const named = a.entities.filter((e) => e.type !== 'other').map((e) => (e.type === 'organization' ? companyKey(e.name) : matchKey(e.name))).filter((n) => !isReporter(n, a.outlet));
  // The first statement of a fact is the report's headline figure, unless the report says it was
  // an earlier one ("Earlier on Sunday officials had put the death toll at 12").
  const facts = new Map<string, Fact>();
  const superseded = new Set<string>();
  for (const q of a.quantities) {
    if (!q.subject || !q.attribute || q.kind === 'year' || q.kind === 'ordinal') continue;
    // By kind too: "iPhone sales fell 2.4% to $39.7 billion" states two facts of its sales, a change and a sum.
    const key = `${q.subject}|${q.attribute}|${q.kind}`;
    const earlier = EARLIER_FIGURE.test(a.body.slice(sentenceAround(a.body, q.start, q.end)[0], q.start));
    if (facts.has(key) && (!superseded.has(key) || earlier)) continue;
    facts.set(key, { subject: q.subject, attribute: q.attribute, value: q.value, kind: q.kind, unit: q.unit, approximate: q.approximate ?? false, text: q.text });
    if (earlier) superseded.add(key);
    else superseded.delete(key);
  }
  return {
    id: a.id,
    title: a.title,
    lead: leadOf(a.body),
    published: a.published,
    exactHash: createHash('sha256').update(tokens.join(' ')).digest('hex'),
    minhash: minhash(tokens),
    terms: termFrequencies([...titleWords, ...words], TERMS_KEPT),
    titleWords: [...new Set(titleWords)],
    names: named.length ? [...new Set(named)] : capitalisedNames(a.body),
    facts: [...facts.values()],
    mentioned: a.dates.map((d) => d.value).filter((v): v is string => !!v && /^\d{4}/.test(v)),
    yearless: [...new Set(a.dates.flatMap((d) => (d.unanchored ? [d.unanchored.slice(5)] : [])))],
    ...leadDayOf(a),
    protagonist: protagonistOf(a),
    participants: participantsOf(a),
    happenings: namedStorms(a.body),
  };
}

/** How far into the body a day without its year opens the report: a dateline's, or the lead's first words'. */
const LEAD_DAY_WITHIN = 80;

/** The day without its year named first, when it opens the body ("LONDON, Oct 21 (Reuters) -"). */
function leadDayOf(a: Article): { leadDay?: string } {
  const first = a.dates.find((d) => d.start < LEAD_DAY_WITHIN && d.unanchored);
  const day = first?.unanchored?.slice(5);
  return day?.length === 5 ? { leadDay: day } : {};
}

/**
 * Features as the store gives them back. Those stored before terms were two lists kept them as
 * one object, word -> count: read as the lists, in the same order.
 */
function storedFeatures(stored: unknown): LinkFeatures {
  const f = stored as LinkFeatures;
  const terms = f.terms as WordCounts | Record<string, number>;
  const lists = Array.isArray(terms.words) ? (terms as WordCounts) : { words: Object.keys(terms), counts: Object.values(terms as Record<string, number>) };
  const current = f.happenings ? { ...f, terms: lists } : keyed({ ...f, terms: lists });
  // Names stored before companies lost their legal form and short names were named in full ("apple inc", "u.s."): as kept now.
  return { ...current, names: [...new Set(current.names.map(currentNameKey))] };
}

/**
 * Features stored before names and words were kept as match keys (those without `happenings`,
 * which came with them): keyed as they are read, so that "erdoğan" stored then meets "erdogan"
 * now. Their index keys and counts in the store keep the old forms until re-linked.
 */
function keyed(f: LinkFeatures): LinkFeatures {
  const keys = (xs: readonly string[]) => xs.map(matchKey);
  return {
    ...f,
    terms: { words: keys(f.terms.words), counts: f.terms.counts },
    titleWords: keys(f.titleWords),
    names: keys(f.names),
    protagonist: f.protagonist && keys(f.protagonist),
    participants: f.participants?.map(keys),
  };
}

/** The stored features of these articles, by id; articles never linked are absent. */
export async function readFeatures(store: Pick<Store, 'getLinkFeatures'>, ids: readonly string[]): Promise<Map<string, LinkFeatures>> {
  const out = new Map<string, LinkFeatures>();
  for (const [id, f] of await store.getLinkFeatures(ids)) out.set(id, storedFeatures(f));
  return out;
}

/** Index keys under which an article can be found as a candidate: LSH bands, names, top terms. */
export function indexKeys(f: LinkFeatures, idf: (term: string) => number): string[] {
  const { words, counts } = f.terms;
  const top = words
    .map((t, i) => [t, (1 + Math.log(counts[i])) * idf(t)] as const)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, 12)
    .map(([t]) => `t:${t}`);
  // The headline's words too: what a report is about, whatever the store's counts say of them yet
  // (in a store of a few reports every word is as rare as another, and the top terms are those of
  // the longest paragraph: two reports of one flood shared no key but their headlines' "Valencia").
  const title = f.titleWords.map((w) => `t:${w}`).filter((k) => !top.includes(k));
  return [`x:${f.exactHash}`, ...lshKeys(f.minhash), ...f.names.slice(0, 20).map((n) => `n:${n}`), ...top, ...title];
}

/**
 * A name or term filed under more reports than this (and than 1% of the store) is left out of
 * the candidate query, as a search engine leaves out stop words: it raises thousands of reports
 * alike and only costs reading (at 100k reports, a quarter of the keys, and half the query's
 * time). The rarer keys (people, an event's own words, LSH bands) still find the related
 * reports; in a store of fewer reports than this nothing is left out.
 */
export const COMMON_KEY = 1000;

/** The index keys worth querying: all but the names and terms too common to tell reports apart. */
export function queryKeys(keys: readonly string[], stats: TermStats): string[] {
  const limit = Math.max(COMMON_KEY, stats.total / 100);
  return keys.filter((key) => {
    const term = key.startsWith('n:') ? key : key.startsWith('t:') ? key.slice(2) : null;
    return term === null || (stats.df.get(term) ?? 0) <= limit;
  });
}
