import type { Entity, EntityType, Mention } from '../../types.js';
import type { AnalysisDoc, Component, Token } from '../doc.js';
import { loadTagger, MODEL_PATH, type TaggedSpan } from './perceptron.js';
import { isEnglishWord } from '../../clean/dictionary.js';
import { isPeoplesWord } from './peoples.js';
import { CONNECTORS, HOLIDAYS, KNOWN_ORGS, OFFICE_TITLES, ORG_HEADS, ORG_NOUNS, PARTY_AND_STATE, PERSON_TITLES, PRONOUN_CONTRACTION, ROLES, SHORT_TITLES, isSkipWord, US_STATES } from './rules.js';
import { DisjointSpans, SpanSet } from '../spans.js';
import { abbreviates, ACRONYM, dropOfficeOf, extendOrgNames, joinLegalForms, LEGAL_FORMS, joinByAcronym, joinCutNames, joinPossessiveOrgs, joinTouching, OFFICE_MODIFIERS, splitAtCommas, splitAtTitle, titleWord } from './cuts.js';
import { hasLetter, INITIAL, isDateline, NAME, startsLowerCase, startsUpperCase, strayPunctuation, withoutInitials } from './shapes.js';
import { BodyWords, wordRun, wordUnitAt } from './body-words.js';
import { ARABIC_ARTICLE, joinParticles } from './particles.js';

/**
 * Named entities: spans and types from the trained tagger (perceptron.ts, an averaged
 * perceptron over BIO tags trained on CoNLL-2003 by scripts/train-ner.ts), a few rules where
 * modern news needs them (titles left out of names and making people, a name split at a short
 * title inside it, lowercase tails trimmed, an unknown capitalised word after a name joined to
 * it, lone weekdays, months, titles and "I'm" dropped, well-known organisations and names ending
 * in an organisation's word typed, places coordinated with places, other occurrences of a found
 * name added), then one canonical entity per person or organisation within the report
 * (surnames, an organisation's last words and acronyms as aliases), typed by the votes of its
 * mentions. The entities bench measures this combination and the bare tagger.
 */
const TYPE: Record<TaggedSpan['type'], EntityType> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };

export interface Span {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Written after a title ("Sen. Cruz", "President Tokayev"): a person beyond doubt. */
  titled?: boolean;
  /** An organisation by its last word alone ("Calloway Biosciences"), which the tagger typed otherwise. */
  byCompanyWord?: boolean;
}

/** What only a person leads ("the Obama administration"): a name just before one of these words is a person. */
const LEADERS_OF = new Set(['administration', 'presidency', 'cabinet', 'camp', 'aides']);
/** Titles of elected people written in full, which no organisation's name begins with: "Senator Sanders" is a person, however the tagger typed it. */
const PEOPLES_TITLES = new Set(['senator', 'congressman', 'congresswoman', 'governor', 'mayor', 'representative']);
/** Titles that only ever introduce a person: the short ones ("Sen.", "Gov.") and the elected people's. */
const PERSONS_ONLY_TITLES = new Set([...SHORT_TITLES, ...PEOPLES_TITLES]);
const LEADING_TITLES = new Set([...PERSON_TITLES, ...PEOPLES_TITLES, ...SHORT_TITLES, ...OFFICE_TITLES, 'chair', 'chairperson', 'former', 'vice', 'lieutenant', 'sergeant', 'colonel', 'detective', 'reverend']);

/**
 * A sentence's tokens cut at line breaks: the tagger reads each line apart, so that a headline's
 * last word and the next line's first ("...DUI" / "But after...") are never one name, and a
 * headline line is read as a headline. (Our sentences end at blank lines, not at single ones.)
 * Pushed onto `out`.
 */
function lines(tokens: Token[], body: string, out: Token[][]): void {
  let from = 0;
  for (let i = 1; i < tokens.length; i++) {
    let broken = false;
    for (let c = tokens[i - 1].end; c < tokens[i].start && !broken; c++) broken = body.charCodeAt(c) === 10;
    if (broken) {
      out.push(tokens.slice(from, i));
      from = i;
    }
  }
  out.push(from ? tokens.slice(from) : tokens);
}

/** A capitalised word, inner capitals allowed ("McConnell", "DiLeo"), not one in capitals ("NATO"). */
const CAPITALISED = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)*$/u;
/** Words of rank or party before an office at a name's end: "Sixers Senior Vice President", "Alabama Democratic Governor". */
const OFFICE_RANKS = new Set(['senior', 'executive', 'democratic', 'republican', 'chief', 'general']);
/** Office words that are names alone too: surnames (Aaron Judge, Jim Justice), a brand (Coach), a team's (the Chiefs). */
const OFFICES_ALSO_NAMES = new Set(['judge', 'justice', 'coach', 'chief', 'chair', 'director', 'manager']);

/** A party's member after a place, a state or a place not a word: "a New York Democrat", "the Utah Republican" (not "New Democrat"). */
function partyMember(tokens: readonly Token[], first: number, last: number, type: TaggedSpan['type']): boolean {
  if ((tokens[last].text !== 'Democrat' && tokens[last].text !== 'Republican') || type === 'ORG') return false;
  const place = tokens.slice(first, last).map((t) => t.text).join(' ');
  return US_STATES.has(place) || (type === 'LOC' && (last - first > 1 || !isEnglishWord(place)));
}

