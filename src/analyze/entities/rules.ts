/**
 * Hand-written cues the recogniser adds to its trained tagger: titles that mark people, a few
 * well-known organisations the tagger types as places ("the Kremlin said"), kinds of organisation
 * that name the one after them ("the lender Halyk"), words that are never
 * names alone, and the small words inside long names. Written by us for news in general, not
 * taken from any data set.
 */
export const PERSON_TITLES = new Set(
  'president prime minister mr mrs ms dr sen senator rep gov governor king queen prince princess pope judge chancellor premier secretary general chairman chairwoman chief mayor ambassador spokesman spokeswoman leader ruler director actor actress singer coach captain officer sheriff deputy commissioner'.split(' '),
);
/**
 * Titles written short, matched without their period ("Sen.", "Lt.", "CEO"; not "de" or "te",
 * which are parts of names): besides leading a
 * name, one inside a tagged name splits it ("Chargers WR Vincent Jackson" is the Chargers and a
 * person, "Cofinec CEO Stephen Frater" a company and a person). Full words ("King", "General")
 * do not split: they are parts of names too (Martin Luther King, General Motors).
 */
export const SHORT_TITLES = new Set('mr mrs ms prof sen rep gov lt sgt capt col gen maj cmdr det supt insp rev dr ceo cfo coo cto gm qb wr rb nt lb cb dt mp mep'.split(' '));

/**
 * Offices written in full that split a tagged name when a first name and a surname follow them
 * ("House Speaker Paul Ryan" is the House and a person, "Russian Foreign Minister Sergei Lavrov"
 * Russian and a person). Seldom inside a name themselves, unlike "King" or "General".
 */
export const OFFICE_TITLES = new Set(
  'speaker president minister secretary senator governor mayor chairman chairwoman chair spokesman spokeswoman ambassador commissioner sheriff director manager coach chief attorney judge justice officer councilman councilwoman counsel leader whip administrator'.split(' '),
);

/** Words for what someone does, written before a name at the start of a sentence ("Attorney Mark Geragos", "Founder Beverly Bond"): never a first name. */
export const ROLES = new Set(
  ('attorney lawyer founder cofounder co-founder senior junior trooper inspector professor admiral artist hacker author writer analyst candidate activist agent detective pastor bishop rabbi imam doctor nurse coach player star rapper singer designer producer director editor reporter columnist host anchor comedian ' +
    'goalkeeper keeper striker midfielder defender winger forward quarterback pitcher linebacker receiver teammate rookie').split(' '),
);

/**
 * Last words that make a name of several words an organisation, whatever the tagger read in its
 * first words ("New York Times" is no place, "Democratic National Committee" no event).
 */
export const ORG_HEADS = new Set(
  'Times Post News Journal Herald Tribune Gazette Telegraph Chronicle Press Committee Commission Council Party Association Institute Foundation University College Agency Department Ministry Corp Corp. Corporation Inc Inc. Ltd Ltd. Co. Company Group Airlines Authority Bureau Society Senate Parliament Assembly Court Service Network Organization Organisation Fund Forces Office Survey Board Partners Holdings Plc PLC plc LLC Pharmaceuticals Bancorp Rail Railways'.split(' '),
);

/**
 * The states of the United States, which a tagger trained on 1996 Reuters news types as people
 * in some political reports that name them ("Kentucky" in 5 of 23 PolNeAR reports, "North
 * Carolina" in 7 of 38). Washington is left out: it is as often the capital's government or a person.
 */
export const US_STATES = new Set(
  ('Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland ' +
    'Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming')
    .split(' ')
    .concat(['New Hampshire', 'New Jersey', 'New Mexico', 'New York State', 'North Carolina', 'North Dakota', 'Rhode Island', 'South Carolina', 'South Dakota', 'West Virginia']),
);

/**
 * The states as AP style and datelines abbreviate them ("CUPERTINO, Calif. (AP) —"), to their
 * names; "Wash." to Washington State, as "Washington" in the news is the capital. Not the
 * two-letter postal codes: "IN", "OR", "ME" are words as often.
 */
export const STATE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  (
    'Ala. Alabama|Ariz. Arizona|Ark. Arkansas|Calif. California|Colo. Colorado|Conn. Connecticut|Del. Delaware|Fla. Florida|Ga. Georgia|Ill. Illinois|' +
    'Ind. Indiana|Kan. Kansas|Kans. Kansas|Ky. Kentucky|La. Louisiana|Md. Maryland|Mass. Massachusetts|Mich. Michigan|Minn. Minnesota|Miss. Mississippi|' +
    'Mo. Missouri|Mont. Montana|Neb. Nebraska|Nebr. Nebraska|Nev. Nevada|N.H. New Hampshire|N.J. New Jersey|N.M. New Mexico|N.Mex. New Mexico|N.C. North Carolina|' +
    'N.D. North Dakota|N.Dak. North Dakota|Okla. Oklahoma|Ore. Oregon|Pa. Pennsylvania|R.I. Rhode Island|S.C. South Carolina|S.D. South Dakota|S.Dak. South Dakota|' +
    'Tenn. Tennessee|Tex. Texas|Vt. Vermont|Va. Virginia|Wash. Washington State|W.Va. West Virginia|Wis. Wisconsin|Wisc. Wisconsin|Wyo. Wyoming'
  )
    .split('|')
    .map((pair) => [pair.slice(0, pair.indexOf(' ')), pair.slice(pair.indexOf(' ') + 1)] as const),
);

