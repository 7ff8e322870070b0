import type { Entity } from '../../types.js';
import { isEnglishWord } from '../../clean/dictionary.js';
import { isPeoplesWord } from './peoples.js';
import { ROLES, isSkipWord } from './rules.js';
import { CAPITAL_PARTICLES, titleWord } from './cuts.js';
import { withoutInitials } from './shapes.js';
import { type BodyWords, wordRun } from './body-words.js';
import { ARABIC_ARTICLE } from './particles.js';
import { type Span, LEADING_TITLES, PLACE_PREFIXES } from './spans.js';
import { headlineEnd } from './title-case.js';

/**
 * The shorter names a person goes by, which recognizeEntities makes aliases of the person's
 * entity: whose a shared surname is (surnameOwners, mistypedPerson), the endings and middle words
 * of a name of several words (properName, personTails), the names before a last one the report
 * never uses alone (namesBeforeLast), a family name with the Arabic article (articleNames) and a
 * first name used alone (firstName).
 */
/**
 * Whose surname a surname alone is, when several people named in the report share it: the one
 * named in full first. A report introduces its subject before his relatives and others of the
 * name ("Vincent Gigante ... his brother, Salvatore Gigante ... Gigante"); a headline does not
 * count, where a Title Case misreading ("Claim Clinton") would come first.
 */
