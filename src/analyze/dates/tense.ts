import type { Sentence, Token } from '../doc.js';
import type { Tense } from './meaning.js';
import { lowerBound, plainLower } from '../spans.js';
import { IRREGULAR_FORMS, IRREGULAR_PAST } from '../verbs.js';
import { WEEKDAYS } from './vocabulary.js';

/**
 * The tense of the clause a date sits in, from the verb group nearest to it: "police arrested
 * 500 people on Sunday" is past, "the vote will be held on Sunday" future. Written by hand:
 * our tagger (src/analyze/pos, wink-nlp's tags) gives universal POS tags without tense, and no installed library reads tense.
 */
const FUTURE_WORDS = new Set([
  'will', "'ll", 'shall', 'wo', 'would', "'d", 'going', 'gonna', 'scheduled', 'expected', 'due', 'planned', 'plans', 'plan',
  'planning', 'preparing', 'intends', 'intend', 'intending', 'aims', 'upcoming', 'tomorrow', 'slated', 'poised', 'likely',
  'forecast', 'forecasted', 'projected', 'predicted',
  // Modals of what may come: "rain could fall through Saturday", "the bill may reach the floor on Monday".
  'could', 'may', 'might', 'should', 'must', 'can', 'ca',
]);
/** Past forms among FUTURE_WORDS: ahead only in "are forecast to", "is projected to". */
const AMBIGUOUS_FUTURE = new Set(['forecast', 'forecasted', 'projected', 'predicted']);
/** Modals that look back when "have" follows them: "would have turned 80 on Monday", "could have started". */
const MODALS = new Set(['would', "'d", 'could', 'may', 'might', 'should', 'must', 'can', 'ca']);
/**
 * Words that put a "to"-infinitive after them ahead, whatever their part of speech: "is due to
 * visit", "plans to speak", "are forecast to stay", "is likely to meet", "is set to report".
 */