/** Holidays and feasts: days, named like people or places, neither a person, a place nor an organisation. */
export const HOLIDAYS = new Set('christmas easter thanksgiving halloween ramadan hanukkah passover diwali eid kwanzaa'.split(' '));

/** A legislator's party and state ("R-Texas", "D-N.Y.", "I-Vt"): an affiliation, not a place or an organisation. */
export const PARTY_AND_STATE = /^[RDI]-\p{Lu}/u;

/**
 * Organisations the tagger types as places or "other": "the Kremlin said", news outlets and
 * parties' short names ("MSNBC", "the GOP": other in 44 of 217 PolNeAR reports), armed groups,
 * and companies younger than its 1996 training news ("at Facebook").
 */
export const KNOWN_ORGS = new Set('kremlin reuters ap afp bloomberg nato un eu osce fbi cia bbc cnn gop msnbc nbc cbs npr pbs politico opec imf isis isil hamas hezbollah taliban facebook twitter google youtube instagram whatsapp tiktok linkedin yahoo microsoft netflix uber tesla spacex forbes newsweek axios breitbart buzzfeed huffpost'.split(' '));
/**
 * Organisations of several words that news names every day, written in full: a gazetteer for the
 * names the tagger cuts, runs together or mistypes ("Centers for Disease Control and Prevention"
 * read as "Disease", "European Union and International Monetary Fund" as one name).
 */
export const KNOWN_ORG_NAMES: readonly string[] = [
  'Centers for Disease Control and Prevention', 'Food and Drug Administration', 'Environmental Protection Agency',
  'Securities and Exchange Commission', 'Federal Bureau of Investigation', 'Central Intelligence Agency', 'National Security Agency',
  'Internal Revenue Service', 'Department of Homeland Security', 'Department of Health and Human Services', 'Department of Justice',
  'Department of Defense', 'Federal Reserve', 'Federal Emergency Management Agency', 'Federal Aviation Administration',
  'Congressional Budget Office', 'Government Accountability Office', 'Republican National Committee', 'Democratic National Committee',
  'National Rifle Association', 'American Civil Liberties Union', 'Planned Parenthood',
  'United Nations', 'European Union', 'European Commission', 'European Central Bank', 'International Monetary Fund', 'World Bank',
  'World Health Organization', 'World Trade Organization', 'International Atomic Energy Agency', 'International Criminal Court',
  'North Atlantic Treaty Organization', 'Organization of the Petroleum Exporting Countries', 'Organization for Security and Cooperation in Europe',
  'Organization for Security and Co-operation in Europe', 'African Union', 'Red Cross', 'Human Rights Watch', 'Amnesty International',
  'Doctors Without Borders', 'Bank of England', 'Bank of Japan',
];
/** Words that are never a name alone, whatever their case: vague amounts, weekdays, months (and their abbreviations, with or without a period), pronouns, articles. */
const SKIP_WORDS = new Set(
  [
    ...'tens hundreds thousands dozens millions monday tuesday wednesday thursday friday saturday sunday'.split(' '),
    ...'january february march april may june july august september october november december'.split(' '),
    ...'jan feb mar apr jun jul aug sep sept oct nov dec'.split(' ').flatMap((m) => [m, `${m}.`]),
    ...'i the a an he she it we they this that these those his her its their our'.split(' '),
  ],
);
/**
 * Whether a word is one of SKIP_WORDS, in any case: as /^(?:tens|...)$/i, which no character
 * beyond ASCII matches (the i flag without u folds none to an ASCII letter). A lookup, not a
 * pattern: the rules ask it of nearly every name and the words around it.
 */
export function isSkipWord(text: string): boolean {
  if (text.length > 9) return false;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 128) return false;
  return SKIP_WORDS.has(text.toLowerCase());
}
/** A pronoun with its verb ("I'm", "We’ve"): capitalised at the start of a sentence, never a name. */
export const PRONOUN_CONTRACTION = /^(?:i|you|we|they|he|she|it)['’](?:m|re|ve|ll|d|s)$/i;
export const CONNECTORS = new Set(['of', 'for', 'and', 'de', 'in']);
export const ORG_NOUNS = new Set(
  'bank lender company firm group carrier airline insurer retailer broadcaster newspaper daily agency party union club team ministry university publisher automaker carmaker manufacturer maker developer startup conglomerate operator supplier brokerage'.split(' '),
);
