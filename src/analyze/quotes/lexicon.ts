/**
 * Word lists the quote rules read: speech verbs, the nouns that speak for someone else
 * (press service, spokesman, website), titles and pronouns. Written by hand: no npm package
 * ships an attribution lexicon for English news.
 */

/** Regular speech verbs by their base form; every inflection is derived below. */
const REGULAR_SPEECH_VERBS = [
  'add', 'acknowledge', 'admit', 'allege', 'announce', 'answer', 'argue', 'ask', 'assert', 'boast',
  'caution', 'charge', 'claim', 'comment', 'complain', 'concede', 'conclude', 'confirm', 'contend',
  'counter', 'declare', 'deny', 'describe', 'emphasize', 'emphasise', 'estimate', 'explain',
  'insist', 'joke', 'lament', 'maintain', 'mention', 'mock', 'mutter', 'note', 'observe', 'plead',
  'pledge', 'point', 'post', 'predict', 'proclaim', 'promise', 'quip', 'quote', 'recall', 'remark',
  'repeat', 'reply', 'report', 'respond', 'retort', 'reveal', 'scoff', 'scream', 'shout', 'snap',
  'state', 'stress', 'suggest', 'testify', 'tweet', 'urge', 'vow', 'warn', 'whisper', 'yell',
  'cry', 'conclude', 'continue', 'demand', 'muse', 'wonder', 'rule', 'advise', 'inform',
];

/** The irregular verbs whose words may follow them without "that": say, tell, write. */
const SAY_TELL_WRITE = [
  'say', 'says', 'said', 'saying',
  'tell', 'tells', 'told', 'telling',
  'write', 'writes', 'wrote', 'written', 'writing',
];

/** Irregular forms, written out. */
const IRREGULAR_SPEECH_VERBS = [
  ...SAY_TELL_WRITE,
  'speak', 'speaks', 'spoke', 'spoken', 'speaking',
  'shoot', 'shot', // "shot back"
  'put', // "as he put it"
];

/** Simple English inflection: enough for the regular verbs above. */
function inflect(base: string): string[] {
  const forms = [base];
  const consonantY = /[^aeiou]y$/.test(base);
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  if (consonantY) forms.push(base.slice(0, -1) + 'ies', base.slice(0, -1) + 'ied');
  else forms.push(/(s|sh|ch|x|z)$/.test(base) ? base + 'es' : base + 's', base.endsWith('e') ? base + 'd' : base + 'ed');
  forms.push(stem + 'ing');
  // Doubled final consonant: quip -> quipped, snap -> snapped, plead has none.
  if (/^[a-z]*[^aeiou][aeiou][bdgmnpt]$/.test(base) && base.length <= 5) forms.push(base + base.at(-1) + 'ed', base + base.at(-1) + 'ing');
  return forms;
}

const SPEECH_VERBS: ReadonlySet<string> = new Set([
  ...REGULAR_SPEECH_VERBS.flatMap(inflect),
  ...IRREGULAR_SPEECH_VERBS,
]);

/**
 * Speech verbs whose words may follow without "that" ("Trump said the South will rise", "she
 * argued the plan was too costly"). Others, followed by a noun, name what was done: "declared a
 * new beginning", "announced his candidacy", "asked a series of questions".
 */
export const VERBS_TAKING_CLAUSE: ReadonlySet<string> = new Set([
  ...['add', 'argue', 'claim', 'insist', 'contend', 'note', 'explain', 'warn', 'predict', 'suggest', 'assert', 'acknowledge',
    'admit', 'concede', 'complain', 'stress', 'emphasize', 'emphasise', 'testify', 'reply', 'respond', 'state', 'observe',
    'remark', 'caution', 'allege', 'boast', 'joke', 'quip', 'recall', 'tweet'].flatMap(inflect),
  ...SAY_TELL_WRITE,
]);

/** Speech verbs that need a particle or object to mean speaking: "point out", "shot back". */
export const VERBS_NEEDING_PARTICLE: ReadonlyMap<string, string> = new Map([
  ['point', 'out'], ['points', 'out'], ['pointed', 'out'], ['pointing', 'out'],
  ['shoot', 'back'], ['shot', 'back'], ['put', 'it'], ['cry', 'out'], ['cried', 'out'], ['cries', 'out'],
]);

/** Speech verbs whose listener comes next ("told reporters", "informed the committee"). */
export const VERBS_WITH_LISTENER: ReadonlySet<string> = new Set([
  'tell', 'tells', 'told', 'telling', 'inform', 'informs', 'informed', 'warn', 'warned', 'warns', 'assure', 'assured',
  'remind', 'reminded', 'ask', 'asked', 'urge', 'urged',
]);

/**
 * Nouns that speak on someone's behalf: "Zheleznyak's press service", "monitors from the OSCE",
 * "a Kremlin spokesman", "Tokayev's campaign website", "in a statement released by the Kremlin".
 * The speaker of such a source is the one it speaks for.
 */
export const REPRESENTATIVE_NOUNS: ReadonlySet<string> = new Set([
  'service', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'spokeswomen',
  'representative', 'representatives', 'office', 'campaign', 'website', 'site', 'account', 'feed',
  'statement', 'release', 'statements', 'monitors', 'observers', 'officials', 'official', 'aide',
  'aides', 'staff', 'staffers', 'staffer', 'team', 'lawyer', 'lawyers', 'attorney', 'attorneys',
  'press', 'secretary', 'ministry', 'department', 'page', 'blog', 'twitter', 'handle', 'channel',
  'delegation', 'mission', 'envoy', 'adviser', 'advisers', 'advisor', 'advisors', 'sources',
  'source', 'communique', 'communiqué', 'letter', 'memo', 'report', 'analysts', 'experts',
]);