const CATENATIVE = new Set([
  'due', 'set', 'likely', 'unlikely', 'expected', 'scheduled', 'slated', 'poised', 'forecast', 'forecasted', 'projected',
  'predicted', 'planned', 'plans', 'plan', 'planning', 'going', 'preparing', 'intends', 'intend', 'intending', 'aims',
  'aiming', 'hopes', 'hoping', 'wants', 'seeks', 'vows', 'pledges', 'promises', 'threatens', 'ready', 'about',
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

/**
 * The verb group around token i, its words as `plainLower` gives them: auxiliaries, adverbs and "to" before it, particles
 * after; and a "to"-infinitive takes in the word that governs it and that word's own group: "is due to visit", "plans to speak".
 */
function verbGroup(tokens: Token[], i: number): string[] {
  let from = i;
  for (let hops = 0; ; hops++) {
    const top = from;
    while (from > 0 && VERB_GROUP_POS.has(tokens[from - 1].pos) && top - from < 4) from--;
    // The "to" opening the group, or just before it.
    const to = plainLower(tokens[from].text) === 'to' ? from : plainLower(tokens[from - 1]?.text ?? '') === 'to' ? from - 1 : -1;
    if (hops < 2 && to >= 1 && governsInfinitive(tokens, to - 1)) from = to - 1;
    else break;
  }
  return tokens.slice(from, i + 1).map((t) => plainLower(t.text));
}

/** Whether the word at `i` puts the "to"-infinitive after it ahead: "due" only after "be" ("due to low light levels" is "because of"). */
function governsInfinitive(tokens: Token[], i: number): boolean {
  const word = plainLower(tokens[i].text);
  if (!CATENATIVE.has(word)) return false;
  return word !== 'due' || (i > 0 && /^(?:is|are|am|was|were|be|been|being|'s|'re)$/.test(plainLower(tokens[i - 1].text)));
}

/** Whether a word of the group puts it ahead: "will", "would", "could", "is due to", "is to resume" (not "is meeting"). */
function futureByWord(words: string[]): boolean {
  // "forecast" is a past form too ("he forecast on Monday"): ahead after "is"/"are"/"be" or before "to".
  const ahead = (w: string, i: number) =>
    FUTURE_WORDS.has(w) && (!AMBIGUOUS_FUTURE.has(w) || /^(?:is|are|am|'s|'re|be|being)$/.test(words[i - 1] ?? '') || words[i + 1] === 'to');
  // "is to resume", "are to meet": the be-to future; "is set to", "are set": planned ("a record set on Aug. 6" is past).
  return words.some(ahead) || words.some((w, i) => /^(?:is|are|am|'s|'re)$/.test(w) && (words[i + 1] === 'to' || words[i + 1] === 'set'));
}

function tenseOfGroup(words: string[]): Tense | 'present' {
  // "could have started", "would have turned 80": past in a conditional.
  if (words.some((w, i) => MODALS.has(w) && (/^(?:have|'ve)$/.test(words[i + 1] ?? '') || (NEGATION.test(words[i + 1] ?? '') && /^(?:have|'ve)$/.test(words[i + 2] ?? ''))))) return 'past';
  // "had been due to expire Friday evening": a plan in the past of the past.
  if (words.includes('had')) return 'past';
  if (futureByWord(words)) return 'future';
  const head = words[words.length - 1];
  // "has"/"have" ending the group is the verb of owning, no auxiliary: "to have a chance of winning in November".
  if (words.some((w, i) => PAST_AUXILIARIES.has(w) && !(i === words.length - 1 && /^(?:has|have|'ve)$/.test(w)))) return 'past';
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
  // So is one past a conjunction or a relative pronoun: "warnings from Moscow on Thursday that air strikes could do damage".
  const opensClause = (from: number, to: number) => tokens.slice(from, to).some((t) => t.pos === 'SCONJ' || /^(?:that|which|who|whom|whose)$/i.test(t.text));
  const nearest = distanceBefore <= distanceAfter ? before : after;
  // A deadline for what someone is to do: "were ordered to leave by Friday" may be ahead of the report (published on
  // Thursday) or behind it ("were told to leave by Friday, and most did", published on Saturday): the nearer such
  // day. Not in the past perfect ("they had all been allowed to return by Saturday evening").
  // A group ahead by its words stays ahead ("he'd like to sign by Christmas").
  if (before >= 0 && before === k - 2 && plainLower(tokens[k - 1].text) === 'by' && plainLower(tokens[before - 1]?.text ?? '') === 'to' && !tokens.slice(Math.max(0, before - 6), before).some((t) => /^(?:had|been)$/i.test(t.text)))
    return futureByWord(verbGroup(tokens, before)) ? 'future' : 'near';
  if (before >= 0 && after >= 0 && !crosses(before + 1, k)) {
    // A "to"-infinitive after the date says what for, the verb before says when: "met on Monday to discuss
    // the budget", "would need to bowl India out on Monday to have a chance".
    if (crosses(k, after) || opensInfinitive(tokens, k, after)) return tenseOfVerb(tokens, before, k, start, end, body);
    // Past a conjunction only when the verb before has a tense of its own ("after telling People in October that she didn't...").
    if (opensClause(k, after)) {
      const tense = tenseOfVerb(tokens, before, k, start, end, body);
      if (tense !== 'unknown' || nearest === before) return tense;
    }
  }
  return nearest < 0 ? 'unknown' : tenseOfVerb(tokens, nearest, k, start, end, body);
}

/** Whether the verb at `after` opens a "to"-infinitive of its own after the date (first token `k`). */
function opensInfinitive(tokens: Token[], k: number, after: number): boolean {
  return after - 1 >= k && plainLower(tokens[after - 1].text) === 'to' && tokens[after - 1].pos === 'PART';
}

/** Modals of what may (or may not) be: their future is weaker than "will"'s. */
const POSSIBILITY = new Set(['could', 'may', 'might', 'should', 'must', 'can', 'ca']);
const NEGATION = /^(?:not|n't|never|neither|nor|no|nobody|none|cannot)$/i;

/** The tense the verb at `best` gives the date at [start, end), whose first token is `k` (`after`: the first verb after the date). */
function tenseOfVerb(tokens: Token[], best: number, k: number, start: number, end: number, body: string, dependent = false): Tense {
  const isBefore = best < k;
  let last = best;
  while (last + 1 < tokens.length && isVerb(tokens[last + 1])) last++;
  // A noun phrase set off by a comma has no verb of its own, and the main clause's tense is not its:
  // "Halcyon will pay $87 per share, a premium of 42% to Brightwater's closing price on Friday".
  if (isBefore && inAppositive(tokens, best, k)) return 'unknown';
  const words = verbGroup(tokens, last);
  let tense = tenseOfGroup(words);
  // A participle or an infinitive has no tense of its own; not asked for a date as an owner ("Wednesday's ruling").
  if (tense === 'unknown' && isBefore && !dependent && isNonFinite(words) && !/^['’]s\b/.test(body.slice(end, end + 3))) {
    const inherited = inheritedTense(tokens, last - words.length + 1, k, start, end, body);
    if (inherited !== 'unknown') return inherited;
  }
  // Future by a modal of possibility alone ("could fall"), not by "will" or "due to" beside it.
  if (tense === 'future' && words.some((w) => POSSIBILITY.has(w)) && tenseOfGroup(words.filter((w) => !POSSIBILITY.has(w))) !== 'future') {
    // Only a modal of possibility. After the date it is mostly another clause's ("a deal reached with
    // Iran in July could lead to..."); negated, "could" and "can" are a past inability as much as
    // a prospect ("neither he nor his grandparents could be located Wednesday"); "could be seen" describes.
    if (!isBefore) return 'unknown';
    if (words.some((w) => /^(?:could|can|ca)$/.test(w)) && [...words, ...tokens.slice(Math.max(0, best - 12), best).map((t) => t.text)].some((w) => NEGATION.test(w))) return 'unknown';
    if (words.includes('could') && /^(?:seen|heard|felt|spotted|found|observed|watched)$/.test(words[words.length - 1])) return 'unknown';
    // A day naming an event after a noun phrase with its determiner: "a boost from the win Tuesday", "Priebus' assertion Tuesday night".
    if (eventNoun(tokens, k, best)) return 'unknown';
  }
  if (tense === 'unknown' && words.length === 1 && isBefore && WEEKDAY_START.test(body.slice(start, end)) && isPlainPresent(tokens, best, k)) tense = 'present';
  if (tense !== 'present') return tense;
  // Only a verb before the date, as a schedule is said ("holds its primary on Tuesday"): one after
  // it is mostly another clause's ("the agreement reached on Saturday still leaves..."). And only a
  // verb: after an owner, a determiner, an adjective or a number, or capitalised, the tagger's verb is a noun
  // ("Trump's struggles", "costly defeats", "three catches", "Promises Treatment Center").
  const head = tokens[last];
  const prev = tokens[best - 1];
  const noun = /^\p{Lu}/u.test(head.text) || (prev && (prev.pos === 'DET' || prev.pos === 'NUM' || prev.pos === 'ADJ' || /^['’]s$/.test(prev.text)));
  return isBefore && !noun && !namesByDate(tokens, k) ? scheduled(body, start, end) : 'unknown';
}

/**
 * A participle or an infinitive (its group opening at token `from`) has no tense of its own. An "-ing" form
 * has that of the verb it depends on: "would support a campaign starting on the 10th", "will walk out for
 * a week, starting on Monday", "died after suffering a heart attack on December 2". An infinitive is
 * ahead of its verb, so it takes only a future ("will be able to reach an agreement by Saturday"):
 * "vowed to remain in the fight until the convention in July" is no past July. A verb in the present
 * gives nothing: "the conflict continues, with insurgents making gains over the weekend".
 */
function inheritedTense(tokens: Token[], from: number, k: number, start: number, end: number, body: string): Tense {
  // Before a noun an "-ing" form is an adjective: "the looming showdown in July", "revolving loans through January".
  const infinitive = plainLower(tokens[from].text) === 'to';
  if (!infinitive && tokens[from + 1]?.pos === 'NOUN') return 'unknown';
  const governing = governingVerb(tokens, from);
  if (governing < 0) return 'unknown';
  const tense = tenseOfVerb(tokens, governing, k, start, end, body, true);
  let last = governing;
  while (last + 1 < tokens.length && isVerb(tokens[last + 1])) last++;
  if (tense === 'future') return futureByWord(verbGroup(tokens, last)) ? 'future' : 'unknown';
  return tense === 'past' && !infinitive ? 'past' : 'unknown';
}

/** A verb group with no finite verb: a bare "-ing" form ("starting") or a "to"-infinitive no catenative word governs. */
function isNonFinite(words: string[]): boolean {
  return words[0] === 'to' || (words.length === 1 && /[a-z]ing$/.test(words[0]));
}

/** How far back (in tokens) the verb a participle or an infinitive depends on is looked for. */
const GOVERNOR_REACH = 10;

/**
 * The verb of the clause that a non-finite group opening at token `from` depends on: the nearest one
 * before it, over commas but not over another clause's opening ("which", "because", a semicolon, a quote), or -1.
 */
function governingVerb(tokens: Token[], from: number): number {
  for (let i = from - 1; i >= 0 && from - i <= GOVERNOR_REACH; i--) {
    const t = tokens[i];
    if (isVerb(t)) return i;
    if ((CLAUSE_BOUNDARY.has(t.text) && t.text !== ',') || t.pos === 'SCONJ' || /^(?:that|which|who|whom|whose)$/i.test(t.text)) return -1;
  }
  return -1;
}

/**
 * Whether the date (first token `k`) names a happening by its day: "the general election of December 11th",
 * "the attacks of September 11". The present tense of the clause schedules nothing there: "the breakdown
 * comes 112 days after the general election of December 11th" speaks of a past election.
 */
function namesByDate(tokens: Token[], k: number): boolean {
  return plainLower(tokens[k - 1]?.text ?? '') === 'of' && tokens[k - 2]?.pos === 'NOUN';
}

/** Whether the date (first token `k`) follows a noun with no preposition between, in a phrase opened by a determiner or an owner. */
function eventNoun(tokens: Token[], k: number, verb: number): boolean {
  let i = k - 1;
  if (i <= verb || tokens[i].pos !== 'NOUN') return false;
  while (i > verb && (tokens[i].pos === 'NOUN' || tokens[i].pos === 'ADJ' || tokens[i].pos === 'PROPN')) i--;
  const t = tokens[i];
  return i > verb && ((t.pos === 'DET' && !/^(?:a|an)$/i.test(t.text)) || t.pos === 'PRON' || /^['’]s?$/.test(t.text) || t.text === '’');
}

/** Base forms of verbs of saying and thinking: "officials say Monday's vote..." reports, it schedules nothing. */
const BASE_OF_SAYING = new Set(['say', 'tell', 'claim', 'report', 'announce', 'add', 'note', 'write', 'argue', 'insist', 'admit', 'confirm', 'deny', 'warn', 'explain', 'recall', 'believe', 'think', 'know', 'hope', 'fear', 'expect', 'estimate', 'agree', 'need', 'want']);

/**
 * A verb in the present simple other than the third person, right after its subject: "Chelsea play
 * Arsenal on Saturday", "the two sides meet on Friday", "Slot's side, who play Real Madrid in the Champions League on
 * Wednesday". Not a past form ("Chelsea beat Arsenal") nor a
 * verb of saying.
 */
/** Base forms that are their own past participle, other than those that are their own past too ("cut", "put"). */
const IRREGULAR_BASES = new Set(['come', 'become', 'overcome', 'run', 'outrun']);

function isPlainPresent(tokens: Token[], i: number, k: number): boolean {
  const verb = tokens[i];
  const word = plainLower(verb.text);
  if (verb.pos !== 'VERB' || !/^[a-z]+$/.test(verb.text) || /(?:ed|ing|s)$/.test(word) || IRREGULAR_PAST.has(word) || BASE_OF_SAYING.has(word)) return false;
  // A participle ("voters taken Wednesday through Sunday") is no present.
  if (IRREGULAR_FORMS.get(word) === word && !IRREGULAR_BASES.has(word)) return false;
  // The day close after the verb: "play Arsenal at home on Saturday", not "remain unbeaten with a victory over Evansville on Thursday".
  if (k - i > 8 || tokens.slice(i + 1, k).some((t) => t.pos === 'NUM' || /^(?:with|after|before|since|following)$/i.test(t.text))) return false;
  const subject = tokens[i - 1];
  const owner = tokens[i - 2];
  // "Cruz's Iowa win on Tuesday", "the Paris attack on Friday": a noun after an owner or a determiner.
  if (!subject || (owner && (/^['’]s?$/.test(owner.text) || owner.pos === 'DET'))) return false;
  // "Slot's side, who play Real Madrid on Wednesday": a relative pronoun after a comma stands for the subject.
  const relative = /^(?:who|that)$/i.test(subject.text) && owner?.text === ',';
  return relative || subject.pos === 'PROPN' || (subject.pos === 'NOUN' && /s$/.test(subject.text)) || /^(?:they|we)$/i.test(subject.text);
}

/**
 * Whether the date after token `before` (up to token `k`) sits in a noun phrase set off by a comma: the
 * verb is past a boundary and what follows the boundary opens with a determiner and holds no verb.
 */
function inAppositive(tokens: Token[], before: number, k: number): boolean {
  let boundary = -1;
  for (let i = k - 1; i > before; i--) {
    if (tokens[i].text === ',' || tokens[i].text === ';' || tokens[i].text === '—' || tokens[i].text === '–') {
      boundary = i;
      break;
    }
  }
  if (boundary < 0 || boundary + 1 >= k) return false;
  if (tokens[boundary + 1].pos !== 'DET' || !/^(?:a|an|the)$/i.test(tokens[boundary + 1].text)) return false;
  return !tokens.slice(boundary + 1, k).some((t) => isVerb(t));
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
  // "runs until Sunday", "stays open through Friday": the end of something that goes on.
  if (/\b(?:until|till|through|by)\s+$/i.test(body.slice(Math.max(0, start - 8), start))) return 'future';
  const on = /^on\s/i.test(text) || /\bon\s+$/i.test(body.slice(Math.max(0, start - 4), start));
  return on && !/^['’]s\b/.test(body.slice(end, end + 3)) ? 'future' : 'unknown';
}
