import type { EntityType } from '../../types.js';
import type { AnalysisDoc, Token } from '../doc.js';
import { loadTagger, MODEL_PATH, type TaggedSpan } from './perceptron.js';
import { isEnglishWord } from '../../clean/dictionary.js';
import { isPeoplesWord } from './peoples.js';
import { CONNECTORS, HOLIDAYS, KNOWN_ORGS, OFFICE_TITLES, ORG_HEADS, ORG_NOUNS, PARTY_AND_STATE, PERSON_TITLES, PRONOUN_CONTRACTION, ROLES, SHORT_TITLES, isSkipWord, US_STATES } from './rules.js';
import { DisjointSpans, SpanSet } from '../spans.js';
import { dropOfficeOf, extendOrgNames, joinLegalForms, LEGAL_FORMS, joinByAcronym, joinCutNames, joinPossessiveOrgs, joinTouching, CAPITAL_PARTICLES, OFFICE_MODIFIERS, OFFICE_OF, OFFICE_TAILS, splitAtCommas, splitAtTitle, titleWord } from './cuts.js';
import { hasLetter, INITIAL, isDateline, NAME, startsLowerCase, startsUpperCase, strayPunctuation } from './shapes.js';
import { BodyWords, wordRun, wordUnitAt } from './body-words.js';
import { ARABIC_ARTICLE, joinParticles } from './particles.js';
import { titleCased } from './title-case.js';
import { withKnownOrganisations } from './known.js';
import { joinBySpelledAcronym } from './spelled-acronyms.js';

