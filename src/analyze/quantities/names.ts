import type { EntityType } from '../../types.js';
import type { AnalysisDoc, Sentence } from '../doc.js';
import { isEnglishWord } from '../../clean/dictionary.js';
import { SpanSet, lowerBound } from '../spans.js';

/**
 * The names a quantity can be about, in text order: the mentions of `doc.entities`, and,
 * where the entity recogniser found nothing, runs of proper nouns (so that a name it missed
 * can still own a number). A bare surname maps to the fuller name it shortens
 * ("Tokayev" -> "Kassym-Jomart Tokayev").
 */
export interface NameMention {
  start: number;
  end: number;
  /** Canonical name. */
  name: string;
  /** 'unknown' for a proper-noun run no entity covers. */
  type: EntityType | 'unknown';
}

/** Possessive pronouns and the kind of owner they stand for. */
export const POSSESSIVE_PRONOUNS: Record<string, 'person' | 'organization' | 'any'> = {
  his: 'person', her: 'person', its: 'organization', their: 'any',
};

const CAPITALISED = /^\p{Lu}/u;

/** Proper-noun runs ("Kassym - Jomart Tokayev") not covered by an entity nor a date. */
function properNounRuns(doc: Pick<AnalysisDoc, 'body' | 'sentences' | 'dates'>, covered: NameMention[]): NameMention[] {
  const runs: NameMention[] = [];
  const takenSpans = new SpanSet([...covered, ...doc.dates]);
  const taken = (span: { start: number; end: number }) => takenSpans.overlaps(span.start, span.end);
  for (const sentence of doc.sentences) {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].pos !== 'PROPN' || !CAPITALISED.test(tokens[i].text)) continue;
      let j = i;
      // Join "Kassym - Jomart" across a hyphen with no spaces around it.
      while (
        j + 1 < tokens.length &&
        ((tokens[j + 1].pos === 'PROPN' && CAPITALISED.test(tokens[j + 1].text)) ||
          (tokens[j + 1].text === '-' && tokens[j + 1].start === tokens[j].end && tokens[j + 2]?.pos === 'PROPN'))
      ) {
        j++;
      }
      const span = { start: tokens[i].start, end: tokens[j].end };
      // "Turnout was 77 percent": a capitalised first word that is an English word is no name.
      const commonFirstWord = i === 0 && j === 0 && isEnglishWord(tokens[i].text);
      if (!taken(span) && !commonFirstWord) runs.push({ ...span, name: doc.body.slice(span.start, span.end), type: 'unknown' });
      i = j;
    }
  }
  // A run that is the last word of an earlier, longer run names the same one.
  const fullerByLastWord = new Map<string, string>();
  for (const run of runs) {
    if (!/\s|-/.test(run.name)) {
      const fuller = fullerByLastWord.get(run.name);
      if (fuller) run.name = fuller;
    }
    const cut = Math.max(run.name.lastIndexOf(' '), run.name.lastIndexOf('-'));
    const lastWord = run.name.slice(cut + 1);
    if (cut >= 0 && !fullerByLastWord.has(lastWord)) fullerByLastWord.set(lastWord, run.name);
  }
  // A name with a person's cue anywhere ("president Kassym-Jomart Tokayev", "Nazarbayev, 78,") is a person's.
  const people = new Set(runs.filter((r) => hasPersonCue(doc.body, r)).map((r) => r.name));
  for (const run of runs) if (people.has(run.name)) run.type = 'person';
  return runs;
}

/** Titles and roles that come before a person's name. */
const PERSON_TITLES = new Set(
  ('president minister leader ruler chairman chairwoman premier chancellor king queen prince princess senator governor ' +
    'mayor mr mrs ms dr sir gen general colonel captain diplomat spokesman spokeswoman spokesperson correspondent judge ' +
    'ambassador secretary director chief ceo founder pope rev reverend lawmaker deputy candidate challenger opponent ' +
    'rival successor predecessor daughter son wife husband father mother brother sister actor singer coach player')
    .split(' '),
);