/** Honours and ranks written after a name: "Rebecca Lyle KC", "Sir John Smith OBE". */
const POSTNOMINALS = new Set(['KC', 'QC', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE']);
/** Words before a storm's name: "Hurricane Delia", "Tropical Storm Alberto", "Typhoon Haiyan", "Cyclone Idai". */
const STORMS = new Set(['Hurricane', 'Typhoon', 'Cyclone', 'Storm']);

const WEEKDAYS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
/** Pronouns a name may run into at a sentence's start ("on X. She posted"). */
const SUBJECT_PRONOUNS = new Set(['He', 'She', 'They']);

function spansOf(doc: AnalysisDoc, words: BodyWords): Span[] {
  const tagger = loadTagger();
  if (!tagger) throw new Error(`named-entity model missing: ${MODEL_PATH} (train it with npx tsx scripts/train-ner.ts)`);
  const lineTokens: Token[][] = [];
  for (const s of doc.sentences) lines(s.tokens, doc.body, lineTokens);
  // The tagger's names, repaired one kind of cut at a time (cuts.ts, particles.ts), in this order.
  let repaired = joinCutNames(tagger.tag(lineTokens));
  repaired = joinLegalForms(repaired);
  repaired = joinPossessiveOrgs(repaired);
  repaired = extendOrgNames(repaired);
  repaired = joinByAcronym(lineTokens, repaired);
  repaired = joinParticles(lineTokens, repaired, doc.body);
  const joined = joinTouching(repaired, doc.body);
  const joinedStarts = new Set(joined.map((s) => s.start));
  const tagged: TaggedSpan[] = [];
  for (const span of joined) for (const part of splitAtCommas(span)) for (const titled of splitAtTitle(part, joinedStarts)) tagged.push(...dropOfficeOf(titled));
  const starts = new Set(tagged.map((s) => s.start));
  const ends = new Set(tagged.map((s) => s.end));
  // One-word names the tagger found somewhere in the report ("Trump", where it missed "Donald Trump").
  const oneWord = new Set(tagged.filter((s) => s.first === s.last).map((s) => s.tokens[s.first].text));
  // Whether a line is in Title Case, read once per line, not once per name in it (a line of
  // 300,000 tokens, an attachment pasted as text, has hundreds of names).
  const titledLines = new Map<readonly Token[], boolean>();
  const titleCasedLine = (line: readonly Token[]) => {
    let titled = titledLines.get(line);
    if (titled === undefined) titledLines.set(line, (titled = titleCased(line)));
    return titled;
  };
  // (Loops, not flatMap: V8's flatMap cost about five times as much per span.)
  const nameOf = ({ tokens, first, last, type }: TaggedSpan): Span | null => {
    // A one-word person at the second word of a sentence, after a capitalised proper noun: the
    // tagger left out a first name that is also a word ("Ben Carson spoke", "Rand Paul said").
    if (type === 'PER' && first === 1 && last === 1 && isFirstName(tokens[0]) && !words.usedInLowerCase(tokens[0].text) && !titleCasedLine(tokens)) first = 0;
    // A middle initial the tagger took as a person's start, or stopped at, belongs with the names around it:
    // "Warren" + "E. Buffett", "Donald" + "J." + "Trump" (the tagger tagged "E. Buffett" and "Donald").
    if (type === 'PER' && INITIAL.test(tokens[first].text) && first > 0 && NAME.test(tokens[first - 1].text) && !ends.has(tokens[first - 1].end) && !isSkipWord(tokens[first - 1].text) && !LEADING_TITLES.has(titleWord(tokens[first - 1].text))) first--;
    if (type === 'PER' && INITIAL.test(tokens[last + 1]?.text ?? '') && NAME.test(tokens[last + 2]?.text ?? '') && !starts.has(tokens[last + 1].start) && !starts.has(tokens[last + 2].start) && !isSkipWord(tokens[last + 2].text)) last += 2;
    // Names do not end in a lowercase word ("the Nur Otan party", "the Central Asian country") nor a weekday ("South Dakota Tuesday").
    // Nor in punctuation the tagger ran into ("Muhammad Ali (all times EDT)", "the GOP."), but for an abbreviation's period ("Wis.", "Inc.").
    // Nor in a postnominal ("Rebecca Lyle KC"), a pronoun ("on X. She posted") or a party's member after a place ("a New York Democrat").
    while (last > first && ((startsLowerCase(tokens[last].text) && !ARABIC_ARTICLE.test(tokens[last].text)) || WEEKDAYS.has(tokens[last].text) || strayPunctuation(tokens, last) || POSTNOMINALS.has(tokens[last].text) || SUBJECT_PRONOUNS.has(tokens[last].text) || partyMember(tokens, first, last, type))) last--;
    // Nor in a small word and a month or weekday: "the Senate in March" is the Senate.
    while (last - 2 >= first && CONNECTORS.has(tokens[last - 1].text.toLowerCase()) && isSkipWord(tokens[last].text)) last -= 2;
    // A capitalised word the dictionary does not know, right after a name, belongs to it ("RIA Novosti"), unless a run of them (a headline);
    // after a person's one name, so does a word the report names elsewhere ("Donald" + "Trump", though "trump" is a word),
    // and after a short title and one name, any capitalised word: "Sen. Barbara Boxer", "Gov. Rick Scott".
    const next = tokens[last + 1];
    const titledOne = last === first + 1 && PERSONS_ONLY_TITLES.has(titleWord(tokens[first].text));
    // A first name alone (no English word itself) takes a surname that is also a word when the report never writes
    // that word in lower case ("Donald" + "Trump"), outside headlines ("Lohan Checks") and plurals ("Walmart Stores").
    const firstName = type === 'PER' && first === last && isFirstName(tokens[first]) && !isEnglishWord(tokens[first].text) && !US_STATES.has(tokens[first].text) && !titleCasedLine(tokens);
    const joinable = (word: string) =>
      !isEnglishWord(word) ||
      titledOne ||
      (type === 'PER' && first === last && oneWord.has(word) && !isSkipWord(tokens[first].text)) ||
      (firstName && !/s$/.test(word) && !ORG_HEADS.has(word) && !words.usedInLowerCase(word));
    // Never a weekday or a month: "MSNBC Monday" is MSNBC.
    if (next && !starts.has(next.start) && startsUpperCase(next.text) && CAPITALISED.test(next.text) && !isSkipWord(next.text) && joinable(next.text) && !startsUpperCase(tokens[last + 2]?.text ?? '')) last++;
    // "The Washington Post" is the Washington Post, as most reports name it (a place keeps its "The": The Hague).
    if (type === 'ORG' && first < last && /^the$/i.test(tokens[first].text) && /^\p{Lu}/u.test(tokens[first + 1].text)) first++;
    // A title is not part of the name it introduces: "Chair Jerome Powell" is the person Jerome Powell.
    let titled = false;
    // Not "General Motors": what is left must be a name of two words, or the tagger's person.
    // A short title ("Sen. Sanders") is never part of an organisation's name: it goes whatever is left.
    // Nor an organisation's name ending in an organisation's word: "General Election Commission".
    const orgName = type === 'ORG' && ORG_HEADS.has(tokens[last].text);
    while (first < last && LEADING_TITLES.has(titleWord(tokens[first].text)) && startsUpperCase(tokens[first + 1].text) && (type === 'PER' || (last - first >= 2 && !orgName) || PERSONS_ONLY_TITLES.has(titleWord(tokens[first].text)))) (first++, (titled = true));
    // Weekdays, months and pronouns are not names, whatever the tagger says of "Sunday's vote".
    if (first === last && isSkipWord(tokens[first].text)) return null;
    // Nor is a title alone ("Rep." or "Mr." before a name the tagger found apart).
    if (first === last && SHORT_TITLES.has(titleWord(tokens[first].text))) return null;
    // An office at a name's end is no part of it: "Bristol District Attorney" is Bristol, "City Attorney" no one.
    // (Not "Leader": a surname, a newspaper's last word: "New Hampshire Union Leader".)
    if (last > first && OFFICE_TITLES.has(tokens[last].text.toLowerCase()) && !OFFICES_ALSO_NAMES.has(tokens[last].text.toLowerCase()) && tokens[last].text !== 'Leader') {
      last--;
      while (last >= first && (OFFICE_MODIFIERS.has(tokens[last].text.toLowerCase()) || OFFICE_RANKS.has(tokens[last].text.toLowerCase()))) last--;
      if (last < first || (last === first && /^(?:city|county|state|the)$/i.test(tokens[last].text))) return null;
    }
    // Nor an office alone: "the U.S. Attorney" is no place. (Not "Judge", "Coach" or "Chief": surnames, a brand, a team.)
    if (first === last && OFFICE_TITLES.has(tokens[first].text.toLowerCase()) && !OFFICES_ALSO_NAMES.has(tokens[first].text.toLowerCase())) return null;
    let end = tokens[last].end;
    let text = doc.body.slice(tokens[first].start, end);
    if ((text.includes("'") || text.includes('’')) && PRONOUN_CONTRACTION.test(text)) return null;
    // No name without a letter ("2,000"), nor an initial alone ("C." of "44.8 degrees C.").
    if (!hasLetter(text) || (text.length <= 3 && INITIAL.test(text))) return null;
    if (text.endsWith("'s") || text.endsWith('’s')) (text = text.slice(0, -2)), (end -= 2);
    else if ((text.endsWith("'") || text.endsWith('’')) && (text.charCodeAt(text.length - 2) | 0x20) === 115) (text = text.slice(0, -1)), (end -= 1); // a plural's or an -s name's: "Sanders’ campaign", "SCOTUS’ ruling"
    // "President Tokayev", "Mr. Zheleznyak": a title just before a name makes it a person.
    const before = tokens[first - 1] && titleWord(tokens[first - 1].text);
    titled ||= before !== undefined && (PERSON_TITLES.has(before) || SHORT_TITLES.has(before) || officeEnds(tokens, first - 1)) && type !== 'LOC' && /^\p{Lu}\p{Ll}/u.test(tokens[first].text);
    // "the Kremlin said"; "the New York Times reported".
    // So is a company's name, whatever the tagger read in it ("Calloway Biosciences", "Hanbit Mart" people to it), but a place's ("West Bank").
    const company = last > first && !titled && type !== 'LOC' && !PLACE_PREFIXES.has(tokens[last - 1].text.toLowerCase()) && ((COMPANY_WORDS.has(tokens[last].text) && !SURNAMES_TOO.has(tokens[last].text)) || COMPANY_ONLY_ENDS.has(tokens[last].text));
    const lower = text.toLowerCase();
    const known = KNOWN_ORGS.has(lower) || (last > first && !titled && ORG_HEADS.has(tokens[last].text) && text !== 'Oval Office') || company ? 'organization' : null;
    // A state is no person ("Kentucky" a person in 5 of 23 PolNeAR reports) and no "other" ("Louisiana" of "Louisiana Gov. John Bel Edwards"); it may be a team, as in sports results ("Texas 5, Boston 3").
    const state = US_STATES.has(text) && (type === 'PER' || type === 'MISC') ? 'place' : null;
    // "Kazakhstan's largest bank, Halyk", "the lender Halyk": a kind of organisation just before a name types it.
    const kind = tokens[first - 1]?.text === ',' ? tokens[first - 2] : tokens[first - 1];
    // (Not a person's full name: "a spokesman for the party, John Smith, said".)
    const organised = (kind && ORG_NOUNS.has(kind.text.toLowerCase()) && !titled && !(type === 'PER' && last > first)) || (!titled && orgApposition(tokens, last)) ? 'organization' : null;
    // "the Obama administration", "Merkel's cabinet", "the Clinton camp": a leader's, so a person.
    const after = tokens[last + 1]?.text === "'s" || tokens[last + 1]?.text === '’s' ? tokens[last + 2] : tokens[last + 1];
    const led = !known && after && LEADERS_OF.has(after.text) ? 'person' : null;
    // "Kazakh voters", "Uzbek and Kyrgyz presidents", "Central Asian leaders": a people, not a place; "Christmas" a day; "R-Texas" a party and state.
    const people = isPeoplesWord(text) || HOLIDAYS.has(lower) || (text.charCodeAt(1) === 45 && PARTY_AND_STATE.test(text)) ? 'other' : null;
    // "DES MOINES, Iowa (AP) —", "MIAMI —": a dateline's city, in capitals at a paragraph's start, is a place.
    const dateline = isDateline(doc.body, tokens[first].start, end, text) ? 'place' : null;
    // "Hurricane Delia", "Typhoon Haiyan": a storm, named like a person, is none (nor a place or an organisation).
    const storm = STORMS.has(tokens[first].text) || STORMS.has(tokens[first - 1]?.text ?? '') ? 'other' : null;
    const typed = storm ?? known ?? dateline ?? state ?? people ?? organised ?? (titled || led ? 'person' : TYPE[type]);
    const byCompanyWord = typed === 'organization' && company && type !== 'ORG' && !KNOWN_ORGS.has(lower) && !ORG_HEADS.has(tokens[last].text);
    return { start: tokens[first].start, end, text, type: typed, ...(titled && typed === 'person' ? { titled } : {}), ...(byCompanyWord ? { byCompanyWord } : {}) };
  };
  const named: Span[] = [];
  for (const span of tagged) {
    const name = nameOf(span);
    if (name) named.push(name);
  }
  return named;
}

/**
 * Whether the name ending at token `last` is followed by an apposition naming a kind of
 * organisation: "Nordvik Systems, the Oslo-based software group, reported", "Lumatec, the German
 * chipmaker, said". The kind must close the apposition (a comma or a period after it), so that it
 * is what the name is, not what a person leads ("John Smith, the party chairman") nor a new
 * subject ("In San Francisco, a group marched"); a kind that is also a person's work ("a real
 * estate developer") or a people's ("a minority group") does not count.
 */
function orgApposition(tokens: readonly Token[], last: number): boolean {
  if (tokens[last + 1]?.text !== ',' || !/^(?:the|a|an)$/i.test(tokens[last + 2]?.text ?? '')) return false;
  for (let k = last + 3; k < tokens.length && k <= last + 7; k++) {
    const word = tokens[k];
    if (APPOSED_KINDS.has(word.text.toLowerCase())) return /^[,.;)]$/.test(tokens[k + 1]?.text ?? '.') || /^(?:that|which|whose)$/.test(tokens[k + 1].text);
    if (PEOPLES_GROUPS.has(word.text.toLowerCase())) return false;
    // Only its modifiers before it: adjectives, nouns, a place with "-based" ("Oslo", "-", "based"), a people's word.
    const modifier = /^(?:ADJ|NOUN|PROPN)$/.test(word.pos) || word.text === '-' || /^(?:based|owned|listed|run|backed)$/.test(word.text);
    if (!modifier) return false;
  }
  return false;
}
/** Kinds of organisation an apposition names, never a person's work. */
const APPOSED_KINDS = new Set('company firm group lender bank insurer retailer broadcaster newspaper agency airline carrier automaker carmaker chipmaker drugmaker conglomerate brokerage startup ministry university charity regulator watchdog'.split(' '));
/** What makes a group people, not an organisation: "a minority group", "an ethnic group". */
const PEOPLES_GROUPS = new Set('minority ethnic religious indigenous age tribal'.split(' '));

const OFFICE_ENDS = new Set(['Executive', 'Officer', 'General']);
/** Whether token k ends an office of several words: "Chief Executive", "Chief Operating Officer", "Secretary-General". */
function officeEnds(tokens: readonly Token[], k: number): boolean {
  if (k < 1 || !OFFICE_ENDS.has(tokens[k].text)) return false;
  const prev = tokens[k - 1].text === '-' ? tokens[k - 2] : tokens[k - 1];
  return prev !== undefined && (OFFICE_TITLES.has(titleWord(prev.text)) || /^(?:Operating|Financial|Executive)$/.test(prev.text)) && /^\p{Lu}/u.test(prev.text);
}

/** A capitalised proper noun that may be a first name: not a title or a role, a weekday or month, nor a plural ("Critics", "Democrats"). */
function isFirstName(token: Token): boolean {
  const word = titleWord(token.text);
  return token.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(token.text) && !/s$/.test(word) && !isSkipWord(word) && !LEADING_TITLES.has(word) && !ROLES.has(word);
}

/**
 * Words in Title Case (a headline's), where capitals tell nothing: three of the longer ones or
 * more, none in lower case but a few small ones ("with", "from"). Read up to the first longer
 * word in lower case, which most lines of a report have near their start.
 */
function titleCase(words: readonly string[]): boolean {
  let long = 0;
  for (const w of words) {
    const vote = titleCaseVote(w);
    if (vote < 0) return false;
    long += vote;
  }
  return long >= 3;
}
const titleCased = (tokens: readonly Token[]) => {
  let long = 0;
  for (const t of tokens) {
    const vote = titleCaseVote(t.text);
    if (vote < 0) return false;
    long += vote;
  }
  return long >= 3;
};
/** What a word says of its line's Title Case: 1 a longer word capitalised (or a small one), -1 a longer word in lower case, 0 a short word. */
function titleCaseVote(w: string): number {
  if (!startsWithFourLetters(w)) return 0;
  return startsLowerCase(w) && !SMALL_WORDS.has(w) ? -1 : 1;
}
const SMALL_WORDS = new Set('with from into over than that this after about amid says said will'.split(' '));
const FOUR_LETTERS = /^\p{L}{4,}/u;
const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/** As FOUR_LETTERS.test(w), without the pattern for words in ASCII. */
function startsWithFourLetters(w: string): boolean {
  if (w.length < 4) return false;
  for (let i = 0; i < 4; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return FOUR_LETTERS.test(w);
    if (!isAsciiLetter(c)) return false;
  }
  return true;
}

/** An acronym in parentheses right after a name: "the World Health Organization (WHO)", "the Bank of England (BoE)". */
const ACRONYM_AFTER = /^\s*\(([\p{L}&]{2,10})\)/u;

/**
 * The acronym a report gives in parentheses after an organisation's name, when it abbreviates
 * the name (its initials, "of" and "'s" given or not: "Bank of England (BoE)"): the tagger takes
 * "WHO" for the word "who", and then misses every "the WHO" after it; as a name of its own, the
 * acronym is found wherever it recurs and joins its organisation. `names` maps each such acronym
 * to the name it abbreviates, tagged apart or not.
 */
function parentheticalAcronyms(body: string, spans: readonly Span[], names: Map<string, string>): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    if (s.type !== 'organization' && s.type !== 'other') continue;
    const m = ACRONYM_AFTER.exec(body.slice(s.end, s.end + 14));
    if (!m || !ACRONYM.test(m[1]) || !(m[1] === initials(s.text) || abbreviates(s.text.split(/\s+/), m[1]))) continue;
    if (!names.has(m[1])) names.set(m[1], s.text);
    const start = s.end + m[0].indexOf(m[1]);
    if (!spans.some((o) => o.start === start)) out.push({ start, end: start + m[1].length, text: m[1], type: 'organization' });
  }
  return out;
}

