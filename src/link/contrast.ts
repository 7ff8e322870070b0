import type { Article, DateMention, Entity, Evidence, Quantity, QuantityKind } from '../types.js';
import { companyKey, matchKey, occursAsWord } from '../words.js';
import { contentWords, sentenceAround } from './text.js';

/**
 * What one report tells and the other never does: the names only one gives, what only one
 * counts, with the time its sentence names ("238 dead", January), and whom only one quotes; and
 * whom both quote, in the same words or not. Shown by `compare` beside the
 * decision's evidence, with no weight: it explains two events (the 2022 report alone names the
 * Kremlin and Ukraine and counts January's dead) and what an update adds to one event, but the
 * linker does not weigh it (which names and counts a report includes is its length and its angle
 * as much as its event). Read from the whole articles, which the stored link features do not keep.
 */
export function contrastEvidence(a: Article, b: Article): Evidence[] {
  const out: Evidence[] = [];
  const names = [onlyNamed(a, b), onlyNamed(b, a)];
  if (names[0].length || names[1].length) out.push({ kind: 'named-in-one', detail: sides(names, 'names'), weight: 0 });
  const counts = [onlyCounted(a, b), onlyCounted(b, a)];
  if (counts[0].length || counts[1].length) out.push({ kind: 'counted-in-one', detail: sides(counts, 'counts'), weight: 0 });
  const [inA, inB] = [speakersOf(a), speakersOf(b)];
  const quoted = quotedInBoth(inA, inB);
  if (quoted.length) out.push({ kind: 'quoted-in-both', detail: `both quote ${quoted.join('; ')}`, weight: 0 });
  const speakers = [onlyQuoted(inA, inB), onlyQuoted(inB, inA)];
  if (speakers[0].length || speakers[1].length) out.push({ kind: 'quoted-in-one', detail: sides(speakers, 'quotes'), weight: 0 });
  return out;
}

/** Someone a report quotes: the entity, every form a report may name it by, and its quotes with their content words. */
interface Speaker {
  entity: Entity;
  forms: Set<string>;
  quotes: Said[];
}

/** A quote as compared: its content words, and its figures ("4% to 8%", "2024"). */
interface Said {
  text: string;
  words: Set<string>;
  figures: Set<string>;
}

/** The people and organisations a report quotes (directly or in reported speech), most quoted first; read once per comparison. */
function speakersOf(a: Article): Speaker[] {
  const bySpeaker = new Map<Entity, Speaker>();
  for (const q of a.quotes) {
    const e = q.speaker ? a.entities.find((x) => x.name === q.speaker && (x.type === 'person' || x.type === 'organization')) : undefined;
    if (!e) continue;
    const speaker = bySpeaker.get(e) ?? { entity: e, forms: new Set(formsOf(e)), quotes: [] };
    speaker.quotes.push({ text: q.text, words: new Set(contentWords(q.text)), figures: new Set(q.text.match(/\d+(?:[.,]\d+)*/g) ?? []) });
    bySpeaker.set(e, speaker);
  }
  return [...bySpeaker.values()].sort((x, y) => y.quotes.length - x.quotes.length);
}

/** The other report's speaker who is `s`, found by any of its forms. */
function sameSpeaker(s: Speaker, others: readonly Speaker[]): Speaker | undefined {
  return others.find((o) => [...o.forms].some((f) => s.forms.has(f)));
}

/** Share of content words two quotes have in common, over the shorter's: the same statement, however it was cut... */
const SAME_WORDS = 0.5;
/** ...if that is a few words at least: "a cut" and "not cut too quickly" share one word, not a statement. */
const FEWEST_SHARED = 3;

/** The same statement: enough words in common, and no figure in one that the other gives otherwise (growth of "4% to 8%", then "3% to 7%"). */
function sameStatement(x: Said, y: Said): boolean {
  const shared = [...x.words].filter((w) => y.words.has(w)).length;
  if (shared < FEWEST_SHARED || shared / Math.min(x.words.size, y.words.size) < SAME_WORDS) return false;
  return !x.figures.size || !y.figures.size || [...x.figures].every((f) => y.figures.has(f)) || [...y.figures].every((f) => x.figures.has(f));
}

/** Whom both reports quote, and whether they give the same words: the same statement reported twice, or each its own. */
function quotedInBoth(inA: readonly Speaker[], inB: readonly Speaker[]): string[] {
  const out: string[] = [];
  for (const s of inA) {
    const theirs = sameSpeaker(s, inB);
    if (!theirs) continue;
    const shared = s.quotes.find((q) => theirs.quotes.some((t) => sameStatement(q, t)));
    out.push(shared ? `${s.entity.name} (the same statement: “${clip(shared.text)}”)` : `${s.entity.name} (different statements)`);
  }
  return out;
}

/** Whom one report quotes and the other never does. */
function onlyQuoted(from: readonly Speaker[], other: readonly Speaker[]): string[] {
  return from.filter((s) => !sameSpeaker(s, other)).map((s) => s.entity.name);
}

function clip(text: string): string {
  const t = text.trim();
  return t.length <= 60 ? t : `${t.slice(0, t.lastIndexOf(' ', 58))}…`;
}

/** Items listed per side; the rest are counted. */
const LISTED = 6;

