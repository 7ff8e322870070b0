import type { TaggedSpan } from './perceptron.js';
import type { Token } from '../doc.js';
import { asTagged, CAPITAL_WORD, recurring } from './cuts.js';

/**
 * Names with lower-case particles and the Arabic article, joined where the tagger broke them
 * ("Jaap de Hoop Scheffer", "Ursula von der Leyen", "Abdallah al-Hassan Osman"): the particle
 * sets, the Arabic article's pattern, joinParticles (one of the repairs of cuts.ts, run after
 * joinByAcronym) and its look-ups of a surname written alone in the report.
 */

/** Lower-case particles inside names: von der Leyen, de Hoop Scheffer, del Pozo Cruz, da Silva, di Maio, Rio Grande do Sul, Pierre du Pont. */
const PARTICLES = new Set('von van vom zu zur der den ter ten de del della dei degli di da das do dos du'.split(' '));
/** The Dutch and German ones, which name no place or organisation in English news ("Ursula von der Leyen" is a person). */
const PERSONS_PARTICLES = new Set('von van vom zu zur der den ter ten'.split(' '));
/**
 * Whether a word is a particle or an Arabic article with its name. Asked of every word of a
 * report: a word not opening in a lower-case ASCII letter, or longer than the particles (five
 * letters at most) without ARABIC_ARTICLE's hyphen at its third character, is none, and is not
 * looked up.
 */
function isParticle(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 97 || c > 122) return false;
  if (text.length <= 5 && (PARTICLES.has(text) || ARABIC_PARTICLES.has(text))) return true;
  return text.charCodeAt(2) === 45 && ARABIC_ARTICLE.test(text);
}
/** Arabic names' "son of", "daughter of", "father of" inside a name: "Mohammed bin Salman", "Nadia bint Khalid". */
const ARABIC_PARTICLES = new Set(['bin', 'bint', 'ibn', 'abu']);
/** A name with the Arabic article written in lower case, a particle and a name in one word: "al-Burhan", "el-Sisi". */
export const ARABIC_ARTICLE = /^(?:al|el)-\p{Lu}\p{L}+$/u;

/**
 * Names with lower-case particles, which the tagger breaks and mistypes: "Jaap" and "Scheffer"
 * for "Jaap de Hoop Scheffer", "Ursula von der Leyen" a place, "Leyen" an organisation for "Von
 * der Leyen". A name, particles, then capitalised words (and a name right after them) are one
 * name: a person when a part was one, when a particle is Dutch or German ("von", "van der"), or
 * when the report writes the name from its particles on alone ("del Pozo Cruz said"), which no
 * place ("Rio de Janeiro") or organisation ("Banco de Mexico") is. Such a surname with its
 * particles ("Von der Leyen" at a sentence's start, "del Pozo Cruz") is then one person's name
 * wherever it recurs, replacing what the tagger made of its words.
 */
export function joinParticles(sentences: readonly Token[][], spans: TaggedSpan[], body: string): TaggedSpan[] {
  const lines = asTagged(sentences, spans);
  if (!lines.some((t) => t.some((x) => isParticle(x.text)))) return spans;
  // 1. Full names: a span, particles, capitalised words, maybe a span right after them.
  const joined: TaggedSpan[] = [];
  for (let n = 0; n < spans.length; n++) {
    const span = spans[n];
    const t = span.tokens;
    let k = span.last + 1;
    while (k < t.length && k - span.last <= 3 && isParticle(t[k].text)) k++;
    if (k === span.last + 1 || !CAPITAL_WORD.test(t[span.last].text)) {
      joined.push(span);
      continue;
    }
    const germanic = t.slice(span.last + 1, k).some((x) => PERSONS_PARTICLES.has(x.text));
    let last = k - 1;
    let next = spans[n + 1];
    // The tagger may have tagged the rest from its article on: "Abdallah" and "al-Hassan Osman".
    if (span.type === 'PER' && next && next.tokens === t && next.first === span.last + 1 && ARABIC_ARTICLE.test(t[next.first].text) && next.last >= last) (last = next.last), (next = spans[n + 2]), n++;
    while (last + 1 < t.length && last - k < 3 && CAPITAL_WORD.test(t[last + 1].text) && !(next && next.tokens === t && next.first === last + 1)) last++;
    let taken = 0;
    if (next && next.tokens === t && next.first === last + 1 && next.last - next.first <= 2 && CAPITAL_WORD.test(t[next.first].text)) (last = next.last), (taken = 1);
    // A name may end in its article and name ("Abdel Fattah al-Burhan"); its article makes a person of a first name ("Abdallah" al-Hassan).
    const article = ARABIC_ARTICLE.test(t[k - 1].text);
    // Two places the tagger cut at the particle are one: "Rio Grande" "do" "Sul", "Mato Grosso" "do" "Sul".
    const place = taken === 1 && span.type === 'LOC' && next.type === 'LOC' && !germanic;
    if ((last < k && !article) || !(span.type === 'PER' || (taken && next.type === 'PER') || germanic || place)) {
      joined.push(span);
      continue;
    }
    joined.push({ ...span, last, end: t[last].end, type: place ? 'LOC' : 'PER' });
    n += taken;
  }
  // 2. Names with particles inside: typed a person by their particles or a lone surname; their surnames.
  const surnames = new Map<string, Token[]>();
  const out = joined.map((span) => {
    const t = span.tokens;
    let p = span.first + 1;
    while (p < span.last && !isParticle(t[p].text)) p++;
    if (p >= span.last || !CAPITAL_WORD.test(t[span.first].text) || !CAPITAL_WORD.test(t[span.last].text)) return span;
    const surname = t.slice(p, span.last + 1);
    const alone = surname.map((x) => x.text).join(' ');
    const germanic = surname.some((x) => PERSONS_PARTICLES.has(x.text));
    const person = span.type === 'PER' || germanic || aloneElsewhere(body, alone, span.start);
    if (!person) return span;
    surnames.set(alone, surname);
    return span.type === 'PER' ? span : { ...span, type: 'PER' as const };
  });
  if (!surnames.size) return out;
  // 3. The surname alone, wherever the report writes it ("Von der Leyen, 65,", "del Pozo Cruz said").
  return recurring(lines, out, [...surnames.values()], 'PER', true);
}

/** Whether the report writes `surname` ("del Pozo Cruz") as a name of its own, not after a capitalised word, other than at `except`. */
function aloneElsewhere(body: string, surname: string, except: number): boolean {
  return positionsAlone(body, surname).some((at) => at < except || at > except + 1);
}

/** Where the report writes `surname` as a name of its own, found once per report and surname (a name recurs; the body is read once). */
let alonePositions: { body: string; bySurname: Map<string, number[]> } | null = null;
function positionsAlone(body: string, surname: string): number[] {
  if (alonePositions?.body !== body) alonePositions = { body, bySurname: new Map() };
  let found = alonePositions.bySurname.get(surname);
  if (found) return found;
  found = [];
  for (const v of [surname, surname[0].toUpperCase() + surname.slice(1)])
    for (let at = body.indexOf(v); at >= 0; at = body.indexOf(v, at + 1)) {
      const before = body.slice(Math.max(0, at - 30), at);
      if (!/\p{Lu}[\p{L}'’-]*\s$/u.test(before) && !/\p{L}$/u.test(before)) found.push(at);
    }
  alonePositions.bySurname.set(surname, found);
  return found;
}