/**
 * An organisation's initials written in capitals where the report never gave them in brackets:
 * "The WHO said" after "the World Health Organization" (the tagger reads "WHO" as the word
 * "who"). Three letters or more, of a name of as many words, outside a line in capitals (a
 * headline's "WHO"), where no name is; they then join the organisation as its acronym.
 */
function initialsWritten(words: BodyWords, spans: readonly Span[]): Span[] {
  const body = words.body;
  const wanted = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'organization' || !/\s/.test(s.text)) continue;
    const short = initials(s.text);
    if (/^\p{Lu}{3,6}$/u.test(short) && short.length === s.text.split(/\s+/).filter((w) => !CONNECTORS.has(w)).length) wanted.add(short);
  }
  if (!wanted.size) return [];
  const taken = new SpanSet(spans);
  const out: Span[] = [];
  for (const short of wanted)
    for (const start of words.startsOf(short)) {
      const end = start + short.length;
      // The words around it on its line (80 characters each side: a line may be a whole attachment).
      const from = Math.max(0, start - 80);
      const window = body.slice(from, end + 80);
      const lineEnd = window.indexOf('\n', end - from);
      const around = window.slice(window.lastIndexOf('\n', start - from) + 1, lineEnd < 0 ? window.length : lineEnd);
      if (taken.overlaps(start, end) || !/\p{Ll}/u.test(around.replace(/\b\p{Lu}{2,}\b/gu, ''))) continue;
      out.push({ start, end, text: short, type: 'organization' });
    }
  return out;
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => !CONNECTORS.has(w))
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}