export function surnameOwners(spans: readonly Span[], words: BodyWords): Map<string, string> {
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
/** Lower-case words inside people's names: "von der Leyen", "Lula da Silva", "bin Salman". */
const NAME_PARTICLES = new Set('von van der den de del della di da das dos du la le bin ibn al el ben y'.split(' '));

/**
 * A person's name of three to five words, each a name, an initial or a particle: not a run of
 * words in a Title Case line ("Jeb Bush Hits Marco Rubio", a headline), nor a person with a place
 * ("Bernie Sanders of Vermont"), whose endings are other people's names.
 */
export function properName(words: readonly string[], at: { start: number; end: number }, bodyWords: BodyWords, inTitleCaseLine: (at: number) => boolean): boolean {
  if (words.length < 3 || words.length > 5 || inTitleCaseLine(at.start)) return false;
  return words.every((w) => NAME_PARTICLES.has(w) || /^\p{Lu}\.$/u.test(w) || (/^\p{Lu}[\p{Ll}'’-]*\p{Ll}\.?$/u.test(w) && !bodyWords.usedInLowerCase(w)));
}

/**
 * The shorter names a person of several names goes by: every ending of two words or more ("von der
 * Leyen", and "Von der Leyen" opening a sentence; "Lopez Obrador" of "Andres Manuel Lopez
 * Obrador"), and a name after the given names ("Lula" of "Luiz Inacio Lula da Silva", "Roberts"
 * of "John G. Roberts Jr."), unless another person's name has it inside too.
 */
export function personTails(words: readonly string[], e: Entity, byTail: Map<string, Entity>, byMiddle: Map<string, Entity | null>): void {
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
export function namesBeforeLast(words: readonly string[], at: { start: number; end: number }, e: Entity, byName: Map<string, Entity | null>, bodyWords: BodyWords, inTitleCaseLine: (at: number) => boolean): void {
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

/**
 * "Al-Hassan" of "Abdallah al-Hassan Osman", "Assad" of "Bashar al-Assad": a family name with its article, capitalised opening a
 * sentence or not (a place to the tagger alone), or without it; null where two names share it.
 */
export function articleNames(words: readonly string[], e: Entity, byArticleName: Map<string, Entity | null>): void {
  for (const w of words.slice(1).filter((x) => ARABIC_ARTICLE.test(x) || /^(?:Al|El)-\p{Lu}\p{L}+$/u.test(x)))
    for (const key of [w, w[0].toUpperCase() + w.slice(1), w.slice(3)]) {
      const other = byArticleName.get(key);
      byArticleName.set(key, other === undefined || other === e ? e : null);
    }
}

/** The first name of a person of two or three names, none written in lower case in the report ("Lando" of "Lando Norris"); null where two names share it. */
export function firstName(words: readonly string[], e: Entity, byFirstName: Map<string, Entity | null>, bodyWords: BodyWords): void {
  if (words.length >= 2 && words.length <= 3 && words.every((w) => GIVEN_NAME.test(w) && !bodyWords.usedInLowerCase(w))) {
    const other = byFirstName.get(words[0]);
    byFirstName.set(words[0], other === undefined || other === e ? e : null);
  }
}

/**
 * The shorter names of the entities made so far, each to the entity it names: people's surnames
 * and names inside theirs, organisations' last words. recognizeEntities fills them as it makes
 * entities, the longest names first, and asks `owner` whose shorter name a name is.
 */
export class NameIndex {
  readonly bySurname = new Map<string, Entity>();
  readonly byTail = new Map<string, Entity>();
  /** People's surnames of several words: with their particles ("von der Leyen", "Von der Leyen" at a sentence's start), both surnames ("Lopez Obrador"). */
  readonly byParticles = new Map<string, Entity>();
  /** A middle word of one person's name, used alone for them ("Lula" of "Luiz Inacio Lula da Silva"); null where two names share it. */
  readonly byMiddle = new Map<string, Entity | null>();
  /** A word before the last of a person's name whose last word is never used alone ("Li" of "Li Wenjun"); null where two names share it. */
  readonly byOtherName = new Map<string, Entity | null>();
  /**
   * The first name of a person of two or three names, used alone for them in sport and informal
   * news ("Lando" of "Lando Norris", "Hillary", "Bernie"), but not after a title ("King Charles",
   * "Pope Francis"); null where two names share it. Looked up after surnames ("James" of "LeBron James").
   */
  readonly byFirstName = new Map<string, Entity | null>();
  /** A person's family name with the Arabic article ("al-Hassan", "Al-Mansouri"); null where two names share it. */
  readonly byArticleName = new Map<string, Entity | null>();

  /**
   * The entity whose shorter name a span's text is, if any: of several words, a person's surname
   * with its particles or an organisation's last words; of one word, a surname, an organisation's
   * last word, a person's other name, then a family name with the Arabic article.
   */
  owner(s: Span): Entity | undefined {
    // Only a name tagged as an organisation: "Madrid" is the city, whatever "Real
    // Madrid" is, "Lindsey" is not "Federal Reserve Governor Lawrence Lindsey" misread as one
    // name, and "Republicans" (a party's members) are not "Senate Republicans".
    const tail = s.type === 'organization' ? this.byTail.get(s.text) : undefined;
    if (/\s/.test(s.text)) return this.withParticles(s) ?? tail;
    return this.bySurname.get(s.text) ?? tail ?? this.otherName(s) ?? this.articleName(s) ?? undefined;
  }

  /** A person's surname of several words ("von der Leyen", "Lopez Obrador"); whatever the tagger typed it when it opens with a particle ("Le Pen"). */
  private withParticles(s: Span): Entity | undefined {
    return s.type === 'person' || CAPITAL_PARTICLES.has(s.text.split(' ')[0]) ? this.byParticles.get(s.text) : undefined;
  }

  /** A person's middle name, a name before the last (of an organisation to the tagger too), or (not after a title) a first name; null where two names share it. */
  private otherName(s: Span): Entity | null | undefined {
    // A family name written first ("Xi" of "Xi Jinping") names the person whatever the tagger typed it but a place.
    if (s.type === 'organization') return this.byOtherName.get(s.text);
    return s.type === 'person' ? this.byMiddle.get(s.text) ?? this.byOtherName.get(s.text) ?? (s.titled ? undefined : this.byFirstName.get(s.text)) : undefined;
  }

  /** A family name with the Arabic article, of anything but an organisation; null where two names share it. */
  private articleName(s: Span): Entity | null | undefined {
    return s.type !== 'organization' ? this.byArticleName.get(s.text) : undefined;
  }
}
