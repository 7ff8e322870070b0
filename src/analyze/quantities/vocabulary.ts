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

/**
 * The world's currencies by name, to ISO 4217 codes: [its names, its code, the adjectives of
 * the countries that use it], "|" between the items of a list. Written by hand: no npm package
 * for currency names is installed (`currency-codes` and the like are not) and there is no
 * network to add one. A bare name that several countries use ("pesos", "dinars", "shillings")
 * is reported as the name itself unless one country's adjective comes before it ("Kenyan
 * shillings" is KES); "dollars", "francs", "rupees" and "won" alone keep the country most news
 * means (USD, CHF, INR, KRW).
 */
const CURRENCIES: [names: string, code: string, adjectives: string][] = [
  ['dollar|dollars', 'USD', 'us|u.s.|american'],
  ['dollar|dollars', 'AUD', 'australian'],
  ['dollar|dollars', 'CAD', 'canadian'],
  ['dollar|dollars', 'HKD', 'hong kong'],
  ['dollar|dollars', 'NZD', 'new zealand'],
  ['dollar|dollars', 'SGD', 'singapore|singaporean'],
  ['dollar|dollars', 'TWD', 'taiwan|taiwanese|new taiwan'],
  ['dollar|dollars', 'JMD', 'jamaican'],
  ['dollar|dollars', 'ZWL', 'zimbabwean|zimbabwe'],
  ['euro|euros', 'EUR', ''],
  ['pound|pounds', 'EGP', 'egyptian'],
  ['pound|pounds', 'LBP', 'lebanese'],
  ['pound|pounds', 'SDG', 'sudanese'],
  ['pound|pounds', 'SYP', 'syrian'],
  ['pound|pounds', 'GBP', 'british'],
  ['sterling', 'GBP', ''],
  ['franc|francs', 'CHF', 'swiss'],
  ['cfa franc|cfa francs', 'XOF', 'west african'],
  ['cfa franc|cfa francs', 'XAF', 'central african'],
  ['yen', 'JPY', 'japanese'],
  ['yuan|renminbi', 'CNY', 'chinese'],
  ['won', 'KRW', 'korean|south korean'],
  ['won', 'KPW', 'north korean'],
  ['rupee|rupees', 'INR', 'indian'],
  ['rupee|rupees', 'PKR', 'pakistani'],
  ['rupee|rupees', 'LKR', 'sri lankan'],
  ['rupee|rupees', 'NPR', 'nepalese|nepali'],
  ['rupiah', 'IDR', 'indonesian'],
  ['ringgit', 'MYR', 'malaysian'],
  ['baht', 'THB', 'thai'],
  ['dong', 'VND', 'vietnamese'],
  ['kyat|kyats', 'MMK', 'burmese|myanmar'],
  ['riel|riels', 'KHR', 'cambodian'],
  ['taka', 'BDT', 'bangladeshi'],
  ['afghani|afghanis', 'AFN', 'afghan'],
  ['tugrik|tugriks', 'MNT', 'mongolian'],
  ['peso|pesos', 'MXN', 'mexican'],
  ['peso|pesos', 'ARS', 'argentine|argentinian'],
  ['peso|pesos', 'CLP', 'chilean'],
  ['peso|pesos', 'COP', 'colombian'],
  ['peso|pesos', 'PHP', 'philippine'],
  ['peso|pesos', 'CUP', 'cuban'],
  ['peso|pesos', 'UYU', 'uruguayan'],
  ['real|reais', 'BRL', 'brazilian'],
  ['reais', 'BRL', ''],
  ['sol|soles', 'PEN', 'peruvian'],
  ['bolivar|bolivars|bolivares', 'VES', 'venezuelan'],
  ['rand', 'ZAR', 'south african'],
  ['naira', 'NGN', 'nigerian'],
  ['cedi|cedis', 'GHS', 'ghanaian'],
  ['shilling|shillings', 'KES', 'kenyan'],
  ['shilling|shillings', 'UGX', 'ugandan'],
  ['shilling|shillings', 'TZS', 'tanzanian'],
  ['shilling|shillings', 'SOS', 'somali'],
  ['birr', 'ETB', 'ethiopian'],
  ['kwacha', 'ZMW', 'zambian'],
  ['kwacha', 'MWK', 'malawian'],
  ['kwanza|kwanzas', 'AOA', 'angolan'],
  ['metical|meticais|meticals', 'MZN', 'mozambican'],
  ['pula', 'BWP', 'botswana'],
  ['dirham|dirhams', 'AED', 'uae|emirati'],
  ['dirham|dirhams', 'MAD', 'moroccan'],
  ['riyal|riyals', 'SAR', 'saudi'],
  ['riyal|riyals', 'QAR', 'qatari'],
  ['rial|rials', 'IRR', 'iranian'],
  ['rial|rials', 'OMR', 'omani'],
  ['rial|rials', 'YER', 'yemeni'],
  ['dinar|dinars', 'IQD', 'iraqi'],
  ['dinar|dinars', 'KWD', 'kuwaiti'],
  ['dinar|dinars', 'JOD', 'jordanian'],
  ['dinar|dinars', 'BHD', 'bahraini'],
  ['dinar|dinars', 'DZD', 'algerian'],
  ['dinar|dinars', 'TND', 'tunisian'],
  ['dinar|dinars', 'LYD', 'libyan'],
  ['dinar|dinars', 'RSD', 'serbian'],
  ['shekel|shekels', 'ILS', 'israeli|new israeli'],
  ['lira|liras|lire', 'TRY', 'turkish'],
  ['rouble|roubles|ruble|rubles', 'RUB', 'russian'],
  ['rouble|roubles|ruble|rubles', 'BYN', 'belarusian'],
  ['hryvnia|hryvnias|hryvnas', 'UAH', 'ukrainian'],
  ['tenge', 'KZT', 'kazakh'],
  ['som', 'KGS', 'kyrgyz'],
  ['sum|som', 'UZS', 'uzbek'],
  ['manat|manats', 'AZN', 'azerbaijani'],
  ['manat|manats', 'TMT', 'turkmen'],
  ['lari', 'GEL', 'georgian'],
  ['dram|drams', 'AMD', 'armenian'],
  ['zloty|zlotys|zlotych', 'PLN', 'polish'],
  ['forint|forints', 'HUF', 'hungarian'],
  ['koruna|korunas|crowns', 'CZK', 'czech'],
  ['krona|kronor', 'SEK', 'swedish'],
  ['krone|kroner', 'NOK', 'norwegian'],
  ['krone|kroner', 'DKK', 'danish'],
  ['krona|kronur', 'ISK', 'icelandic'],
  ['leu|lei', 'RON', 'romanian'],
  ['leu|lei', 'MDL', 'moldovan'],
  ['lev|leva', 'BGN', 'bulgarian'],
  ['denar|denars', 'MKD', 'macedonian'],
  ['mark|marks', 'BAM', 'convertible'],
  ['markka|markkaa', 'FIM', 'finnish'],
];