/**
 * A name the tagger found once is the same name where it missed it ("Apple declined to comment"
 * at the start of a sentence): other occurrences of a tagged name's exact text, as whole words
 * outside any span, become mentions of the same type.
 */
export function otherOccurrences(body: string, spans: Span[], words = new BodyWords(body)): Span[] {
  const found: Span[] = [];
  // Searched in logarithmic time: a report naming thousands of names stays linear-logarithmic.
  const tagged = new SpanSet(spans);
  const added = new DisjointSpans<Span>();
  const seen = new Set<string>();
  // A name's whole-word occurrences start where a word of the body starts that is the name's
  // first word (the name starts with a letter): looked up there, not searched for in the whole
  // body once per name, which was quadratic in a text of thousands of names (a 5 MB attachment
  // pasted as text has 40,000 "names": 57 s in the entities, 5 s now).
  const candidates = (text: string): Iterable<number> => {
    const first = wordRun(text, 0);
    if (!first) return indexesOf(body, text); // its first letter outside the BMP: no word of WORD_CHAR's
    return words.startsOf(text, 0, first);
  };
  // A person's surname alone, where the tagger missed it ("Trump won the primary" at the start of a sentence).
  const surnames: Span[] = spans
    .filter((s) => s.type === 'person' && /\s\p{Lu}\p{Ll}+$/u.test(s.text))
    .map((s) => ({ ...s, text: s.text.slice(s.text.lastIndexOf(' ') + 1) }))
    .filter((s) => s.text.length > 2 && !isSkipWord(s.text));
  for (const span of [...spans, ...surnames]) {
    if (seen.has(span.text) || span.text.length < 2 || !startsUpperCase(span.text)) continue;
    seen.add(span.text);
    for (const at of candidates(span.text)) {
      const end = at + span.text.length;
      if (!body.startsWith(span.text, at) || wordUnitAt(body, at - 1) || wordUnitAt(body, end) || tagged.overlaps(at, end)) continue;
      const occurrence = { start: at, end, text: span.text, type: span.type };
      if (added.add(occurrence)) found.push(occurrence);
    }
  }
  return found;
}