/**
 * The names of a report as spans with types: the tagger's spans, repaired (cuts.ts,
 * particles.ts) and read by the rules of spansOf (titles, lowercase tails, a name's next word,
 * offices, storms, datelines, states, peoples, an organisation's apposition by orgApposition);
 * company typing (COMPANY_WORDS and the other company lists, and shortCompanyNames, a company's
 * short names); the other occurrences of a found name (otherOccurrences); and the title and
 * place-prefix lists the canonical names (aliases.ts) share.
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
export const LEADING_TITLES = new Set([
  ...PERSON_TITLES, ...PEOPLES_TITLES, ...SHORT_TITLES, ...OFFICE_TITLES, 'chair', 'chairperson', 'former', 'vice', 'lieutenant', 'sergeant', 'colonel', 'detective', 'reverend',
  // Police ranks: "Detective Chief Inspector Fiona Gill", "Chief Superintendent Ann Moss", "Police Constable Ian Lee".
  'inspector', 'superintendent', 'constable',
]);

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

export function spansOf(doc: AnalysisDoc, words: BodyWords): Span[] {
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
  repaired = joinBySpelledAcronym(lineTokens, repaired);
  repaired = joinParticles(lineTokens, repaired, doc.body);
  repaired = withKnownOrganisations(lineTokens, repaired);
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
    // A surname with a capitalised particle whose first name the tagger left out: "Marine" + "Le Pen", "Luigi" + "Di Maio".
    let particled = false;
    if (last > first && type !== 'LOC' && CAPITAL_PARTICLES.has(tokens[first].text) && first >= 1 && isFirstName(tokens[first - 1]) && !ends.has(tokens[first - 1].end) && !words.usedInLowerCase(tokens[first - 1].text)) (first--, (particled = true));
    // A surname whose first name the tagger left out after an office, or after a name ending in
    // one: "Chair" "Jerome" + "Powell", "Supreme Court Chief Justice" "William" + "Rehnquist". In a
    // headline too: an office before it says the capitalised word is a name, not a headline's word.
    if (type === 'PER' && first === last && first >= 2 && afterOffice(tokens, first - 1) && !starts.has(tokens[first - 1].start) && !words.usedInLowerCase(tokens[first - 1].text)) first--;
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
    // What someone does, capitalised as a sentence's first word, is no part of the name after it: "Goalkeeper Thibaut Courtois";
    // alone before a name, it is none ("Striker" + "Erling Haaland", tagged apart).
    if (first === 0 && ROLES.has(titleWord(tokens[0].text)) && startsUpperCase(tokens[1]?.text ?? '')) {
      if (first === last) return null;
      // (The tagger may type the whole an organisation: "Linebacker Steve Foley".)
      if (type === 'PER' || (type !== 'LOC' && last === 2 && isFirstName(tokens[1]))) (first++, (titled = true));
    }
    // The tagger may begin a name inside an office of several words: "Chief" + "Executive Tim Cook"
    // is Tim Cook, and "Chief" + "Financial" + "Officer Luca Maestri" leaves "Financial" no name.
    while (first <= last && insideOffice(tokens, first)) {
      if (first === last || !startsUpperCase(tokens[first + 1].text)) return null;
      first++;
      titled ||= type === 'PER';
    }
    // A date is no name: "LONDON, Jan 27 (Reuters)" (a person to the tagger).
    if (last === first + 1 && /^\d{1,2}$/.test(tokens[last].text) && isSkipWord(tokens[first].text)) return null;
    // Weekdays, months and pronouns are not names, whatever the tagger says of "Sunday's vote".
    if (first === last && isSkipWord(tokens[first].text)) return null;
    // Nor a title tagged apart from the rest of it or from the name after it: "Chief" of "Chief Inspector Fiona Gill", "Inspector" + "Tom Hale".
    const rest = tokens[first + 1];
    if (first === last && LEADING_TITLES.has(titleWord(tokens[first].text)) && rest !== undefined && startsUpperCase(rest.text) && (LEADING_TITLES.has(titleWord(rest.text)) || ROLES.has(titleWord(rest.text)) || isFirstName(rest))) return null;
    // Nor is a title alone ("Rep." or "Mr." before a name the tagger found apart).
    if (first === last && SHORT_TITLES.has(titleWord(tokens[first].text))) return null;
    // An office at a name's end is no part of it: "Bristol District Attorney" is Bristol, "City Attorney" no one.
    // (Not "Leader": a surname, a newspaper's last word: "New Hampshire Union Leader".)
    // Before a first name, any office is one ("Supreme Court Chief Justice" + "William Rehnquist").
    const beforeName = OFFICE_TITLES.has(tokens[last].text.toLowerCase()) && tokens[last + 1] !== undefined && afterOffice(tokens, last + 1);
    if (last > first && OFFICE_TITLES.has(tokens[last].text.toLowerCase()) && ((!OFFICES_ALSO_NAMES.has(tokens[last].text.toLowerCase()) && tokens[last].text !== 'Leader') || beforeName)) {
      last--;
      while (last >= first && (OFFICE_MODIFIERS.has(tokens[last].text.toLowerCase()) || OFFICE_RANKS.has(tokens[last].text.toLowerCase()))) last--;
      if (last < first || (last === first && /^(?:city|county|state|the)$/i.test(tokens[last].text))) return null;
    }
    // Nor an office alone: "the U.S. Attorney" is no place. (Not "Judge", "Coach" or "Chief": surnames, a brand, a team.)
    if (first === last && OFFICE_TITLES.has(tokens[first].text.toLowerCase()) && (!OFFICES_ALSO_NAMES.has(tokens[first].text.toLowerCase()) || beforeName)) return null;
    let end = tokens[last].end;
    let text = doc.body.slice(tokens[first].start, end);
    if ((text.includes("'") || text.includes('’')) && PRONOUN_CONTRACTION.test(text)) return null;
    // No name without a letter ("2,000"), nor an initial alone ("C." of "44.8 degrees C.").
    if (!hasLetter(text) || (text.length <= 3 && INITIAL.test(text))) return null;
    if (text.endsWith("'s") || text.endsWith('’s')) (text = text.slice(0, -2)), (end -= 2);
    else if ((text.endsWith("'") || text.endsWith('’')) && (text.charCodeAt(text.length - 2) | 0x20) === 115) (text = text.slice(0, -1)), (end -= 1); // a plural's or an -s name's: "Sanders’ campaign", "SCOTUS’ ruling"
    // "a California-based company", "the Moscow-born singer": the name is the place the compound is made of.
    const compound = BASED.exec(text);
    if (compound) (text = text.slice(0, compound.index)), (end -= compound[0].length);
    // ...but "Corn-based ethanol" opening a sentence is a word's compound, no place.
    if (compound && first === 0 && isEnglishWord(text)) return null;
    // "President Tokayev", "Mr. Zheleznyak": a title just before a name makes it a person.
    const before = tokens[first - 1] && titleWord(tokens[first - 1].text);
    titled ||= before !== undefined && (PERSON_TITLES.has(before) || SHORT_TITLES.has(before) || officeEnds(tokens, first - 1)) && type !== 'LOC' && /^\p{Lu}\p{Ll}/u.test(tokens[first].text);
    // "the Kremlin said"; "the New York Times reported".
    // So is a company's name, whatever the tagger read in it ("Calloway Biosciences", "Hanbit Mart" people to it), but a place's ("West Bank", "Left Bank"):
    // a place the tagger saw may end in "Bank", not in "Exchange" ("the Korea Exchange").
    const company = last > first && !titled && (type !== 'LOC' || tokens[last].text === 'Exchange') && !PLACE_PREFIXES.has(tokens[last - 1].text.toLowerCase()) && ((COMPANY_WORDS.has(tokens[last].text) && !SURNAMES_TOO.has(tokens[last].text)) || COMPANY_ONLY_ENDS.has(tokens[last].text));
    const lower = text.toLowerCase();
    const known = KNOWN_ORGS.has(lower) || (last > first && !titled && ORG_HEADS.has(tokens[last].text) && text !== 'Oval Office') || company ? 'organization' : null;
    // A state is no person ("Kentucky" a person in 5 of 23 PolNeAR reports) and no "other" ("Louisiana" of "Louisiana Gov. John Bel Edwards"); it may be a team, as in sports results ("Texas 5, Boston 3").
    // Before an office of its government it is the state that officer serves: "Louisiana Gov. John Bel Edwards", "Ohio Sen.
    // Sherrod Brown". (Not before a coach or a manager: "Texas Coach Steve Sarkisian" is the team's.)
    const officerOf = tokens[last + 1] !== undefined && STATE_OFFICES.has(titleWord(tokens[last + 1].text));
    const state = US_STATES.has(text) && (type === 'PER' || type === 'MISC' || officerOf) ? 'place' : null;
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
    const based = compound && type !== 'ORG' && type !== 'PER' ? 'place' : null;
    const typed = storm ?? known ?? dateline ?? state ?? people ?? based ?? organised ?? (titled || led || particled ? 'person' : TYPE[type]);
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

/** A compound of a place's name that says where someone or something is from: "California-based", "Moscow-born". */
const BASED = /(?<=\p{L})-(?:based|born)$/u;

