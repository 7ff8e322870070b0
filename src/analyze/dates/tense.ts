import type { Sentence, Token } from '../doc.js';
import type { Tense } from './meaning.js';
import { lowerBound, plainLower } from '../spans.js';
import { IRREGULAR_PAST } from '../verbs.js';
import { WEEKDAYS } from './vocabulary.js';

/**
 * The tense of the clause a date sits in, from the verb group nearest to it: "police arrested
 * 500 people on Sunday" is past, "the vote will be held on Sunday" future. Written by hand:
 * wink's tagger gives universal POS tags without tense, and no installed library reads tense.
 */
const FUTURE_WORDS = new Set([
  'will', "'ll", 'shall', 'wo', 'would', "'d", 'going', 'gonna', 'scheduled', 'expected', 'due', 'planned', 'plans', 'plan',
  'planning', 'preparing', 'intends', 'intend', 'intending', 'aims', 'upcoming', 'tomorrow',
]);
const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did', 'has', 'have', "'ve", 'been']);
const WEEKDAY_START = new RegExp(`^(?:on\\s+)?(?:${Object.keys(WEEKDAYS).join('|')})`, 'i');
/** Verbs of saying in the present: they report what was said, at whatever time. */
const PRESENT_OF_SAYING = new Set(['says', 'tells', 'claims', 'reports', 'announces', 'adds', 'notes', 'writes', 'argues', 'insists', 'admits', 'confirms', 'denies', 'warns', 'explains', 'recalls', 'believes', 'thinks', 'knows']);
const VERB_GROUP_POS = new Set(['AUX', 'VERB', 'PART', 'ADV']);
/** How many tokens away from a date its clause's verb is looked for, each way. */
const MAX_REACH = 200;

function isVerb(token: Token): boolean {
  return token.pos === 'VERB' || token.pos === 'AUX';
}

/** The verb group around token i, its words as `plainLower` gives them: auxiliaries, adverbs and "to" before it, particles after. */
function verbGroup(tokens: Token[], i: number): string[] {
  let from = i;
  while (from > 0 && VERB_GROUP_POS.has(tokens[from - 1].pos) && i - from < 4) from--;
  return tokens.slice(from, i + 1).map((t) => plainLower(t.text));
}

function tenseOfGroup(words: string[]): Tense | 'present' {
  if (words.some((w) => FUTURE_WORDS.has(w))) return 'future';
  // "is to resume", "are to meet": the be-to future; "is set to", "are set": planned ("a record set on Aug. 6" is past).
  if (words.some((w, i) => /^(?:is|are|am|'s|'re)$/.test(w) && (words[i + 1] === 'to' || words[i + 1] === 'set'))) return 'future';
  const head = words[words.length - 1];
  if (words.some((w) => PAST_AUXILIARIES.has(w))) return 'past';
  if (IRREGULAR_PAST.has(head) || /[a-z]ed$/.test(head)) return 'past';
  if (/^(?:is|are|am)$/.test(words[0]) && /ing$/.test(head)) return 'future';
  if (/^(?:is|are|am)$/.test(head) || (/[a-z][^s']s$/.test(head) && !PRESENT_OF_SAYING.has(head))) return 'present';
  return 'unknown';
}

export function findSentence(sentences: Sentence[], start: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (start < s.start) hi = mid - 1;
    else if (start >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Words just before a date that put it ahead: "as soon as Tuesday", "as early as next week", "effective Feb. 1". */
const FUTURE_LEAD = /\b(?:as (?:soon|early) as|effective)\s/i;
/** "since February", "ever since Monday": a time already past, whatever the clause's verb. */
const PAST_LEAD = /\bsince\s+(?:(?:early|late|mid|last)\s+|mid-)?$/i;
/** Tokens between two clauses: a verb past one ("..., he said") is the other clause's. */
const CLAUSE_BOUNDARY = new Set([',', ';', ':', '"', '”', '’', '—', '–']);

/** The tense of the clause holding [start, end): that of the nearest verb group of its clause in its sentence. */
export function tenseAt(sentences: Sentence[], start: number, end: number, body = ''): Tense {
  if (FUTURE_LEAD.test(body.slice(Math.max(0, start - 16), end))) return 'future';
  if (PAST_LEAD.test(body.slice(Math.max(0, start - 16), start))) return 'past';
  const sentence = findSentence(sentences, start);
  if (!sentence) return 'unknown';
  const tokens = sentence.tokens;
  // The nearest verb outside [start, end): the last one before the first token that ends after
  // `start`, or the first one from there on; the one before wins a tie. The search goes no
  // further than MAX_REACH tokens each way, so that a sentence of thousands of tokens and
  // dates stays linear.
  const k = lowerBound(tokens, start + 1, (t) => t.end);
  let before = -1;
  for (let i = k - 1; i >= 0 && k - i <= MAX_REACH; i--) {
    if (isVerb(tokens[i])) {
      before = i;
      break;
    }
  }
  let after = -1;
  for (let i = k; i < tokens.length && i - k <= MAX_REACH; i++) {
    const t = tokens[i];
    if (isVerb(t) && !(t.start >= start && t.end <= end)) {
      after = i;
      break;
    }
  }
  const distanceBefore = before >= 0 ? start - tokens[before].end : Infinity;
  const distanceAfter = after >= 0 ? tokens[after].start - end : Infinity;
  // A verb past a clause boundary ("..., he said") is another clause's when the date's own has one.
  const crosses = (from: number, to: number) => tokens.slice(from, to).some((t) => CLAUSE_BOUNDARY.has(t.text));
  const best =
    before >= 0 && after >= 0 && crosses(k, after) && !crosses(before + 1, k) ? before : distanceBefore <= distanceAfter ? before : after;
  if (best < 0) return 'unknown';
  let last = best;
  while (last + 1 < tokens.length && isVerb(tokens[last + 1])) last++;
  const tense = tenseOfGroup(verbGroup(tokens, last));
  if (tense !== 'present') return tense;
  // Only a verb before the date, as a schedule is said ("holds its primary on Tuesday"): one after
  // it is mostly another clause's ("the agreement reached on Saturday still leaves..."). And only a
  // verb: after an owner, a determiner, an adjective or a number, or capitalised, the tagger's verb is a noun
  // ("Trump's struggles", "costly defeats", "three catches", "Promises Treatment Center").
  const head = tokens[last];
  const prev = tokens[best - 1];
  const noun = /^\p{Lu}/u.test(head.text) || (prev && (prev.pos === 'DET' || prev.pos === 'NUM' || prev.pos === 'ADJ' || /^['’]s$/.test(prev.text)));
  return best === before && !noun ? scheduled(body, start, end) : 'unknown';
}

/**
 * A date in a clause in the present simple is ahead, as a schedule: "the Senate tends to slow
 * down as it gets closer to November", "Wisconsin holds its primary on Tuesday", "the vote is on
 * Tuesday". Not a verb of saying ("the White House says Monday" reports what was said). A weekday
 * only after "on" and not as an owner: in "Clinton's wins Tuesday" and "Tuesday's primary" the
 * verb the tagger saw is a noun or another clause's.
 */
function scheduled(body: string, start: number, end: number): Tense {
  const text = body.slice(start, end);
  if (!WEEKDAY_START.test(text)) return 'future';
  const on = /^on\s/i.test(text) || /\bon\s+$/i.test(body.slice(Math.max(0, start - 4), start));
  return on && !/^['’]s\b/.test(body.slice(end, end + 3)) ? 'future' : 'unknown';
}