/** Every index at which `text` occurs in `body`, in order. */
function* indexesOf(body: string, text: string): Generator<number> {
  for (let at = body.indexOf(text); at >= 0; at = body.indexOf(text, at + 1)) yield at;
}

type Votes = Map<Entity, Map<EntityType, number>>;

/** One mention's vote for its entity's type; "other" (the tagger's least sure type) counts a fifth. */
function vote(votes: Votes, e: Entity, type: EntityType, weight: number): void {
  const v = votes.get(e) ?? new Map<EntityType, number>();
  v.set(type, (v.get(type) ?? 0) + (type === 'other' ? 0.2 : 1) * weight);
  votes.set(e, v);
}

/** The type with the most votes, and its votes (the first met on a tie). */
function winner(votes: Map<EntityType, number>): [EntityType, number] {
  return [...votes].sort((a, b) => b[1] - a[1])[0];
}

/** The share of an entity's votes that went to one type. */
function share(votes: Map<EntityType, number>, type: EntityType): number {
  let all = 0;
  for (const v of votes.values()) all += v;
  return all ? (votes.get(type) ?? 0) / all : 0;
}

/** Where a Title Case headline heading the body ends (a first line of at most 200 characters), or 0. */
function headlineEnd(body: string): number {
  const end = body.indexOf('\n');
  return end > 0 && end <= 200 && titleCase(body.slice(0, end).split(/\s+/)) ? end : 0;
}

/**
 * Whose surname a surname alone is, when several people named in the report share it: the one
 * named in full first. A report introduces its subject before his relatives and others of the
 * name ("Vincent Gigante ... his brother, Salvatore Gigante ... Gigante"); a headline does not
 * count, where a Title Case misreading ("Claim Clinton") would come first.
 */
function surnameOwners(spans: readonly Span[], words: BodyWords): Map<string, string> {
  const body = words.body;
  const skip = headlineEnd(body);
  const first = new Map<string, number>();
  const alone = new Set(spans.filter((s) => s.type === 'person' && !/\s/.test(s.text)).map((s) => s.text));
  for (const s of spans) {
    if (!/\s/.test(s.text)) continue;
    const mistyped = s.type !== 'person';
    if (mistyped && !mistypedPerson(s.text, alone, words)) continue;
    // A headline's names after the body's; a name typed otherwise after those typed a person.
    const at = (s.start < skip ? body.length + s.start : s.start) + (mistyped ? 2 * body.length : 0);
    const name = withoutInitials(s.text); // "Donald J. Trump" and "Donald Trump" own "Trump" together
    first.set(name, Math.min(first.get(name) ?? Infinity, at));
  }
  const owners = new Map<string, { text: string; at: number }>();
  for (const [text, at] of first) {
    const surname = text.slice(text.search(/\S+$/));
    const best = owners.get(surname);
    if (!best || at < best.at) owners.set(surname, { text, at });
  }
  return new Map([...owners].map(([surname, o]) => [surname, o.text]));
}

/**
 * A name of two or three words the tagger typed otherwise, whose last word the report uses alone
 * for a person, and whose first word may be a first name: a person ("Brian Nichols" typed other,
 * then "Nichols" seven times a person; "Ted Cruz" an organisation). Not a place's name ("South
 * Carolina", "Fort Worth"), a people's ("British Columbia"), nor words the report writes in
 * lower case. Such a name owns its surname only where no name typed a person does.
 */
function mistypedPerson(text: string, personAlone: ReadonlySet<string>, bodyWords: BodyWords): boolean {
  const words = text.split(' ');
  if (words.length > 3 || !personAlone.has(words[words.length - 1]) || !words.every((w) => /^\p{Lu}(?:\p{Ll}+|\.)$/u.test(w))) return false;
  const firstWord = words[0].toLowerCase();
  if (PLACE_PREFIXES.has(firstWord) || LEADING_TITLES.has(titleWord(firstWord)) || ROLES.has(firstWord) || isSkipWord(words[0]) || isPeoplesWord(words[0])) return false;
  // A word the report also writes in lower case is a word, not a name ("Team Hillary", "Brown County").
  return !words.some((w) => w.length > 2 && bodyWords.usedInLowerCase(w));
}
/** Words after a company's own name, before its legal form or alone: "Halcyon Pharmaceuticals Inc.", "Vodafone Group", "Nordvik Energy ASA". */
const COMPANY_WORDS = new Set(
  'Group Holdings Holding Pharmaceuticals Pharma Bio Biotech Biosciences Therapeutics Energy Technologies Technology Tech Systems Bancorp Financial Capital Partners Resources Mining Petroleum Communications Telecom Media Industries Laboratories Labs Software Networks Brands Foods Entertainment Airlines Airways Motor Motors Electric Electronics Semiconductor Semiconductors Insurance Investments Properties Chemicals Steel Gold Oil Photonics Robotics Logistics Ratings Mart'.split(' '),
);
/**
 * Words that end an organisation's name but give no short name without them ("Korea" of "Korea
 * Exchange" is the country, "Development" of "Development Bank" a word). With COMPANY_WORDS they
 * type a name of several words an organisation, but for "Steel", "Gold" and "Oil", which end
 * people's names too (Danielle Steel).
 */
const COMPANY_ONLY_ENDS = new Set(['Bank', 'Exchange']);
const SURNAMES_TOO = new Set(['Steel', 'Gold', 'Oil']);

/**
 * A company's short names, each to the full name it shortens: a name ending in a legal form or
 * a company's word ("Halcyon Pharmaceuticals Inc.", "Nordvik Energy ASA") without them
 * ("Halcyon Pharmaceuticals", "Halcyon"; "Nordvik Energy", "Nordvik"). Only a short name the
 * report uses for one company: not when another name begins with it ("United" of "United
 * Airlines" beside the United Nations), nor a people's word ("American"), a title ("General"), a
 * state, or a word the report writes in lower case.
 */