/** Whether tokens[k] goes on with an office begun before it: "Executive" after "Chief", "Officer" after "Chief Financial". */
function insideOffice(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  if (!prev || !/^\p{Lu}/u.test(prev.text) || !/^\p{Lu}/u.test(tokens[k].text) || !OFFICE_TAILS.has(tokens[k].text.toLowerCase())) return false;
  return OFFICE_TITLES.has(titleWord(prev.text)) || OFFICE_TAILS.has(prev.text.toLowerCase());
}

/** Offices of a state's government and its members of Congress, written before their names. */
const STATE_OFFICES = new Set('gov governor lt lieutenant sen senator rep representative congressman congresswoman attorney treasurer comptroller auditor secretary'.split(' '));

/** Whether tokens[k] is a first name right after an office ("Chair", "Chief Justice", "Senate Minority Whip"). */
function afterOffice(tokens: readonly Token[], k: number): boolean {
  const office = titleWord(tokens[k - 1].text);
  return isFirstName(tokens[k]) && (OFFICE_TITLES.has(office) || OFFICE_OF.has(office)) && startsUpperCase(tokens[k - 1].text);
}

/** A capitalised proper noun that may be a first name: not a title or a role, a weekday or month, nor a plural ("Critics", "Democrats"). */
function isFirstName(token: Token): boolean {
  const word = titleWord(token.text);
  return token.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(token.text) && !/s$/.test(word) && !isSkipWord(word) && !LEADING_TITLES.has(word) && !ROLES.has(word);
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
export function shortCompanyNames(spans: readonly Span[], bodyWords: BodyWords): Map<string, string> {
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

export const PLACE_PREFIXES = new Set('north south east west new fort saint st san santa los las lake mount port upper lower great little old central northern southern eastern western'.split(' '));
