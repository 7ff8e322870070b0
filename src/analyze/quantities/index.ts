import type { Quantity } from '../../types.js';
import type { AnalysisDoc, Component } from '../doc.js';
import { appositionAge, predicateAge, readAge } from './ages.js';
import { clauseSubject, lower, locate, possessiveOwner, verbBefore } from './context.js';
import { readCount } from './counts.js';
import { detectNumbers, type NumberMention } from './detect.js';
import { nameEndingAt, nameMentions, nameStartingAt } from './names.js';
import { readOther } from './other.js';
import { subjectNear, type Context, type Reading } from './reading.js';
import { SpanSet, urlSpans } from '../spans.js';
import { withoutLegalForm } from '../../words.js';

/**
 * Finds the quantities of a report and what each is about: "nearly 71 percent of the vote"
 * is Tokayev's vote share, "the 66-year-old career diplomat" his age, "police arrested 500
 * people" 500 people arrested, "none of his five little-known opponents" his rivals. Numbers
 * inside dates ("March 2019", "the 1990s") belong to the dates and are skipped; durations
 * ("three decades") are both a date expression and a quantity.
 */

/** Words of an election in a sentence: a share "for" someone in it is their share of the vote. */
const ELECTORAL = /\b(?:vot(?:e|es|ed|ers|ing)|ballots?|elections?|polls?|runoff|run-off|referendum|primary)\b/i;
/** Verbs whose subject a vote share that follows is of: "X won ..., extending his rule, with 52% of the vote". */
const WINNING = new Set(['won', 'wins', 'win', 'secured', 'secures', 'took', 'takes', 'received', 'receives', 'got', 'gets', 'garnered', 'captured', 'claimed', 'swept', 'clinched']);

/**
 * Who a share is given "for" in a sentence about a vote or a poll: "47.9% for opposition
 * challenger Kemal Kılıçdaroğlu", "27 percent for GOP nominee Mitt Romney" (the person, past the
 * party), "68 percent for presumptive Democratic nominee Hillary Clinton"; an organisation when no
 * person follows ("42% for the GOP"). Not a margin of error's "for Democratic voters".
 */
function shareFor(n: NumberMention, c: Context): string | undefined {
  const { body } = c.doc;
  const lead = /^\s+for\s+/.exec(body.slice(n.end, n.end + 10));
  if (!lead || n.unit !== 'percent' || !inVote(c)) return undefined;
  let at = n.end + lead[0].length;
  let organisation: string | undefined;
  for (let step = 0; step < 5; step++) {
    const name = nameStartingAt(c.names, at);
    if (name?.type === 'person') return name.name;
    if (name && (name.type === 'organization' || name.type === 'unknown')) organisation ??= name.name;
    // Past lower-case words and capitalised ones no name covers: "for GOP nominee", "for Economy Minister".
    const word = name ? /^\s+/.exec(body.slice(name.end, name.end + 5)) : /^[\p{L}-]+\s+/u.exec(body.slice(at, at + 40));
    if (!word) break;
    at = (name ? name.end : at) + word[0].length;
  }
  return organisation;
}

/** The person a share is given "with": "results showed Javier Milei with 55.7% of the vote". */
function personWith(n: NumberMention, c: Context): string | undefined {
  const before = c.doc.body.slice(Math.max(0, n.start - 40), n.start);
  const w = /\s+with\s+$/.exec(before);
  if (!w) return undefined;
  const name = nameEndingAt(c.names, n.start - w[0].length);
  return name?.type === 'person' && name.end === n.start - w[0].length ? name.name : undefined;
}

/** Whether the verb of the clause before token `index` is one of winning, in a sentence about a vote. */
function wonInVote(c: Context, index: number): boolean {
  const verb = verbBefore(c.tokens, index);
  return verb >= 0 && WINNING.has(lower(c.tokens[verb])) && inVote(c);
}

/** Whether the sentence of the number being read speaks of a vote or a poll. */
function inVote({ doc, tokens }: Context): boolean {
  return ELECTORAL.test(doc.body.slice(tokens[0].start, tokens[tokens.length - 1].end));
}