function shortCompanyNames(spans: readonly Span[], bodyWords: BodyWords): Map<string, string> {
  const fulls = new Map<string, string>(); // short name -> the longest full name giving it
  for (const s of spans) {
    if (s.type !== 'organization') continue;
    const words = s.text.split(' ');
    let n = words.length;
    while (n > 1 && LEGAL_FORMS.has(words[n - 1])) n--;
    const legal = n < words.length;
    // One company's word after the name, or two before a legal form ("Nordvik Energy ASA", "Vodafone Group Plc").
    for (let dropped = 0; n > 1 && COMPANY_WORDS.has(words[n - 1]) && dropped < (legal ? 2 : 1); dropped++) {
      if (n < words.length) add(words.slice(0, n).join(' '));
      n--;
    }
    if (n < words.length) add(words.slice(0, n).join(' '));
    function add(short: string): void {
      const was = fulls.get(short);
      if (!was || was.length < s.text.length) fulls.set(short, s.text);
    }
  }
  const names = [...new Set(spans.filter((s) => /\s/.test(s.text)).map((s) => s.text))];
  const out = new Map<string, string>();
  for (const [short, full] of fulls) {
    const first = short.split(' ')[0];
    if (isPeoplesWord(short) || isSkipWord(short) || LEADING_TITLES.has(titleWord(first)) || US_STATES.has(short) || (!/\s/.test(short) && bodyWords.usedInLowerCase(short))) continue;
    // Every name beginning with it is the same company's: "Halcyon Pharma" and "Halcyon Pharmaceuticals Inc.", not "United Airlines" and "United Nations".
    if (names.some((n) => n.startsWith(short + ' ') && !full.startsWith(n))) continue;
    out.set(short, full);
  }
  return out;
}

const PLACE_PREFIXES = new Set('north south east west new fort saint st san santa los las lake mount port upper lower great little old central northern southern eastern western'.split(' '));