function sides([inA, inB]: string[][], verb: string): string {
  const list = (xs: string[]) => xs.slice(0, LISTED).join(', ') + (xs.length > LISTED ? ` and ${xs.length - LISTED} more` : '');
  return [inA.length ? `only A ${verb} ${list(inA)}` : '', inB.length ? `only B ${verb} ${list(inB)}` : ''].filter(Boolean).join('; ');
}

/** The forms a text could name an entity by: its names and, for a person, the surname alone; for a company, its name without its legal form ("Apple" of "Apple Inc"). */
function formsOf(e: Entity): string[] {
  const names = [e.name, ...e.aliases].map(matchKey);
  if (e.type === 'organization') return [...new Set([...names, companyKey(e.name)])];
  return e.type === 'person' ? [...names, ...names.map((n) => n.split(/\s+/).pop()!)] : names;
}

/** People, organisations and places `from` names and `other` never does, by any form, most mentioned first. */
function onlyNamed(from: Article, other: Article): string[] {
  const text = matchKey(`${other.title ?? ''}\n${other.body}`);
  // ...nor by the name the other report gives it, written otherwise there ("Calif." of "California").
  const itsNames = new Set(other.entities.map((e) => matchKey(e.name)));
  return from.entities
    .filter((e) => e.type !== 'other' && !itsNames.has(matchKey(e.name)) && !formsOf(e).some((f) => occursAsWord(text, f)))
    .sort((x, y) => y.mentions.length - x.mentions.length || x.mentions[0].start - y.mentions[0].start)
    .map((e) => e.name);
}

/** Kinds of quantity that are facts of a happening; a duration ("ruled for almost three decades") is background. */
const FACT_KINDS: ReadonlySet<QuantityKind> = new Set(['percent', 'count', 'age', 'money', 'measure']);

/**
 * What `from` counts and `other` does not, with the time named beside it (not for an age, a state
 * rather than a happening). `other` counts it too when it has the same subject's same attribute,
 * the same number of the same kind (it may have read the subject otherwise, or none: the "six
 * rivals" he faced), or, for an unnamed subject, the same attribute ("arrested": 500 people, or
 * hundreds of demonstrators).
 */
function onlyCounted(from: Article, other: Article): string[] {
  // The other's numbers of a fact's kind count whatever subject it read for them, or none: "a pay
  // rise of 14 percent" with no subject is the 14 percent the first report gives the negotiator.
  const counted = new Set(other.quantities.flatMap((q) => [...factKeys(q, other), ...(FACT_KINDS.has(q.kind) ? [`${q.kind}=${q.value}`] : [])]));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const q of from.quantities) {
    const keys = factKeys(q, from);
    if (!keys.length || keys.some((k) => counted.has(k) || seen.has(k))) continue;
    for (const k of keys) seen.add(k);
    const when = q.kind === 'age' ? null : dateBeside(from, q);
    // Whose: a named subject's ("Nursultan Nazarbayev's age"), an unnamed one's age ("boy's age"); "arrested (500 people)" says it.
    const owner = isNamed(q, from) || q.kind === 'age' ? `${q.subject}'s ` : '';
    out.push(`${owner}${q.attribute} (${q.text}${when ? `, ${when}` : ''})`);
  }
  return out;
}

function isNamed(q: Quantity, a: Article): boolean {
  return a.entities.some((e) => e.name === q.subject);
}

/** The keys a counted fact is known by (none for a number that is no fact of a subject). */
function factKeys(q: Quantity, a: Article): string[] {
  if (!q.subject || !q.attribute || !FACT_KINDS.has(q.kind)) return [];
  const keys = [`${q.subject}|${q.attribute}`, `${q.kind}=${q.value}`];
  return isNamed(q, a) ? keys : [...keys, `|${q.attribute}`];
}

/**
 * The date its sentence names for a quantity, as written (with its value when resolved): the last
 * one before it, else the first after it. In "NAIROBI, Aug 15, 2022 (Reuters) - Ruto won on Monday
 * with 50.49%" the Monday, not the dateline's day; in "On Monday hundreds of police gathered at the
 * park where Sunday's rally took place" the Monday, not the rally's day.
 */
function dateBeside(a: Article, q: Quantity): string | null {
  const [start, end] = sentenceAround(a.body, q.start, q.end);
  const inSentence = a.dates.filter((x: DateMention) => x.start >= start && x.end <= end && x.type !== 'DURATION' && x.type !== 'SET');
  const d = inSentence.filter((x) => x.end <= q.start).pop() ?? inSentence.find((x) => x.start >= q.end);
  // A calendar value is worth adding ("Sunday: 2019-06-09"); TimeML's PRESENT_REF ("now") is not.
  return d ? (d.value && /^\d{4}/.test(d.value) && d.value !== d.text ? `${d.text}: ${readable(d.value)}` : d.text) : null;
}

const PARTS_OF_DAY: Record<string, string> = { MO: 'morning', MI: 'midday', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };

/** A TimeML value as a reader reads it: "2025-07-20TAF" is "2025-07-20 afternoon", "2025-02-03T05:00" "2025-02-03 05:00". */
function readable(value: string): string {
  return value.replace(/T(MO|MI|AF|EV|NI|DT)$/, (_, part: string) => ` ${PARTS_OF_DAY[part]}`).replace(/T(\d\d:\d\d)/, ' $1');
}