/** Nouns that describe a person: titles and roles, and the plain words for people. */
const PERSON_NOUNS = new Set([
  ...PERSON_TITLES,
  ...'man woman boy girl child person officer politician official activist journalist student teacher doctor worker veteran businessman businesswoman entrepreneur lawyer banker economist writer author artist athlete soldier victim suspect'.split(' '),
]);

export function isPersonNoun(noun: string): boolean {
  return PERSON_NOUNS.has(noun.toLowerCase());
}

function hasPersonCue(body: string, run: { start: number; end: number }): boolean {
  const before = body.slice(Math.max(0, run.start - 30), run.start);
  const after = body.slice(run.end, run.end + 20);
  const title = /([A-Za-z]+)\.?\s+$/.exec(before)?.[1]?.toLowerCase();
  return (
    (title !== undefined && PERSON_TITLES.has(title)) ||
    /-year-old\s+$/.test(before) ||
    /^,\s+\d{1,3},/.test(after) ||
    /^\s+(?:said|says|told|added)\b/.test(after)
  );
}

export function nameMentions(doc: Pick<AnalysisDoc, 'body' | 'sentences' | 'dates' | 'entities'>): NameMention[] {
  const fromEntities: NameMention[] = [];
  for (const e of doc.entities) for (const m of e.mentions) fromEntities.push({ start: m.start, end: m.end, name: e.name, type: e.type });
  return fromEntities.concat(properNounRuns(doc, fromEntities)).sort((a, b) => a.start - b.start);
}

/** For each name (sorted by start), the greatest end among it and the names before it. */
const reach = new WeakMap<readonly NameMention[], number[]>();

function reachOf(names: readonly NameMention[]): number[] {
  let r = reach.get(names);
  if (!r || r.length !== names.length) {
    r = [];
    for (const n of names) r.push(Math.max(n.end, r[r.length - 1] ?? -Infinity));
    reach.set(names, r);
  }
  return r;
}

const startOf = (n: NameMention) => n.start;

/** The name mention covering or ending exactly at `offset` (possibly followed by "'s"); `names` sorted by start. */
export function nameEndingAt(names: readonly NameMention[], offset: number): NameMention | undefined {
  // The first name starting before `offset` that reaches it.
  const before = lowerBound(names, offset, startOf);
  const first = lowerBound(reachOf(names), offset, (end) => end);
  return first < before ? names[first] : undefined;
}

export function nameStartingAt(names: readonly NameMention[], offset: number): NameMention | undefined {
  const i = lowerBound(names, offset, startOf);
  return names[i]?.start === offset ? names[i] : undefined;
}

const canBePerson = (n: NameMention) => n.type === 'person' || n.type === 'unknown';

/**
 * The person a pronoun or a description ("his", "the 66-year-old career diplomat") points
 * back to: the nearest name before it, in this sentence or the two before, that can be a
 * person and is not one of `excluded` (the subject of the clause the description sits in:
 * "Nazarbayev ... handpicked the 66-year-old" is not about Nazarbayev).
 */
export function antecedent(
  names: NameMention[],
  sentences: Sentence[],
  offset: number,
  kind: 'person' | 'organization' | 'any',
  excluded: Set<string> = new Set(),
): NameMention | undefined {
  const at = lowerBound(sentences, offset + 1, (s) => s.end);
  const here = at < sentences.length && sentences[at].start <= offset ? at : -1;
  const from = here >= 2 ? sentences[here - 2].start : 0;
  const strict = (n: NameMention) =>
    kind === 'any' ? n.type === 'person' || n.type === 'organization' : n.type === kind;
  const loose = (n: NameMention) =>
    kind === 'any' ? n.type !== 'place' : kind === 'person' ? canBePerson(n) : n.type === 'organization' || n.type === 'unknown';
  // Names known to be of the right kind first; names of unknown kind only when there is none.
  for (const fits of [strict, loose]) {
    for (let i = lowerBound(names, offset, startOf) - 1; i >= 0; i--) {
      const n = names[i];
      if (n.end > offset) continue;
      if (n.start < from) break;
      if (fits(n) && !excluded.has(n.name)) return n;
    }
  }
  return undefined;
}