export const recognizeEntities: Component = (doc) => {
  const bodyWords = new BodyWords(doc.body);
  const named = spansOf(doc, bodyWords);
  const acronymNames = new Map<string, string>();
  const bracketed = parentheticalAcronyms(doc.body, named, acronymNames);
  const tagged = [...named, ...bracketed, ...initialsWritten(bodyWords, [...named, ...bracketed])];
  const typed = [...tagged, ...otherOccurrences(doc.body, tagged, bodyWords)].sort((a, b) => a.start - b.start);
  // Places joined by "and"/"," to a place are places too ("in Almaty and Nur-Sultan").
  for (let k = 1; k < typed.length; k++) {
    const gap = doc.body.slice(typed[k - 1].end, typed[k].start);
    if (typed[k - 1].type === 'place' && /^\s+(and|or)\s+$/.test(gap) && typed[k].type !== 'organization') typed[k].type = 'place';
  }
  // Canonical entities: the longest form; a surname, an organisation's last words or an acronym
  // is an alias of it (of the earliest made entity it fits: a person of several words with that
  // last word, an organisation ending in those words, "Red Sox" of "Boston Red Sox", or a name
  // with those initials).
  const entities: Entity[] = [];
  const byName = new Map<string, Entity>();
  const bySurname = new Map<string, Entity>();
  const byTail = new Map<string, Entity>();
  const byInitials = new Map<string, Entity>();
  /** People's surnames of several words: with their particles ("von der Leyen", "Von der Leyen" at a sentence's start), both surnames ("Lopez Obrador"). */
  const byParticles = new Map<string, Entity>();
  /** A middle word of one person's name, used alone for them ("Lula" of "Luiz Inacio Lula da Silva"); null where two names share it. */
  const byMiddle = new Map<string, Entity | null>();
  /** A word before the last of a person's name whose last word is never used alone ("Li" of "Li Wenjun"); null where two names share it. */
  const byOtherName = new Map<string, Entity | null>();
  /**
   * The first name of a person of two or three names, used alone for them in sport and informal
   * news ("Lando" of "Lando Norris", "Hillary", "Bernie"), but not after a title ("King Charles",
   * "Pope Francis"); null where two names share it. Looked up after surnames ("James" of "LeBron James").
   */
  const byFirstName = new Map<string, Entity | null>();
  /** A person's family name with the Arabic article ("al-Hassan", "Al-Mansouri"); null where two names share it. */
  const byArticleName = new Map<string, Entity | null>();
  const votes: Votes = new Map();
  /** Votes of the mentions written as the canonical name itself, when it has several words. */
  const fullVotes: Votes = new Map();
  const surnameOwner = surnameOwners(typed, bodyWords);
  const inTitleCaseLine = titleCaseLines(doc.body);
  /** Names whose surname alone the tagger typed a person, where the surname is no English word ("Cohn", not "Street" or "Miller"). */
  const namedBySurname = new Set<Entity>();
  const ordered = [...typed].sort((a, b) => b.text.length - a.text.length);
  const companies = shortCompanyNames(typed, bodyWords);
  const companyWordOnly = new Set(typed.filter((s) => s.byCompanyWord).map((s) => s.text));
  /** Short names of companies ("Pfizer" of "Pfizer Inc."), whose mentions vote for the type of the full name. */
  const shortNames = new Set<string>();
  for (let s of ordered) {
    let e = byName.get(s.text);
    if (e && e.name !== s.text && !e.aliases.includes(s.text)) e.aliases.push(s.text); // "Donald Trump" of "Donald J. Trump"
    if (!e) {
      // Only a name tagged as an organisation: "Madrid" is the city, whatever "Real
      // Madrid" is, "Lindsey" is not "Federal Reserve Governor Lawrence Lindsey" misread as one
      // name, and "Republicans" (a party's members) are not "Senate Republicans".
      const tail = s.type === 'organization' ? byTail.get(s.text) : undefined;
      const surname = /\s/.test(s.text) ? (s.type === 'person' ? byParticles.get(s.text) : undefined) ?? tail : bySurname.get(s.text) ?? tail ?? (s.type === 'person' ? byMiddle.get(s.text) ?? byOtherName.get(s.text) ?? (s.titled ? undefined : byFirstName.get(s.text)) : undefined) ?? (s.type !== 'organization' ? byArticleName.get(s.text) : undefined) ?? undefined;
      const spelled = acronymNames.get(s.text);
      // A mixed-case acronym ("BoE") abbreviates an organisation named before it, "of" given or not ("Bank of England").
      const mixed = spelled === undefined && ACRONYM.test(s.text) && /\p{Ll}/u.test(s.text) && s.text.length <= 5 ? entities.find((o) => o.type === 'organization' && abbreviates(o.name.split(' '), s.text)) : undefined;
      const acronym = (/^\p{Lu}{2,6}$/u.test(s.text) ? byInitials.get(s.text) : undefined) ?? (spelled !== undefined ? byName.get(spelled) : mixed);
      e = surname && acronym ? (entities.indexOf(surname) < entities.indexOf(acronym) ? surname : acronym) : surname ?? acronym;
      // "Halcyon" of "Halcyon Pharmaceuticals Inc.", "Vodafone" of "Vodafone Group Plc", typed as the company whatever the tagger read in it.
      // Of a company the tagger did not see, not a place's mentions: "France" beside "France Telecom" (a person to the tagger).
      const company = e || (s.type === 'place' && companyWordOnly.has(companies.get(s.text) ?? '')) ? undefined : companies.get(s.text);
      if (company !== undefined && byName.has(company) && !bySurname.has(s.text)) (e = byName.get(company)!), shortNames.add(s.text);
      if (e && !e.aliases.includes(s.text)) e.aliases.push(s.text);
      if (e && s.type === 'person' && e === bySurname.get(s.text) && !isEnglishWord(s.text)) namedBySurname.add(e);
      // "Mark Felt" of "W. Mark Felt" owns "Felt" for it.
      const last = s.text.slice(s.text.search(/\S+$/));
      if (e && e === byParticles.get(s.text) && surnameOwner.get(last) === withoutInitials(s.text) && !bySurname.has(last)) bySurname.set(last, e);
    }
    if (!e) {
      e = { name: s.text, type: s.type, aliases: [], mentions: [] };
      entities.push(e);
      const words = s.text.split(/\s+/);
      const plain = withoutInitials(s.text);
      if (words.length > 1 && surnameOwner.get(words[words.length - 1]) === plain && !bySurname.has(words[words.length - 1])) bySurname.set(words[words.length - 1], e);
      if (s.type === 'person' && properName(words, s, bodyWords, inTitleCaseLine)) personTails(words, e, byParticles, byMiddle);
      if (s.type === 'person') namesBeforeLast(words, s, e, byOtherName, bodyWords, inTitleCaseLine);
      // "Al-Hassan" of "Abdallah al-Hassan Osman", "Assad" of "Bashar al-Assad": a family name with its article, capitalised opening a
      // sentence or not (a place to the tagger alone), or without it.
      if (s.type === 'person')
        for (const w of words.slice(1).filter((x) => ARABIC_ARTICLE.test(x) || /^(?:Al|El)-\p{Lu}\p{L}+$/u.test(x)))
          for (const key of [w, w[0].toUpperCase() + w.slice(1), w.slice(3)]) {
            const other = byArticleName.get(key);
            byArticleName.set(key, other === undefined || other === e ? e : null);
          }
      if (s.type === 'person' && words.length >= 2 && words.length <= 3 && words.every((w) => GIVEN_NAME.test(w) && !bodyWords.usedInLowerCase(w))) {
        const other = byFirstName.get(words[0]);
        byFirstName.set(words[0], other === undefined || other === e ? e : null);
      }
      if (s.type === 'organization' && !words.some((w) => /^\p{Ll}/u.test(w))) {
        // Without its legal form too: "Williams" of "A.L. Williams Corp.", but no legal form alone ("Corp.").
        let stem = words.length;
        while (stem > 1 && LEGAL_FORMS.has(words[stem - 1])) stem--;
        for (const end of stem < words.length ? [words.length, stem] : [words.length])
          for (let k = 1; k < end; k++) {
            const tail = words.slice(k, end).join(' ');
            if (!byTail.has(tail) && !LEGAL_FORMS.has(tail)) byTail.set(tail, e);
          }
      }
      const short = initials(s.text);
      if (!byInitials.has(short)) byInitials.set(short, e);
      // "Warren E. Buffett" is also named "Warren Buffett": the name without its middle initials is the same person's.
      if (s.type === 'person' && plain !== s.text && !byName.has(plain)) byName.set(plain, e);
    }
    byName.set(s.text, e);
    const m: Mention = { start: s.start, end: s.end, text: doc.body.slice(s.start, s.end) };
    e.mentions.push(m);
    // A name of several words votes twice: the tagger types "Bernie Sanders" better than the
    // "Sanders" of "the Sanders campaign" (CoNLL eng.testa: F1 0.883 -> 0.886).
    const several = /\s/.test(s.text);
    // A titled mention ("Sen. Cruz") outweighs a few the tagger typed otherwise ("Cruz" an organisation, as in 1996's news).
    vote(votes, e, shortNames.has(s.text) ? e.type : s.type, s.titled ? 4 : several ? 2 : 1);
    if (several && s.text === e.name) vote(fullVotes, e, s.type, 1);
  }
  for (const e of entities) {
    // A full name typed a person at least twice is a person, whatever its surname alone was typed
    // ("Donald Trump" twice a person, "Trump" fourteen times an organisation by a tagger trained on 1996 news).
    const full = fullVotes.has(e) ? winner(fullVotes.get(e)!) : undefined;
    e.type = full?.[0] === 'person' && full[1] >= 2 ? 'person' : winner(votes.get(e)!)[0];
    e.mentions.sort((a, b) => a.start - b.start);
  }
  // "Nate Cohn" typed an organisation and "Cohn" a person: a name and its surname are a person, though the full name's
  // mentions outvote it ("Ted Cruz" a place), unless it ends in a word ("Philip Street", "Jacksonville Jaguars") or
  // the person's votes are few ("Puerto Rico" a place ten times, "Rico" a person once).
  for (const e of namedBySurname) if (share(votes.get(e)!, 'person') >= 0.3) e.type = 'person';
  // "the Clintons", "the Obamas": a family of a person named in the report are people, not an organisation.
  for (const e of entities) {
    const family = /^\p{Lu}\p{Ll}+s$/u.test(e.name) ? bySurname.get(e.name.slice(0, -1)) : undefined;
    if (family?.type === 'person') e.type = 'person';
  }
  doc.entities = withCapitalsJoined(withStormsJoined(entities)).sort((a, b) => a.mentions[0].start - b.mentions[0].start);
};

/**
 * Whether the line holding a position is in Title Case (a headline's, where capitalised words run
 * together), each line judged once: a pasted report may be one line of a megabyte, and every
 * person named in it asks.
 */
function titleCaseLines(body: string): (at: number) => boolean {
  let breaks: number[] | null = null;
  const judged = new Map<number, boolean>();
  return (at) => {
    if (!breaks) {
      breaks = [-1];
      for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) breaks.push(i);
      breaks.push(body.length);
    }
    // The last break before `at`, by halves.
    let lo = 0;
    let hi = breaks.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid] < at) lo = mid;
      else hi = mid;
    }
    let titled = judged.get(lo);
    if (titled === undefined) judged.set(lo, (titled = titleCase(body.slice(breaks[lo] + 1, breaks[lo + 1]).split(/\s+/))));
    return titled;
  };
}