/** Currency names that are also common words: alone they are no currency ("five pounds" of cheese, "19 won"), but "Egyptian pounds" is. */
const HOMONYMS = new Set(['pound', 'pounds', 'real', 'mark', 'marks', 'sol', 'som', 'sum', 'dram', 'drams', 'lev', 'crowns', 'lari', 'dong', 'rand', 'pula']);

/** Every "adjective name" of CURRENCIES, and each bare name: its code when one country's currency goes by it ("meticais"), else the name ("pesos"). */
function currencyNames(): Record<string, string> {
  const codes = new Map<string, Set<string>>();
  const words: Record<string, string> = {};
  for (const [names, code, adjectives] of CURRENCIES) {
    for (const name of names.split('|')) {
      if (!codes.has(name)) codes.set(name, new Set());
      codes.get(name)!.add(code);
      for (const adjective of adjectives ? adjectives.split('|') : []) words[`${adjective} ${name}`] = code;
    }
  }
  for (const [name, set] of codes) if (!HOMONYMS.has(name)) words[name] ??= set.size === 1 ? [...set][0] : name;
  return words;
}

/** Currency words after a number: names ("45 million meticais", "3.5 million Australian dollars"), codes and subunits. */
export const CURRENCY_WORDS: Record<string, string> = {
  ...currencyNames(),
  // Most news means these when it does not say whose: the US dollar, the Swiss franc, the Indian rupee.
  dollars: 'USD', dollar: 'USD', francs: 'CHF', franc: 'CHF', rupees: 'INR', rupee: 'INR', won: 'KRW', 'pounds sterling': 'GBP',
  cents: 'cents', cent: 'cents', pence: 'pence', kopecks: 'kopecks',
  usd: 'USD', eur: 'EUR', gbp: 'GBP', rub: 'RUB', kzt: 'KZT', cny: 'CNY', jpy: 'JPY', krw: 'KRW', inr: 'INR', chf: 'CHF',
  aud: 'AUD', hkd: 'HKD', sgd: 'SGD', brl: 'BRL', zar: 'ZAR', ngn: 'NGN', kes: 'KES', sek: 'SEK', nok: 'NOK', dkk: 'DKK',
  pln: 'PLN', huf: 'HUF', czk: 'CZK', uah: 'UAH', mxn: 'MXN', idr: 'IDR', myr: 'MYR', thb: 'THB', vnd: 'VND',
};