/** Who won the vote share a clause cut off by commas gives: the subject of the sentence's last verb of winning before it. */
function winnerBefore(c: Context): string | undefined {
  for (let i = c.span.first - 1; i >= 0; i--) if (WINNING.has(lower(c.tokens[i])) && c.tokens[i].pos === 'VERB') return clauseSubject(c.tokens, i, c.names)?.name;
  return undefined;
}

/** Percent: "with nearly 71 percent of the vote" is the clause subject's vote share. */
function readPercent(n: NumberMention, c: Context): Reading {
  const { tokens, span, names } = c;
  const after = c.doc.body.slice(n.end, n.end + 40);
  const of = /^\s+of\s+(?:the\s+|all\s+)?(?:(?<vote>votes?|ballots?(?:\s+cast)?|the\s+vote)\b|(?<noun>[a-z]+))/i.exec(after);
  const forName = of ? undefined : shareFor(n, c);
  if (forName) return { kind: 'percent', unit: n.unit, subject: forName, attribute: 'vote share' };
  // "Tim Canova's 43 percent", "his 52 percent": the owner before the number, else the clause's subject.
  const subject = (possessiveOwner(tokens, span.first, names, c.doc.sentences) ?? subjectNear(c, span.first))?.name ?? null;
  if (of?.groups?.vote) return { kind: 'percent', unit: n.unit, subject: subject ?? personWith(n, c) ?? winnerBefore(c) ?? null, attribute: 'vote share' };
  if (of?.groups?.noun) return { kind: 'percent', unit: n.unit, subject, attribute: `${of.groups.noun.toLowerCase()} share` };
  // "turnout was 77%", "a turnout of 77%", "inflation rose 5%": the noun the percentage measures.
  let i = span.first - 1;
  while (i >= 0 && (tokens[i].pos === 'AUX' || tokens[i].pos === 'ADV' || tokens[i].pos === 'ADP' || tokens[i].pos === 'VERB' || tokens[i].pos === 'DET')) i--;
  const nounLike = tokens[i]?.pos === 'NOUN' || (i === 0 && tokens[i]?.pos === 'PROPN' && !nameStartingAt(names, tokens[i].start));
  const measured = nounLike && i >= span.first - 4 ? lower(tokens[i]) : null;
  // "Kilicdaroglu, who took 47.8 percent": a share won, in a sentence about a vote, is a vote share.
  if (!measured && subject && wonInVote(c, span.first)) return { kind: 'percent', unit: n.unit, subject, attribute: 'vote share' };
  return { kind: 'percent', unit: n.unit, subject, attribute: measured };
}

/** Words for an earthquake, all one subject so that reports saying "quake" and "temblor" meet. */
const QUAKE_WORDS = 'earthquakes?|quakes?|temblors?|tremors?';
const QUAKE = new RegExp(`^(?:${QUAKE_WORDS})$`, 'i');
const SEISMIC = new RegExp(`\\b(?:${QUAKE_WORDS}|seismic|Richter)\\b`, 'i');

/** Whether a report speaks of earthquakes, read once per report (not once per magnitude: the whole body). */
let seismicOf: { body: string; seismic: boolean } | null = null;
function isSeismic(body: string): boolean {
  if (seismicOf?.body !== body) seismicOf = { body, seismic: SEISMIC.test(body) };
  return seismicOf.seismic;
}

/**
 * A magnitude (detected whole, see detect.ts): of the shock named right after it ("a 7.1-magnitude
 * quake", "a magnitude 6.1 temblor" are the earthquake's; "a magnitude 5 aftershock" the
 * aftershock's), else of the report's earthquake ("put the magnitude at 6.0").
 */
function readMagnitude(n: NumberMention, c: Context): Reading {
  const { tokens, span, doc } = c;
  const reading = { kind: 'measure', unit: 'magnitude', attribute: 'magnitude' } as const;
  // Read from the text: a decimal split by a space ("5. 9") may split the sentence and its tokens too.
  const next = /^\s*([\p{L}]+)/u.exec(doc.body.slice(n.end, n.end + 30));
  if (next && QUAKE.test(next[1])) return { ...reading, subject: 'earthquake', end: n.end + next[0].length };
  if (next && /^aftershocks?$/i.test(next[1])) return { ...reading, subject: 'aftershock', end: n.end + next[0].length };
  const after = tokens[span.after];
  const noun = after?.pos === 'NOUN' && after.start - n.end <= 1 ? after : undefined;
  if (noun) return { ...reading, subject: lower(noun), end: noun.end };
  return { ...reading, subject: isSeismic(doc.body) ? 'earthquake' : null };
}