/** Lower-case words inside people's names: "von der Leyen", "Lula da Silva", "bin Salman". */
const NAME_PARTICLES = new Set('von van der den de del della di da das dos du la le bin ibn al el ben y'.split(' '));

/**
 * A person's name of three to five words, each a name, an initial or a particle: not a run of
 * words in a Title Case line ("Jeb Bush Hits Marco Rubio", a headline), nor a person with a place
 * ("Bernie Sanders of Vermont"), whose endings are other people's names.
 */
function properName(words: readonly string[], at: { start: number; end: number }, bodyWords: BodyWords, inTitleCaseLine: (at: number) => boolean): boolean {
  if (words.length < 3 || words.length > 5 || inTitleCaseLine(at.start)) return false;
  return words.every((w) => NAME_PARTICLES.has(w) || /^\p{Lu}\.$/u.test(w) || (/^\p{Lu}[\p{Ll}'’-]*\p{Ll}\.?$/u.test(w) && !bodyWords.usedInLowerCase(w)));
}

/**
 * The shorter names a person of several names goes by: every ending of two words or more ("von der
 * Leyen", and "Von der Leyen" opening a sentence; "Lopez Obrador" of "Andres Manuel Lopez
 * Obrador"), and a name after the given names ("Lula" of "Luiz Inacio Lula da Silva", "Roberts"
 * of "John G. Roberts Jr."), unless another person's name has it inside too.
 */
function personTails(words: readonly string[], e: Entity, byTail: Map<string, Entity>, byMiddle: Map<string, Entity | null>): void {
  for (let k = 1; k < words.length - 1; k++) {
    const rest = words.slice(k).join(' ');
    for (const key of [rest, rest[0].toUpperCase() + rest.slice(1)]) if (!byTail.has(key)) byTail.set(key, e);
    // The second word is mostly a second given name ("Luiz Inacio", "Andres Manuel").
    if (k < 2 || !/^\p{Lu}\p{Ll}{2,}$/u.test(words[k])) continue;
    const other = byMiddle.get(words[k]);
    byMiddle.set(words[k], other === undefined || other === e ? e : null);
  }
}

/**
 * The names a person of two or three names goes by alone when the report never writes the last
 * of them alone: a family name written first ("Li" of "Li Wenjun", "Park" of "Park Ji-hoon", as
 * Chinese, Korean and Vietnamese names are written), or a name before a last one the report
 * does not use ("Kiprono" of "Emmanuel Kiprono Chebet"). Not in a Title Case line, where any
 * capitalised words run together; a word two such names share is neither's.
 */
function namesBeforeLast(words: readonly string[], at: { start: number; end: number }, e: Entity, byName: Map<string, Entity | null>, bodyWords: BodyWords, inTitleCaseLine: (at: number) => boolean): void {
  // (No word the report writes in lower case: "Girl Scouts", "Rachel Maddow Show", "Lakewood Award", the tagger's people.)
  if (words.length < 2 || words.length > 3 || !words.every((w) => GIVEN_NAME.test(w) && !bodyWords.usedInLowerCase(w))) return;
  const last = words[words.length - 1];
  // Nor a plural's ("Girl Scouts", "Academy Awards", "Denver Broncos"): no one's last name.
  if (lastUsedAlone(words, bodyWords) || (/s$/.test(last) && (isEnglishWord(last.slice(0, -1)) || (/es$/.test(last) && isEnglishWord(last.slice(0, -2)))))) return;
  if (inTitleCaseLine(at.start)) return;
  // A middle name only before a last one that is no word: "Kiprono" of "Emmanuel Kiprono Chebet", not "Maddow" of "Rachel Maddow Show".
  for (const w of words.length === 3 && isEnglishWord(last) ? words.slice(0, 1) : words.slice(0, -1)) {
    const other = byName.get(w);
    byName.set(w, other === undefined || other === e ? e : null);
  }
}
/** A name's word: capitalised, then lower case, maybe hyphenated ("Ji-hoon", "Al-Mansouri"). */
const GIVEN_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u;

/** Whether the report writes a name's last word other than right after the word before it ("Wenjun" alone, not in "Li Wenjun"). */
function lastUsedAlone(words: readonly string[], bodyWords: BodyWords): boolean {
  const body = bodyWords.body;
  const last = words[words.length - 1];
  const before = words[words.length - 2] + ' ';
  for (const at of bodyWords.startsOf(last, 0, wordRun(last, 0))) {
    if (!body.startsWith(last, at)) continue;
    if (body.slice(at - before.length, at) !== before) return true;
  }
  return false;
}

/** A storm's name alone ("Delia said to weaken") is the storm the report named with its kind ("Hurricane Delia"), no person. */
function withStormsJoined(entities: Entity[]): Entity[] {
  const storms = new Map<string, Entity>();
  for (const e of entities)
    if (/^(?:Hurricane|Typhoon|Cyclone|Storm|Tropical Storm) \p{Lu}\p{Ll}+$/u.test(e.name)) {
      e.type = 'other'; // its name alone, a person's to the tagger, may have outvoted it
      storms.set(e.name.slice(e.name.lastIndexOf(' ') + 1), e);
    }
  if (!storms.size) return entities;
  return entities.filter((e) => {
    const storm = storms.get(e.name);
    if (!storm) return true;
    storm.mentions.push(...e.mentions);
    storm.mentions.sort((a, b) => a.start - b.start);
    if (!storm.aliases.includes(e.name)) storm.aliases.push(e.name);
    return false;
  });
}

/**
 * A name written in capitals ("VALENCIA, Spain (Reuters) -", a dateline; "NASA" beside "Nasa")
 * is the entity of the same name and type written otherwise in the report: its mentions join
 * that one, whose spelling stands.
 */
function withCapitalsJoined(entities: Entity[]): Entity[] {
  const byLower = new Map<string, Entity>();
  for (const e of entities) if (!ALL_CAPITALS.test(e.name)) byLower.set(e.name.toLowerCase(), e);
  return entities.filter((e) => {
    const same = ALL_CAPITALS.test(e.name) ? byLower.get(e.name.toLowerCase()) : undefined;
    // Typed otherwise, it is another entity of that name: "NEW YORK" the dateline, "New York" the team.
    if (!same || same.type !== e.type) return true;
    same.mentions.push(...e.mentions);
    same.mentions.sort((a, b) => a.start - b.start);
    for (const alias of [e.name, ...e.aliases]) if (alias !== same.name && !same.aliases.includes(alias)) same.aliases.push(alias);
    return false;
  });
}
const ALL_CAPITALS = /^(?=(?:[^\p{L}]*\p{Lu}){2})[\p{Lu}\s.'’-]+$/u;
