import { type Context, type Mention, quoted } from './context.js';
import { TITLES } from './lexicon.js';

/**
 * A source described by its role, resolved to the one the report gave that role before: "the
 * minister" is the "Finance Minister Ana Torres" named earlier, "the company" is "Nordvik Systems,
 * the Oslo-based software group", "the 27-year-old" is "Luis Ortega, 27,". Only when exactly one
 * person or organisation named before has that role; else the description stays the speaker.
 */

/** Nouns for one kind of organisation: "the company" may stand for one the report called a group. */
const ORGANISATION_KINDS: readonly (readonly string[])[] = [
  ['company', 'firm', 'group', 'maker', 'manufacturer', 'carrier', 'airline', 'retailer', 'insurer', 'operator', 'conglomerate', 'startup', 'chain', 'producer', 'supplier', 'developer', 'business', 'corporation'],
  ['agency', 'organization', 'organisation', 'body', 'regulator', 'watchdog', 'authority'],
  ['union'],
  ['bank', 'lender'],
  ['party'],
  ['ministry', 'department'],
];
const KIND_OF = new Map(ORGANISATION_KINDS.flatMap((nouns) => nouns.map((n) => [n, nouns] as const)));
/** The kind a name's last word gives: "Nordvik Systems ASA", "World Food Programme", "Kiel Institute". */
const KIND_BY_NAME: ReadonlyMap<string, readonly string[]> = new Map([
  ...['inc', 'corp', 'corporation', 'ltd', 'plc', 'ag', 'sa', 'asa', 'gmbh', 'nv', 'bv', 'llc', 'group', 'holdings', 'systems', 'technologies', 'company', 'co', 'airlines', 'motors', 'pharmaceuticals', 'biosciences', 'therapeutics', 'industries'].map(
    (w) => [w, KIND_OF.get('company')!] as const,
  ),
  ...['agency', 'organization', 'organisation', 'programme', 'authority', 'administration', 'commission'].map((w) => [w, KIND_OF.get('agency')!] as const),
  ['bank', KIND_OF.get('bank')!],
  ['party', KIND_OF.get('party')!],
  ['ministry', KIND_OF.get('ministry')!],
]);

/** "the minister", "the finance minister", "the company", "the 27-year-old", "the Cupertino, California-based company": a definite description of one. */
const DEFINITE = /^the\s+((?:[\p{L}-]+,?\s+){0,2})(\p{Ll}[\p{Ll}-]*|\d{1,3}-year-old)$/iu;
/** Words that open a description in apposition: "Ana Torres, the finance minister,", "X, Togo's finance minister,". */
const APPOSITION_OPENING = String.raw`,\s+(?:the|a|an|its|\p{Lu}[\p{L}.'’-]*['’]s)\s+`;
/** Up to four words before a role's noun, none a preposition: "the Oslo-based software group", not "a spokeswoman for Nabisco's parent company". */
const ROLE_WORDS = String.raw`(?:(?!(?:for|of|at|in|with|from|to|on|by)\s)[\p{L}'’-]+\s+){0,4}?`;
/** Where a described role ends: a comma or stop, or a clause or phrase after it. */
const ROLE_END = String.raw`(?=\s*[,.;:)]|\s+(?:that|which|who|based|in|of|for|at|with|and)\b)`;

export function roleReferent(c: Context, description: string, at: number): string | null {
  const definite = DEFINITE.exec(description.trim());
  if (!definite) return null;
  const modifiers = definite[1].trim().toLowerCase().split(/[\s,]+/).filter(Boolean);
  const role = definite[2].toLowerCase();
  const age = /^(\d+)-year-old$/.exec(role);
  const kind = KIND_OF.get(role);
  // "the ministers" are several; "the state" (of "Secretary of State Jon Husted") is no role of a person.
  if (!age && !kind && !personRole(role)) return null;
  const key = age ? `age ${age[1]}` : kind ? `kind ${kind[0]}` : `role ${role} ${modifiers.join(' ')}`;
  const index = roleIndex(c, key, (m) => (age ? hasAge(c, m, age[1]) : kind ? isKind(c, m, kind) : m.entity.type === 'person' && hasRole(c, m, role, modifiers)), kind ? 'organization' : 'person');
  // The mentions ending by `at`, by halves.
  let lo = 0;
  let hi = index.ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.ends[mid] <= at) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return null;
  const holder = index.holder[lo - 1];
  // "the president said" after "World Bank President Jim Yong Kim" and "Obama": the one last named, or no one.
  return holder && (age || index.last[lo - 1] === holder) ? holder : null;
}

/**
 * For one role, over the report's mentions outside quotations in order: where each ends, the one
 * entity given the role by then (null for none or several), and the last person (or, for a kind,
 * organisation) named by then. Built once per role and report, so that every "the minister said"
 * is a search, not a reading of every mention before it.
 */
interface RoleIndex {
  ends: number[];
  holder: (string | null)[];
  last: (string | null)[];
}
const roleIndexes = new WeakMap<Context, Map<string, RoleIndex>>();

