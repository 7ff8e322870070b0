import { IRREGULAR_FORMS, IRREGULAR_PAST } from '../verbs.js';

/**
 * Words that tell what a number counts: units of measure, currencies, modifiers that make a
 * number approximate, and the attribute vocabulary. Attributes are normalised so that two
 * reports saying the same thing in different words meet: "six rivals" and "five opponents"
 * are both "rivals", "500 arrested" and "dozens detained" both "arrested".
 */

/** Words before a number that make it approximate or a bound ("nearly 71 percent", "over 81%"). */
export const APPROXIMATORS = [
  'nearly', 'almost', 'about', 'around', 'roughly', 'approximately', 'some', 'over', 'more than', 'less than',
  'fewer than', 'up to', 'at least', 'at most', 'under', 'below', 'above', 'close to', 'just over', 'just under',
  'an estimated', 'estimated', 'as many as', 'as much as', 'as few as', 'upwards of', 'in excess of',
  'no fewer than', 'no more than', 'not more than', 'not less than', 'well over', 'well under', 'nearly half',
  'almost all', 'circa', 'approx.', 'some of', 'an approximate',
];

/** Currency marks before a number, to ISO 4217 codes. */
export const CURRENCY_SYMBOLS: Record<string, string> = {
  'US$': 'USD', $: 'USD', 'C$': 'CAD', 'A$': 'AUD', 'HK$': 'HKD', 'NZ$': 'NZD', '€': 'EUR', '£': 'GBP', '¥': 'JPY',
  '₽': 'RUB', '₹': 'INR', '₸': 'KZT', '₴': 'UAH',
};

/** Currency words after a number. */
export const CURRENCY_WORDS: Record<string, string> = {
  dollars: 'USD', dollar: 'USD', 'us dollars': 'USD', euros: 'EUR', euro: 'EUR', 'pounds sterling': 'GBP',
  sterling: 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rubles: 'RUB', roubles: 'RUB', ruble: 'RUB',
  rouble: 'RUB', tenge: 'KZT', rupees: 'INR', rupee: 'INR', hryvnias: 'UAH', hryvnia: 'UAH', francs: 'CHF',
  cents: 'cents', cent: 'cents', pence: 'pence', kopecks: 'kopecks',
  usd: 'USD', eur: 'EUR', gbp: 'GBP', rub: 'RUB', kzt: 'KZT', cny: 'CNY', jpy: 'JPY',
};

/** Units of measure, to the unit name we report. */
export const MEASURE_UNITS: Record<string, string> = {
  km: 'km', kilometres: 'km', kilometers: 'km', kilometre: 'km', kilometer: 'km', miles: 'miles', mile: 'miles',
  metres: 'm', meters: 'm', metre: 'm', meter: 'm', feet: 'feet', foot: 'feet', ft: 'feet', kg: 'kg',
  kilograms: 'kg', kilogram: 'kg', kilos: 'kg', tonnes: 'tonnes', tonne: 'tonnes', tons: 'tons', ton: 'tons',
  barrels: 'barrels', barrel: 'barrels', litres: 'litres', liters: 'litres', gallons: 'gallons', hectares: 'hectares',
  acres: 'acres', 'square kilometres': 'km2', 'square kilometers': 'km2', 'square miles': 'square miles',
  degrees: 'degrees', megawatts: 'MW', mw: 'MW', gigawatts: 'GW', gw: 'GW', kwh: 'kWh', mph: 'mph', 'km/h': 'km/h',
  knots: 'knots', pounds: 'pounds', lbs: 'pounds', ounces: 'ounces', grams: 'g', centimetres: 'cm',
  centimeters: 'cm', cm: 'cm', mm: 'mm', millimetres: 'mm', inches: 'inches', bpd: 'barrels per day',
};

export const DURATION_WORDS: Record<string, { unit: string; factor: number }> = {
  second: { unit: 'seconds', factor: 1 }, minute: { unit: 'minutes', factor: 1 }, hour: { unit: 'hours', factor: 1 },
  day: { unit: 'days', factor: 1 }, week: { unit: 'weeks', factor: 1 }, month: { unit: 'months', factor: 1 },
  year: { unit: 'years', factor: 1 }, decade: { unit: 'years', factor: 10 }, century: { unit: 'years', factor: 100 },
};

/**
 * Attribute synonyms: the canonical attribute of a counted noun or a verb. Written for news
 * (elections, protests, disasters, conflicts); anything not listed is kept as its own word.
 */