/** Units of measure, to the unit name we report. */
export const MEASURE_UNITS: Record<string, string> = {
  km: 'km', kilometres: 'km', kilometers: 'km', kilometre: 'km', kilometer: 'km', miles: 'miles', mile: 'miles', 'nautical miles': 'nautical miles',
  metres: 'm', meters: 'm', metre: 'm', meter: 'm', feet: 'feet', foot: 'feet', ft: 'feet', kg: 'kg',
  kilograms: 'kg', kilogram: 'kg', kilos: 'kg', tonnes: 'tonnes', tonne: 'tonnes', tons: 'tons', ton: 'tons',
  barrels: 'barrels', barrel: 'barrels', litres: 'litres', liters: 'litres', gallons: 'gallons', hectares: 'hectares',
  acres: 'acres', 'square kilometres': 'km2', 'square kilometers': 'km2', 'square miles': 'square miles',
  degrees: 'degrees', megawatts: 'MW', mw: 'MW', gigawatts: 'GW', gw: 'GW', kwh: 'kWh', mph: 'mph', 'km/h': 'km/h',
  knots: 'knots', pounds: 'pounds', lbs: 'pounds', ounces: 'ounces', grams: 'g', centimetres: 'cm',
  centimeters: 'cm', cm: 'cm', mm: 'mm', millimetres: 'mm', inches: 'inches', bpd: 'barrels per day',
  'degrees celsius': 'celsius', 'degrees centigrade': 'celsius', 'degrees c': 'celsius', '°c': 'celsius', 'ºc': 'celsius',
  'degrees fahrenheit': 'fahrenheit', 'degrees f': 'fahrenheit', '°f': 'fahrenheit', 'ºf': 'fahrenheit',
};

/**
 * Units written glued to the number ("48km", "193km/h", "44.8C", "500MW"). "m" is not here:
 * glued to a number it is metres or millions (see detect.ts); "C" and "F" are temperatures only
 * in capitals, in a report about the weather (see detect.ts).
 */
export const GLUED_UNITS: Record<string, string> = {
  km: 'km', 'km/h': 'km/h', kmh: 'km/h', kph: 'km/h', cm: 'cm', mm: 'mm', kg: 'kg', mph: 'mph', ft: 'feet',
  mw: 'MW', gw: 'GW', kwh: 'kWh', '°c': 'celsius', 'ºc': 'celsius', '°f': 'fahrenheit', 'ºf': 'fahrenheit',
  c: 'celsius', f: 'fahrenheit',
};

/**
 * Plural words after "400m" that make it metres, not millions ("2m users" counts users): races
 * and their parts ("the 400m hurdles", "the 200m finals", "100m records", "the 1,500m heats").
 */
export const METRE_PLURALS = new Set(
  ('hurdles relays sprints dashes races finals heats semis semifinals semi-finals runs runners titles records medals ' +
    'champions championships events specialists swimmers sprinters')
    .split(' '),
);

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
/** The irregular plurals themselves ("people", "children"): asked of every noun a count may be of. */
const PLURAL_FORMS = new Set(Object.values(IRREGULAR_PLURALS));

