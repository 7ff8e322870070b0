/**
 * A byline line of plain text: "By John Smith", "BY JANE DOE AND JOHN ROE",
 * "By Maria Rossi, Staff Reporter", "By Jon Henley in Paris", "By Tom Krisher | Daily Planet",
 * "Par Hélène Dubœuf et François Lefèvre".
 * Only a whole line of names is a byline: "By Tuesday, most trains had stopped." is a sentence.
 * (Credit lines, "Reporting by ...; Editing by ...", are boilerplate rules: see rules.ts.)
 */
export interface Byline {
  authors: string[];
  /** The outlet a byline names after a bar or dash ("| Daily Planet"), if any. */
  outlet: string | null;
}

/** "By", and French "Par" ("Par Hélène Dubœuf et François Lefèvre"). */
const PREFIX = /^(?:[Bb]y|BY|[Pp]ar|PAR|(?:[Ww]ritten|[Ww]ords|[Ss]tory|[Tt]ext) by)\s*:?\s+/;
const MAX_LENGTH = 120;
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.(?:-?\p{Lu}\.)*)$/u;
/** The small words and initials inside names: "Jon van der Berg", "Juan y Pablo", "Sarah E. Needleman". */
export const NAME_PARTICLE = /^(de|da|do|dos|das|del|della|der|den|van|von|zu|bin|ibn|al|el|la|le|di|du|y|e|st\.?|[\p{Lu}]\.?)$/u;
/** Capitalised words that start sentences, not names: "By Tuesday, ...", "By Now ...". */
const NOT_A_FIRST_NAME = /^(?:the|this|that|these|those|then|now|noon|midnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|tomorrow|yesterday|early|late|all|most|some|many|law|contrast|comparison|christmas|easter|thanksgiving|spring|summer|autumn|fall|winter)$/i;
/** Small words a title-case heading has and a name has not: "By Car Or Train". */
const HEADING_WORD = /^(?:The|A|An|And|Or|Of|To|In|On|At|For|From|With|Is|Are|Was|Were)$/;
/** A month alone is a date ("By March"); in a longer name it may be one ("June Smith"). */
const MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/i;
/** Words of a job title after the name: "Staff Reporter", "Rome Correspondent". */
const JOB_WORD =
  /(?<!\p{L})(?:writer|editor|editors|correspondent|reporter|reporters|contributor|columnist|staff|bureau|desk|team|newsroom|chief|senior|political|business|foreign)(?!\p{L})/iu;
/** Words of an organisation after the name: "Associated Press", "Reuters". */
const ORG_WORD = /(?<!\p{L})(?:news|press|media|agency|times|post|daily|herald|journal|tribune|gazette|reuters|afp|ap|upi|bloomberg)(?!\p{L})/iu;

/** "John Smith", "Sarah E. Needleman", "Jon van der Berg", "JOHN SMITH": capitalised words and particles. */
function isName(text: string, alone: boolean): boolean {
  const words = text.split(/\s+/);
  // One word is a name only on a byline of its own ("By Reuters"), never before a comma.
  if (words.length > 5 || (words.length < 2 && !alone)) return false;
  if (!NAME_WORD.test(words[0]) || !NAME_WORD.test(words[words.length - 1])) return false;
  if (NOT_A_FIRST_NAME.test(words[0]) || (words.length === 1 && MONTH.test(words[0]))) return false;
  if (words.some((w) => HEADING_WORD.test(w))) return false;
  return words.every((w) => NAME_WORD.test(w) || NAME_PARTICLE.test(w));
}

/** "Staff Reporter", "Rome Correspondent", "Associated Press": capitalised words or a role word. */
function isRole(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length > 6) return false;
  return JOB_WORD.test(text) || ORG_WORD.test(text) || words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:of|for|the|and|at|in|on)$/.test(w));
}

/**
 * "TOM KRISHER" -> "Tom Krisher", in bylines of text and of pages alike; mixed case is left as
 * written ("DeArdo", "McDonald"), and so is a short name in capitals ("AFP", "NASA").
 */
export function fixCase(n: string): string {
  if (n !== n.toUpperCase() || n === n.toLowerCase() || n.length <= 4) return n;
  return n.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, pre: string, ch: string) => pre + ch.toUpperCase());
}

/** Splits "Jane Doe and John Roe" / "Jane Doe & John Roe" into names, or null if one is none. */
function namesOf(text: string, alone: boolean): string[] | null {
  const names = text.split(/\s+(?:and|AND|&|et|ET)\s+/).map((n) => n.trim());
  return names.every((n) => isName(n, alone && names.length === 1)) ? names : null;
}

/** The authors (and outlet) of a byline line, or null when the line is no byline. */
export function readByline(line: string): Byline | null {
  const s = line.trim();
  const prefix = PREFIX.exec(s);
  if (!prefix || s.length > MAX_LENGTH) return null;
  // A line ending a sentence is no byline, unless it ends on an initial or "Jr.".
  if (/[!?;:,]$/.test(s) || (/\.$/.test(s) && !/(?:^|\s)(?:\p{Lu}|Jr|Sr)\.$/u.test(s))) return null;
  const [names, ...after] = s.slice(prefix[0].length).split(/\s+(?:\||[–—-])\s+/);
  // An outlet by its words ("Daily Planet", "Associated Press"), not a section or a stamp ("| Politics", "- Updated").
  const outlet = after.find((a) => !/\d/.test(a) && !JOB_WORD.test(a) && ORG_WORD.test(a) && isRole(a))?.trim() ?? null;
  // "By Jon Henley in Paris": the place goes.
  const parts = names.replace(/\s+in\s+\p{Lu}[\p{L}.'’ -]*$/u, '').split(/\s*,\s*/);
  // "By The Associated Press", "By Reuters": the agency is the author.
  const agency = parts.length === 1 && ORG_WORD.test(parts[0]) && isRole(parts[0]) ? [parts[0]] : null;
  const first = agency ?? namesOf(parts[0], parts.length === 1);
  if (!first) return null;
  // "By Staff", "By Staff Reporter": a byline, but no one's name.
  const authors = first.filter((name) => !JOB_WORD.test(name));
  for (const part of parts.slice(1)) {
    // After a comma: more names ("Jane Doe, John Roe and Ann Lee"), else a job title or an
    // organisation ("Staff Reporter", "Reuters"); anything else makes the line a sentence.
    const more = JOB_WORD.test(part) || ORG_WORD.test(part) ? null : namesOf(part, false);
    if (more) authors.push(...more);
    else if (!isRole(part)) return null;
  }
  return { authors: authors.map(fixCase), outlet };
}