function read(n: NumberMention, c: Context): Reading | null {
  if (n.unit === 'magnitude') return readMagnitude(n, c);
  if (n.kind === 'age') return readAge(n, c);
  if (n.kind === 'percent') return readPercent(n, c);
  if (n.kind === null) {
    const age = appositionAge(n, c);
    return age !== undefined ? age : predicateAge(n, c) ?? readCount(n, c);
  }
  return readOther(n, c);
}

/**
 * Whether a text may hold a web address: every one urlSpans finds starts with "http" or "www."
 * (case as written). Most reports hold none, and are not searched for one: urlSpans searches
 * with a copy of its pattern, compiled again after each garbage collection.
 */
function mayHoldUrl(text: string): boolean {
  return text.includes('http') || text.includes('www.');
}

export function findQuantityMentions(doc: Pick<AnalysisDoc, 'body' | 'sentences' | 'dates' | 'entities'>): Quantity[] {
  const names = nameMentions(doc);
  // Years and days belong to the dates; durations are quantities too.
  const taken = new SpanSet([...doc.dates.filter((d) => d.type !== 'DURATION'), ...(mayHoldUrl(doc.body) ? urlSpans(doc.body) : [])]);
  const quantities: Quantity[] = [];
  const unnamed = new Set<string>();
  let owner: string | null | undefined;
  const company = () => (owner === undefined ? (owner = reportCompany(doc)) : owner);
  for (const n of detectNumbers(doc.body)) {
    if (!n.raceTime && taken.overlaps(n.numberStart, n.numberEnd)) continue;
    const span = locate(doc.sentences, n.numberStart, n.end);
    if (!span) continue;
    const previous = quantities[quantities.length - 1];
    const reading = read(n, { doc, names, tokens: span.sentence.tokens, span, unnamed, previous, company });
    if (!reading) continue;
    // A reading that sets its own start (a year: "2019" of "below 2019 levels") sets its end too;
    // others may only take in more text after the number ("500 people").
    const start = reading.start ?? n.start;
    const end = reading.start !== undefined ? reading.end ?? n.end : Math.max(n.end, reading.end ?? 0);
    quantities.push({
      value: n.value,
      unit: reading.unit,
      kind: reading.kind,
      subject: reading.subject,
      attribute: reading.attribute,
      approximate: reading.approximate ?? n.approximate,
      text: doc.body.slice(start, end),
      start,
      end,
    });
  }
  return quantities;
}

/** How far into the body the company a report is about is named: in its lead. */
const LEAD = 300;

/** A report that speaks of a company: "the company said", "the Cupertino, California-based company", "the retailer". */
const COMPANY_WORD = /\b(?:company|firm|corporation|retailer|supermarket|grocer|carmaker|automaker|chipmaker|drugmaker|manufacturer|lender|insurer|airline|conglomerate|the (?:chain|group))\b/i;

/**
 * The company a report is about: its organisation named most often (the first of them on a tie),
 * when the lead names it ("Apple Inc on Thursday reported ...", "Apple's sales declined ...") and
 * it is a company: its name has a legal form, or the report speaks of a company. Not an agency
 * ("Net income reached ..., FEMA said" in a report that speaks of no company).
 */
function reportCompany(doc: Pick<AnalysisDoc, 'entities' | 'body'>): string | null {
  let best: AnalysisDoc['entities'][number] | undefined;
  for (const e of doc.entities) if (e.type === 'organization' && (!best || e.mentions.length > best.mentions.length)) best = e;
  if (!best || best.mentions[0].start >= LEAD) return null;
  return withoutLegalForm(best.name) !== best.name || COMPANY_WORD.test(doc.body) ? best.name : null;
}

/** Component: fills `doc.quantities`. */
export const findQuantities: Component = (doc) => {
  doc.quantities = findQuantityMentions(doc);
};