/** A counted noun in the plural, so that "one rival" and "six rivals" meet. */
export function plural(noun: string): string {
  const w = noun.toLowerCase();
  if (IRREGULAR_PLURALS[w]) return IRREGULAR_PLURALS[w];
  if (PLURAL_FORMS.has(w)) return w;
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

/**
 * Words right before a number that make it part of a name, not a count: makers and model
 * lines ("Boeing 737", "ATR 72-500", "Windows 10"), indexes ("Fortune 500", "S&P 500") and
 * capitalised label nouns ("Flight 370", "Interstate 75", "Article 50", "Week 9", "Phase 3").
 * Case matters: "week 9" in running text is rare, "Week 9" is a label.
 */
export const NAMING_WORDS = [
  // Aircraft, arms and devices.
  'Boeing', 'Airbus', 'ATR', 'Embraer', 'Bombardier', 'Cessna', 'Tupolev', 'Ilyushin', 'Antonov', 'Sukhoi', 'MiG',
  'Fokker', 'Lockheed', 'Beechcraft', 'Gulfstream', 'Learjet', 'Dassault', 'Sikorsky', 'Dornier',
  'Yakovlev', 'Comac', 'Kamov', 'Kalashnikov', 'AK', 'AR', 'Glock', 'Beretta', 'Windows', 'iPhone', 'iPad',
  'Xbox', 'PlayStation', 'Model', 'Formula', 'Apollo', 'Soyuz', 'Falcon', 'MAX',
  // Indexes and lists.
  'Fortune', 'S&P', 'FTSE', 'Nikkei', 'Stoxx', 'DAX', 'CAC',
  // Bills and legal texts.
  'HB', 'SB', 'HR', 'AB', 'Article', 'Rule', 'Section', 'Chapter', 'Clause', 'Paragraph', 'Title', 'Proposition',
  'Prop', 'Measure', 'Amendment', 'Resolution', 'Act',
  // Routes, places and stages.
  'Flight', 'Route', 'Highway', 'Interstate', 'Freeway', 'Motorway', 'Gate', 'Terminal', 'Platform', 'Pier', 'Room',
  'Suite', 'Unit', 'Channel', 'Camp', 'Precinct', 'District', 'Ward', 'Zone', 'Sector', 'Exit', 'Lane', 'Bowl',
  'Week', 'Game', 'Round', 'Stage', 'Phase', 'Level', 'Category', 'Type', 'Class', 'Grade', 'Version',
  'Episode', 'Season', 'Volume', 'Part', 'Page', 'Item', 'Question', 'Count',
];

/**
 * Nouns a four-digit year modifies ("below 2019 levels", "the 2016 elections", "Republican
 * 2016 hopefuls"): after a year-like number they name the year's, they are not counted.
 */
export const YEAR_NOUNS = new Set(
  ('levels figures numbers statistics data results elections campaigns races cycles primaries caucuses polls midterms ' +
    'seasons budgets estimates forecasts projections targets prices rates highs lows peaks totals standards games ' +
    'olympics finals playoffs conventions hopefuls candidates contenders nominees attacks comments remarks accounts ' +
    'earnings returns models editions graduates protests riots floods talks negotiations agreements accords sanctions')
    .split(' '),
);

/**
 * Nouns counted in the singular form ("four crew", "200 sheep", "50 aircraft"): after a number
 * they are a count, while any other singular noun makes the number a modifier ("a 2-1 win").
 */
const UNCHANGING_PLURALS = new Set(
  ('crew aircraft spacecraft sheep deer fish cattle livestock offspring series species head clergy swine bison moose ' +
    'salmon apparatus data media criteria phenomena bacteria alumni')
    .split(' '),
);

/** Plurals that `plural` does not know as such: compounds of irregular ones ("congressmen", "grandchildren"), "-is" demonyms ("Somalis", "rabbis"). */
const OTHER_PLURALS = /(?:men|children|people|folk|feet|teeth|mice|geese|[^sx]is)$/;

/** A common noun in the singular, as "win" in "a 2-1 win" or "jet" in "the 757 jet" (not "people", "crew", "congressmen"). */
export function isSingular(noun: string): boolean {
  const w = noun.toLowerCase();
  return !UNCHANGING_PLURALS.has(w) && !OTHER_PLURALS.test(w) && plural(w) !== w;
}

/** Nouns that a score or a tally modifies: "a 1-0 defeat", "two 2-1 wins", "a 5 to 4 vote". */
export const SCORE_NOUNS = new Set(
  ('win wins victory victories defeat defeats loss losses draw draws tie ties vote decision ruling verdict margin majority ' +
    'lead edge record start finish split tally score scoreline result triumph upset rout thrashing drubbing shutout')
    .split(' '),
);

/**
 * A company's results as its reports name them, to one name each, so that two reports' figures
 * meet: "third-quarter revenue" and "revenues" are its revenue; "net income", "net
 * profit" and "profit" its profit. The period ("quarter", "annual", "fiscal") goes: one report
 * names it and the next does not.
 */
const RESULTS: Record<string, string> = {
  revenue: 'revenue', revenues: 'revenue', turnover: 'revenue', sales: 'sales', 'net sales': 'sales',
  profit: 'profit', profits: 'profit', 'net profit': 'profit', 'net income': 'profit', earnings: 'profit', 'net earnings': 'profit',
  'net loss': 'net loss', 'net losses': 'net loss',
  'operating profit': 'operating profit', 'operating income': 'operating profit',
};
const PERIOD_WORD = /^(?:(?:first|second|third|fourth)-)?(?:quarter|quarterly|annual|yearly|fiscal|full-year|half-year|year|first-half|second-half|total)$/;

/** The result a money figure's attribute names ("quarter revenue" -> "revenue"), or null for none. */
export function companyResult(attribute: string | null): string | null {
  if (!attribute) return null;
  const words = attribute.split(' ');
  while (words.length > 1 && PERIOD_WORD.test(words[0])) words.shift();
  return RESULTS[words.join(' ')] ?? null;
}