const CANONICAL: Record<string, string> = {
  rivals: 'rivals', opponents: 'rivals', challengers: 'rivals', contenders: 'rivals', competitors: 'rivals',
  dead: 'dead', killed: 'dead', deaths: 'dead', fatalities: 'dead', died: 'dead', drowned: 'dead', perished: 'dead',
  bodies: 'dead', injured: 'injured', wounded: 'injured', hurt: 'injured', injuries: 'injured',
  arrested: 'arrested', detained: 'arrested', arrests: 'arrested', detentions: 'arrested', apprehended: 'arrested',
  jailed: 'arrested', protesters: 'protesters', protestors: 'protesters', demonstrators: 'protesters',
  missing: 'missing', displaced: 'displaced', evacuated: 'evacuated', votes: 'votes', ballots: 'votes',
  employees: 'employees', workers: 'employees', staff: 'employees', jobs: 'jobs', seats: 'seats',
};

/** One syllable ending consonant-vowel-consonant: "stop", "ban", "net" double their last letter before -ed. */
const SHORT_VERB = /^[^aeiou]*[aeiou][bdgklmnprtv]$/;

/** A verb form ("arrests", "arresting", "detain", "took") as its past participle ("arrested", "taken"). */
export function participle(verb: string): string {
  const w = verb.toLowerCase();
  const irregular = IRREGULAR_FORMS.get(w);
  if (irregular) return irregular;
  if (IRREGULAR_PAST.has(w) || /ed$/.test(w)) return w;
  let base = w;
  /** Whether the base takes a doubled last letter before -ed: known from -ing ("stopping", not "voting"), else guessed. */
  let double: boolean | null = null;
  if (w.endsWith('ing')) {
    base = w.slice(0, -3);
    double = /([bdgmnprt])\1$/.test(base);
    if (double) base = base.slice(0, -1); // "running" -> "run"
    const known = IRREGULAR_FORMS.get(base) ?? IRREGULAR_FORMS.get(`${base}e`); // "making" -> "made", not "maked"
    if (known) return known;
    if (/[^aeiou][aeiou][cglsuvz]$/.test(base) || /(?:at|iz|ur|ir)$/.test(base)) base += 'e'; // "injuring" -> "injure"
  } else if (w.endsWith('ies')) base = `${w.slice(0, -3)}y`;
  else if (/(?:ss|sh|ch|x|o)es$/.test(w)) base = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss')) base = w.slice(0, -1);
  const known = IRREGULAR_FORMS.get(base);
  if (known) return known;
  if (base.endsWith('e')) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  if (double ?? SHORT_VERB.test(base)) return `${base}${base.slice(-1)}ed`; // "stops" -> "stopped"
  return `${base}ed`;
}

const IRREGULAR_PLURALS: Record<string, string> = {
  person: 'people', man: 'men', woman: 'women', child: 'children', police: 'police', people: 'people',
  staff: 'staff', media: 'media', personnel: 'personnel', dead: 'dead', wounded: 'wounded', injured: 'injured',
  missing: 'missing', news: 'news', life: 'lives', wife: 'wives', foot: 'feet', crisis: 'crises',
};

/** A counted noun in the plural, so that "one rival" and "six rivals" meet. */
export function plural(noun: string): string {
  const w = noun.toLowerCase();
  if (IRREGULAR_PLURALS[w]) return IRREGULAR_PLURALS[w];
  if (Object.values(IRREGULAR_PLURALS).includes(w)) return w;
  if (/(?:s|x|z|ch|sh)$/.test(w)) return w.endsWith('s') && !/(?:ss|us|is)$/.test(w) ? w : `${w}es`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  return `${w}s`;
}

/** The canonical attribute of a counted noun ("opponents" -> "rivals"). */
export function nounAttribute(noun: string): string {
  const p = plural(noun);
  return CANONICAL[p] ?? CANONICAL[noun.toLowerCase()] ?? p;
}

/** The canonical attribute of a verb ("detain" -> "arrested", "killing" -> "dead"). */
export function verbAttribute(verb: string): string {
  const pp = participle(verb);
  return CANONICAL[pp] ?? pp;
}

/** Nouns (and nominal adjectives) that count casualties: their subject is "deaths" or "injuries". */
export function casualtySubject(attribute: string): string | null {
  if (attribute === 'dead') return 'deaths';
  if (attribute === 'injured') return 'injuries';
  return null;
}
