import type { Entity, Quote } from '../../types.js';
import type { AnalysisDoc } from '../doc.js';
import { lowerBound } from '../spans.js';
import { TITLES } from './lexicon.js';

/** What the quote rules read of one analysed body: mentions, sentences, paragraphs, the quotations found so far, and whom a pronoun stands for. */

/** A sentence end, not the point of a title or an initial ("Mr. Obama", "N.C."). */
export const SENTENCE_END = /(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Sgt|Capt|Adm|St|Jr|Sr|Rev|Prof|Mt|Ft|No|Vol|Inc|Corp|Co|[A-Z]))[.!?](?:\s|$)/;

export interface Mention {
  start: number;
  end: number;
  entity: Entity;
}

/** What the analysis of one body needs at hand: mentions sorted by start, paragraph breaks. */
export interface Context {
  body: string;
  mentions: Mention[];
  persons: Mention[];
  /** Offsets of every blank line ("\n\n"), ascending. */
  breaks: number[];
  /** The direct quotations found so far, in text order. */
  quotes: Quote[];
  /** Those attributed by words after them ("...," she said): no continuation of the one before. */
  attributedAfter: WeakSet<Quote>;
  /** Person entities by the last word of their name (the last one named wins). */
  bySurname: Map<string, string>;
  /** Where each sentence starts, ascending. */
  sentenceStarts: number[];
  /** Where each mention of a place ends: a place described where someone is ("Police in Seoul") does not speak. */
  placeEnds: Set<number>;
}

export function contextOf(doc: AnalysisDoc): Context {
  const mentions: Mention[] = [];
  const placeEnds = new Set<number>();
  for (const e of doc.entities) {
    if (e.type === 'person' || e.type === 'organization') for (const m of e.mentions) mentions.push({ start: m.start, end: m.end, entity: e });
    else if (e.type === 'place') for (const m of e.mentions) placeEnds.add(m.end);
  }
  mentions.sort((a, b) => a.start - b.start);
  const breaks: number[] = [];
  for (let i = doc.body.indexOf('\n\n'); i >= 0; i = doc.body.indexOf('\n\n', i + 1)) breaks.push(i);
  const persons = mentions.filter((m) => m.entity.type === 'person');
  const bySurname = new Map<string, string>();
  // Each person's surname read once, not at each of their mentions; null for a name opening with a title.
  const surnames = new Map<Entity, string | null>();
  for (const m of persons) {
    let surname = surnames.get(m.entity);
    if (surname === undefined) surnames.set(m.entity, (surname = surnameOf(m.entity.name)));
    if (surname !== null) bySurname.set(surname, m.entity.name);
  }
  const sentenceStarts = doc.sentences.map((x) => x.start);
  return { body: doc.body, mentions, persons, breaks, quotes: [], attributedAfter: new WeakSet(), bySurname, sentenceStarts, placeEnds };
}

/** The last word of a person's name, or null when the name opens with a title ("Mayor Stone" is no surname's). */
function surnameOf(name: string): string | null {
  const words = name.split(' ');
  return TITLES.has(words[0].toLowerCase().replace(/\.$/, '')) ? null : words[words.length - 1];
}

/** Where the paragraph holding `at` ends (its blank line), or the end of the body. */
export function paragraphEnd(c: Context, at: number): number {
  const i = lowerBound(c.breaks, at, (b) => b);
  return i < c.breaks.length ? c.breaks[i] : c.body.length;
}

/** Where the paragraph holding `at` starts. */
export function paragraphStart(c: Context, at: number): number {
  const i = lowerBound(c.breaks, at + 1, (b) => b) - 1;
  return i >= 0 ? c.breaks[i] + 1 : 0;
}

/** Mentions inside [from, to), in text order. */
export function mentionsIn(c: Context, from: number, to: number): Mention[] {
  const out: Mention[] = [];
  for (let i = lowerBound(c.mentions, from, (m) => m.start); i < c.mentions.length && c.mentions[i].start < to; i++) {
    if (c.mentions[i].end <= to) out.push(c.mentions[i]);
  }
  return out;
}

/**
 * Where the last sentence of `text` ends: its last full stop, question or exclamation mark,
 * when a space follows it (after a closing quotation mark, if any); -1 when none does.
 */
export function lastSentenceEnd(text: string): number {
  const i = Math.max(text.lastIndexOf('.'), text.lastIndexOf('!'), text.lastIndexOf('?'));
  if (i < 0) return -1;
  const j = '"”’'.includes(text[i + 1] ?? 'x') ? i + 2 : i + 1;
  return j < text.length && /\s/.test(text[j]) ? i : -1;
}

/** Whether `at` lies inside a quotation found so far. */
export function quoted(c: Context, at: number): boolean {
  const q = c.quotes[lowerBound(c.quotes, at + 1, (x) => x.end)];
  return q !== undefined && q.start <= at;
}

export function lastPersonBefore(c: Context, at: number): Entity | null {
  for (let i = lowerBound(c.persons, at, (m) => m.start) - 1; i >= 0; i--) if (c.persons[i].end <= at) return c.persons[i].entity;
  return null;
}

/** The index of the sentence holding `at`. */
export function sentenceAt(c: Context, at: number): number {
  return lowerBound(c.sentenceStarts, at + 1, (x) => x) - 1;
}

/** The first person named in [from, to) outside quotations: a sentence's subject, most often. */
export function firstPersonIn(c: Context, from: number, to: number): Entity | null {
  for (let i = lowerBound(c.persons, from, (m) => m.start); i < c.persons.length && c.persons[i].start < to; i++) {
    if (!quoted(c, c.persons[i].start)) return c.persons[i].entity;
  }
  return null;
}

/**
 * Whom "he" or "she" of a quote at `at` stands for: the subject of a sentence before the quote's,
 * the nearest that names a person ("..., Obama said after meeting Vladimir Putin. He added: “...”"
 * is Obama speaking), else the last person named.
 */
export function referent(c: Context, at: number): Entity | null {
  const own = sentenceAt(c, at);
  for (let k = own - 1; k >= Math.max(0, own - 2); k--) {
    const subject = firstPersonIn(c, c.sentenceStarts[k], c.sentenceStarts[k + 1]);
    if (subject) return subject;
  }
  return lastPersonBefore(c, at);
}
