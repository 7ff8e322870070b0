/**
 * Hand-written cues for the rule-based recogniser: words that mark organisations, titles that
 * mark people, and a small list of well-known places and news organisations. Written by us for
 * news in general, not taken from any data set.
 */
export const ORG_WORDS = new Set(
  'party committee council agency organization organisation ministry union bank corp corporation inc ltd company group association commission court parliament senate congress duma assembly government army police service services university institute foundation times post news press network federation league club board department office bureau authority fund tribunal kremlin nato reuters bloomberg'.split(' '),
);
export const ORG_FOLLOWERS = /^(party|news agency|agency|newspaper|daily|group|company|bank|movement|coalition|alliance|channel|television|radio)\b/i;
export const PERSON_TITLES = new Set(
  'president prime minister mr mrs ms dr sen senator rep gov governor king queen prince princess pope judge chancellor premier secretary general chairman chairwoman chief mayor ambassador spokesman spokeswoman leader ruler director actor actress singer coach captain officer sheriff deputy commissioner'.split(' '),
);
export const PERSON_ROLES_BEFORE = /\b(president|minister|leader|ruler|successor|daughter|son|wife|husband|brother|sister|father|mother|spokes(wo)?man|official|director|chief|chairman|singer|actor|actress|star|coach|player|diplomat|member|judge|senator|governor|mayor|reporter|correspondent|said|told|says|according to|by|mr\.?|mrs\.?|ms\.?|dr\.?)[\s,]*$/i;
export const PLACE_BEFORE = /\b(in|at|from|to|near|across|outside|inside|into|towards?|capital|city|town|village|province|region|state of)\s*$/i;
export const PLACE_SUFFIX = /(stan|land|ia)$/;
export const KNOWN_PLACES = new Set(
  'moscow washington london paris beijing berlin tokyo kyiv kiev ukraine russia china india japan france germany britain england america europe asia africa iran iraq syria israel egypt turkey brazil canada mexico australia korea italy spain poland texas california york chicago boston atlanta houston'.split(' '),
);
export const KNOWN_ORGS = new Set('kremlin reuters ap afp bloomberg nato un eu osce fbi cia bbc cnn'.split(' '));
export const SKIP = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|i|the|a|an|he|she|it|we|they|this|that|these|those|his|her|its|their|our)$/i;
export const CONNECTORS = new Set(['of', 'for', 'and', 'de', 'in']);
export const DEMONYM = /^[A-Z][a-z]+(ian|ish|ese|ean)$/;