/** Nouns naming a text or channel, never a person: "the statement said", "a report said". */
const MEDIUM_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'release', 'statements', 'website', 'site', 'account', 'feed', 'page', 'blog',
  'communique', 'communiqué', 'letter', 'memo', 'report', 'tweet', 'post', 'message', 'interview',
  'video', 'ad', 'advertisement', 'filing', 'document', 'documents', 'email', 'emails', 'poll',
]);

/** Titles written before a name; they are not part of the canonical name. */
export const TITLES: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'senator', 'sen', 'rep', 'representative',
  'gov', 'governor', 'mayor', 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'gen', 'general',
  'col', 'colonel', 'capt', 'captain', 'lt', 'sgt', 'adm', 'admiral', 'judge', 'justice', 'chief',
  'speaker', 'chairman', 'chairwoman', 'chair', 'ceo', 'director', 'ambassador', 'king', 'queen',
  'prince', 'princess', 'pope', 'rev', 'reverend', 'sir', 'lord', 'lady', 'former', 'interim',
  'acting', 'deputy', 'candidate', 'nominee', 'leader', 'commissioner', 'attorney', 'state',
  'house', 'senate', 'gop', 'democratic', 'republican', 'u.s.', 'us', 'white', 'foreign', 'defense',
  'sheriff', 'chancellor', 'premier', 'pres', 'lieut', 'supt', 'atty', 'sens', 'reps', 'presidential',
]);

/**
 * Nouns that can head a source described rather than named, in reported speech: "U.S. officials
 * say", "a senior aide said", "the poll found": people by their role, groups, and texts.
 */
export const SPEAKER_NOUNS: ReadonlySet<string> = new Set([
  ...REPRESENTATIVE_NOUNS,
  ...MEDIUM_NOUNS,
  'survey', 'study', 'analysis', 'polls', 'surveys', 'studies', 'records', 'data', 'figures', 'estimates',
  'man', 'woman', 'men', 'women', 'people', 'person', 'resident', 'residents', 'witness', 'witnesses',
  'voter', 'voters', 'supporter', 'supporters', 'critic', 'critics', 'opponent', 'opponents',
  'member', 'members', 'leader', 'leaders', 'lawmaker', 'lawmakers', 'legislator', 'legislators',
  'senator', 'senators', 'governor', 'mayor', 'president', 'candidate', 'candidates', 'nominee',
  'police', 'officer', 'officers', 'investigator', 'investigators', 'prosecutor', 'prosecutors',
  'authorities', 'judge', 'court', 'expert', 'analyst', 'economist', 'economists', 'strategist',
  'strategists', 'observer', 'organizer', 'organizers', 'activist', 'activists', 'researcher',
  'researchers', 'scientist', 'scientists', 'doctor', 'doctors', 'group', 'groups', 'agency',
  'company', 'government', 'administration', 'committee', 'commission', 'party', 'organization',
  'union', 'newspaper', 'network', 'outlet', 'reporter', 'reporters', 'journalist', 'journalists',
  'donor', 'donors', 'operative', 'operatives', 'insider', 'insiders', 'ally', 'allies', 'friend',
  'friends', 'family', 'relatives', 'neighbor', 'neighbors', 'neighbour', 'neighbours', 'father',
  'mother', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'employee', 'employees',
  'worker', 'workers', 'owner', 'manager', 'coach', 'chairman', 'chairwoman', 'founder', 'executive',
  'executives', 'veteran', 'veterans', 'student', 'students', 'teacher', 'teachers', 'delegate',
  'delegates', 'announcer', 'narrator', 'host', 'moderator', 'republicans', 'democrats', 'percent',
  'majority', 'majorities', 'respondents', 'surveyed',
  // Texts that state something: "the lawsuit says", "the indictment alleges".
  'lawsuit', 'suit', 'complaint', 'indictment', 'ruling', 'article', 'story', 'editorial', 'book', 'paper', 'audit', 'forecast',
  // People by what they do: "the diplomat said", "a Democratic speechwriter wrote".
  'diplomat', 'diplomats', 'star', 'actor', 'actress', 'singer', 'player', 'players', 'writer', 'writers', 'author',
  'editor', 'speechwriter', 'director', 'user', 'users', 'businessman', 'businesswoman', 'billionaire', 'entrepreneur',
  'front-runner', 'frontrunner', 'challenger', 'incumbent', 'winner', 'speaker', 'speakers', 'socialist', 'pollster',
  'pollsters', 'consultant', 'consultants', 'professor', 'historian', 'historians', 'victim', 'victims', 'survivor',
  'survivors', 'fan', 'fans', 'parent', 'parents',
  // Bodies and firms: "the airline said", "the board announced".
  'panel', 'board', 'council', 'crowd', 'media', 'tabloid', 'magazine', 'airline', 'carrier', 'firm', 'bank', 'embassy',
  'army', 'military', 'regime', 'club', 'league', 'school', 'university', 'hospital',
]);

export function isSpeechVerb(word: string): boolean {
  return SPEECH_VERBS.has(word.toLowerCase());
}

/** isSpeechVerb for a word already lower-cased by toLowerCase(), which gives the same again (checked over every code point). */
export function isLowerSpeechVerb(word: string): boolean {
  return SPEECH_VERBS.has(word);
}