function roleIndex(c: Context, key: string, has: (m: Mention) => boolean, type: 'person' | 'organization'): RoleIndex {
  let perRole = roleIndexes.get(c);
  if (!perRole) roleIndexes.set(c, (perRole = new Map()));
  let index = perRole.get(key);
  if (index) return index;
  index = { ends: [], holder: [], last: [] };
  let holder: string | null = null;
  let several = false;
  let last: string | null = null;
  for (const m of c.mentions) {
    if (quoted(c, m.start)) continue;
    const given = has(m);
    if (given && !several) {
      if (holder === null) holder = m.entity.name;
      else if (holder !== m.entity.name) several = true;
    }
    if (given || m.entity.type === type) last = m.entity.name;
    index.ends.push(m.end);
    index.holder.push(several ? null : holder);
    index.last.push(last);
  }
  perRole.set(key, index);
  return index;
}

/**
 * Whether a noun is one person's role: a title ("the minister", "the judge"), one who does
 * something ("the columnist", "the coroner", "the actress"), not several ("the ministers"), not
 * a title's other words ("Secretary of State", "Vice President") nor a text ("the poll", "the statement").
 */
function personRole(role: string): boolean {
  if (/[^s]s$/.test(role) || NO_ROLE.has(role)) return false;
  return TITLES.has(role) || PERSON_WORDS.has(role) || (PERSON_NOUN.test(role) && !NOT_A_PERSON.has(role));
}
const NO_ROLE = new Set(['state', 'house', 'senate', 'white', 'us', 'u.s.', 'gop', 'democratic', 'republican', 'foreign', 'defense', 'former', 'interim', 'acting', 'deputy', 'vice', 'prime', 'presidential', 'pres', 'lieut', 'supt', 'atty', 'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'lord', 'lady']);
/** People by what they do: "the columnist", "the coordinator", "the actress". */
const PERSON_NOUN = /(?:er|or|ist|ian|ant|ent|ess)$/;
const PERSON_WORDS = new Set(['coach', 'star', 'host', 'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'aide', 'diplomat', 'candidate', 'nominee', 'incumbent', 'frontrunner', 'front-runner', 'pope', 'monarch', 'pilot', 'driver', 'victim', 'suspect', 'defendant', 'chief', 'boss', 'head']);
/** Nouns in -er, -ent, -ess that name things: "the statement", "the paper". */
const NOT_A_PERSON = new Set(['statement', 'document', 'government', 'agreement', 'department', 'paper', 'newspaper', 'letter', 'center', 'centre', 'number', 'order', 'filer', 'poster', 'flyer', 'flier', 'trailer', 'container', 'address', 'congress', 'process', 'progress', 'press', 'business', 'parliament', 'movement', 'tournament', 'event', 'incident', 'report', 'monitor', 'sector', 'factor', 'error']);

/** "Luis Ortega, 27,", "Luis Ortega (27)", "27-year-old driver Luis Ortega". */
function hasAge(c: Context, m: Mention, age: string): boolean {
  if (m.entity.type !== 'person') return false;
  const after = c.body.slice(m.end, m.end + 16);
  const before = c.body.slice(Math.max(0, m.start - 40), m.start);
  // Both patterns hold the age's digits: without them near the name, neither is compiled nor run.
  if (!after.includes(age) && !before.includes(age)) return false;
  return new RegExp(String.raw`^(?:,\s*(?:aged\s+)?${age}\s*[,.;]|\s*\(${age}\))`).test(after) || new RegExp(String.raw`\b${age}-year-old\s+(?:[\p{L}-]+\s+){0,2}$`, 'u').test(before);
}

/**
 * The patterns that give a person a role, for any role: the role is written before the text
 * searched, with a NUL between them ("minister\0...Finance Minister "), and matched by a
 * backreference, which the i flag compares letter by letter as it does the role's own letters
 * (in V8 the same for every letter of the Basic Multilingual Plane). One pattern per kind of
 * evidence, not one per role and report: with \p{L} under the i flag, a pattern costs ~1 ms to
 * compile (twice: V8 compiles it again to machine code on its second run) and a few µs to run.
 * `(?:|[^]*?\s)` after the NUL is what `(?:^|\s)` would be at the text's start, tried in the same order.
 */
const WITH_ROLE = String.raw`^([^\0]+)\0`;
/** The role anywhere in the text: each pattern below holds it, and most names have none near them. */
const ROLE_WORD = new RegExp(String.raw`${WITH_ROLE}[^]*?\1`, 'iu');
/** "Finance Minister Ana Torres": a title right before the name. */
const ROLE_TITLE = new RegExp(String.raw`${WITH_ROLE}(?:|[^]*?\s)((?:[\p{L}-]+\s+){0,2}\1)\s+$`, 'iu');
/** "Ana Torres, the finance minister,": an apposition after the name. */
const ROLE_APPOSITION = new RegExp(String.raw`${WITH_ROLE}${APPOSITION_OPENING}(${ROLE_WORDS}\1)${ROLE_END}`, 'iu');
/** "The finance minister, Ana Torres,": an apposition before the name. */
const ROLE_APPOSITION_BEFORE = new RegExp(String.raw`${WITH_ROLE}(?:|[^]*?\s)(?:the|a|an|\p{Lu}[\p{L}.'’-]*['’]s)\s+((?:[\p{L}'’-]+\s+){0,3}\1)(?:\s+(?:of|for|at)\s+[^,.;]{1,60})?,\s*$`, 'iu');

/** A role of ASCII letters and hyphens: what the i flag matches to its letters, toLowerCase() writes as them. */
const ASCII_ROLE = /^[a-z-]+$/;

/**
 * Whether `text` may hold `role` as ROLE_WORD finds it, tested without a pattern: most names
 * have no role near them, and ROLE_WORD costs more than lower-casing the text. Under the i and u
 * flags a lower-case ASCII letter matches itself, its capital, "K" (U+212A KELVIN SIGN, for k) and
 * "ſ" (U+017F LONG S, for s), a hyphen only itself (checked over every code point); toLowerCase()
 * writes each of them as the letter but "ſ", so a text with "ſ", or a role not in ASCII, is left to ROLE_WORD.
 */
function mayHold(text: string, role: string): boolean {
  return !ASCII_ROLE.test(role) || text.includes('ſ') || text.toLowerCase().includes(role);
}

/** A person given a role: a title before the name ("Finance Minister Ana Torres"), or an apposition after or before it ("Ana Torres, the finance minister,"; "The finance minister, Ana Torres,"). */
function hasRole(c: Context, m: Mention, role: string, modifiers: readonly string[]): boolean {
  const textBefore = c.body.slice(Math.max(0, m.start - 80), m.start);
  const textAfter = c.body.slice(m.end, m.end + 80);
  const before = `${role}\0${textBefore}`;
  const after = `${role}\0${textAfter}`;
  const inBefore = mayHold(textBefore, role) && ROLE_WORD.test(before);
  const inAfter = mayHold(textAfter, role) && ROLE_WORD.test(after);
  if (!inBefore && !inAfter) return false;
  const evidence = (inBefore && ROLE_TITLE.exec(before)?.[2]) || (inAfter && ROLE_APPOSITION.exec(after)?.[2]) || (inBefore && ROLE_APPOSITION_BEFORE.exec(before)?.[2]);
  if (!evidence) return false;
  const words = evidence.toLowerCase().split(/\s+/);
  return modifiers.every((w) => words.includes(w));
}

/** An organisation the report called one of a kind: "Nordvik Systems, the Oslo-based software group", "shipping agency Cargonave", "the IG Metall union", "Calloway Biosciences". */
function isKind(c: Context, m: Mention, kind: readonly string[]): boolean {
  const lastWord = m.entity.name.split(/\s+/).pop()!.toLowerCase().replace(/\.$/, '');
  if (KIND_BY_NAME.get(lastWord) === kind) return true;
  // A person is of no kind of organisation: "Laurie Guzzinati, a spokeswoman for Nabisco's parent company".
  if (m.entity.type !== 'organization') return false;
  const { nounBefore, apposition } = KIND_PATTERNS.get(kind)!;
  const before = c.body.slice(Math.max(0, m.start - 30), m.start);
  const after = c.body.slice(m.end, m.end + 80);
  return (
    nounBefore.test(before) ||
    // "the IG Metall union"; not "the St. Louis company", "a GOP group" (a place or a party before a noun).
    (kind === KIND_OF.get('union') && /^\s+union\b/i.test(after)) ||
    apposition.test(after)
  );
}
/** For each kind, its noun right before a name ("shipping agency Cargonave") and in an apposition after it: compiled once, not per mention. */
const KIND_PATTERNS = new Map(
  ORGANISATION_KINDS.map((kind) => {
    const nouns = kind.join('|');
    return [kind, { nounBefore: new RegExp(String.raw`\b(?:${nouns})\s+$`, 'i'), apposition: new RegExp(String.raw`^${APPOSITION_OPENING}${ROLE_WORDS}(?:${nouns})${ROLE_END}`, 'iu') }] as const;
  }),
);

/**
 * The organisation a group phrase names with its kind: "Germany's IG Metall union", "the Unite
 * union" are IG Metall and Unite; "a GOP group" (indefinite) is not the GOP. `phrase` starts at `start`.
 */
export function organisationOfKind(c: Context, start: number, phrase: string): string | null {
  const head = /(\p{L}+)$/u.exec(phrase)?.[1].toLowerCase() ?? '';
  if (!KIND_OF.has(head)) return null;
  const before = phrase.slice(0, phrase.length - head.length).trimEnd();
  const org = c.mentions.find((m) => m.entity.type === 'organization' && m.end === start + before.length && m.start >= start);
  if (!org) return null;
  return /^(?:(?:the|\p{Lu}[\p{L}.'’-]*['’]s)\s+)?$/u.test(c.body.slice(start, org.start)) ? org.entity.name : null;
}
