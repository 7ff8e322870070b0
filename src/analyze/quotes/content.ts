import type { Sentence } from '../doc.js';
import { type Context, mentionsIn } from './context.js';
import { VERBS_TAKING_CLAUSE, VERBS_WITH_LISTENER } from './lexicon.js';
import { ROLE_BEFORE_NAME } from './source.js';

/**
 * What a reported speech cue reports: contentOf finds the words said beside a cue, before the
 * attribution ("Prices will rise, Smith said.") or after the verb, past its listener, its day
 * and its "that" (complementThat); with the helpers that measure such words (trimmed, words,
 * hasClause, finiteVerbIn) and circumstanceOnly, which tells where or when something was said
 * from a statement. Also the Cue these take, and the patterns the speaker search shares with
 * them (MIN_CONTENT_WORDS, WHO_BEFORE).
 */

/** Speech verbs that mean winning or losing before a noun: "conceded just seven goals", "claimed the title". */
const NOT_SPEECH_BEFORE_NOUN = /^(?:claim|conced)/i;
/** Content shorter than this is no statement: "he said so", "as she put it". */
export const MIN_CONTENT_WORDS = 3;
/** How far after the verb its "that" may come: "said on Sunday that", "told reporters at the White House that". */
const THAT_WITHIN = 60;
/** The "that" after a speech verb, within its clause. */
const THAT_AFTER = /^(?:\s*,[^,.;:]{1,80},)?[^,.;:]*?\bthat\b/i;
/** What may open the words after a speech verb and is not said: the day it was said, where ("in a statement"), "that". */
const OPENING_NOT_SAID = /^\s*(?:(?:on|last|this|late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|morning|afternoon|evening|night|week)?,?\s*(?:(?:in|on|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,3}?(?:statement|interview|speech|letter|email|post|tweet|video|briefing|conference|call)\b,?\s*)?(?:that\s+)?/iu;
/** The one spoken to, after "told" or "warned": a name, a pronoun, or a short noun phrase ("told reporters", "told The Washington Post"). */
const LISTENER = /^\s+(?:(?:the|a|an|his|her|their|its|our|my|your)\s+)?(?:(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}\p{Lu}[\p{L}.’'-]*|\p{Ll}+)/u;
/** After ", said": a short source, then a comma and what describes it (", said Mindy Romero, director of ..."). */
const SOURCE_THEN_APPOSITION = /^\s+(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}\p{L}[\p{L}.’'-]*,/u;
/** After an attribution, a noun phrase described by a relative clause: an aside on what was said ("..., Sanders said, a policy that could ..."). */
const ASIDE_AFTER = /^\s*,\s*(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}(?:that|which)\b/u;
/** After an attribution and its day, a clause of what went on around the words, not said: "..., officials said Saturday, as rescuers dug through the rubble", "..., the commission said, up from 65%". */
const CIRCUMSTANCE_AFTER = /^\s*(?:(?:on|late|early|last)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)?\s*,\s*(?:as|while|amid|after|before|when|despite|up|down|compared)\b/;
/** Words that open a clause of its own after a comma: ", while Morgan Stanley advised Brightwater" is no attribution. */
const CLAUSE_OPENING = /^\s*(?:while|whereas|although|though|because|when|as|and|but|so|if|since|after|before)\b/i;
/** An attribution inside a relative clause ("the alliance, which he said was grounded in ..."): the words said come after it. */
const RELATIVE = /^\s*(?:which|who|whom|that|where)\b/i;
/** "who" right before the verb, past its auxiliaries and adverbs: "Trump, who has repeatedly said ...". */
export const WHO_BEFORE = /,?\s*\bwho(?:\s+(?:has|had|have|was|is|would|will|also|then|later|\p{Ll}+ly))*\s*$/u;

export interface Cue {
  start: number;
  end: number;
  word: string;
  /** The cue is "according to": its source comes after it, never before. */
  according: boolean;
}

/**
 * Where the words said end inside a relative clause: at the comma after which its sentence's own
 * verb goes on ("Lindsey Graham, who has said the allies should send troops, tweeted that ...").
 */
function relativeEnd(s: Sentence, content: { start: number; end: number }): number {
  const k = s.tokens.findIndex((t, i) => t.start >= content.start && t.end <= content.end && t.text === ',' && ['VERB', 'AUX'].includes(s.tokens[i + 1]?.pos ?? ''));
  return k >= 0 ? s.tokens[k].start : content.end;
}

/** Whether a clause opens right after `at` with a pronoun as its subject: "Amazon reported it sold", "announced they would". */
function pronounClauseAt(s: Sentence, at: number): boolean {
  const k = s.tokens.findIndex((t) => t.start >= at);
  return k >= 0 && SUBJECT_PRONOUN.test(s.tokens[k].text) && ['VERB', 'AUX'].includes(s.tokens[k + 1]?.pos ?? '');
}
const SUBJECT_PRONOUN = /^(?:he|she|it|they|we|I)$/i;

export function words(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

/** What may stand between a verb and the "that" of its clause: a phrase of time, place or manner, of nine words at most ("said on Sunday that", "argued in court papers that", "said at a news conference in Washington on Tuesday that"). */
const BEFORE_THAT = /^\s*(?:(?:on|in|at|to|of|via|from|upon|for|with|by|as|about|over|under|throughout|during|after|before|last|this|earlier|later|late|early|again|also|then|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|(?!(?:family|supply|assembly|rally|ally|reply|anomaly|monopoly)\b)\p{Ll}+ly)\b(?:\s+\S+){0,8}\s*)?$/u;

/**
 * The "that" opening what a verb reports, not a relative "that" after its object ("stressed her
 * support of the raid that killed bin Laden"): right after the verb, its listener, or a phrase of
 * time, place or manner.
 */
function complementThat(tail: string, cue: Cue): RegExpExecArray | null {
  const that = THAT_AFTER.exec(tail.slice(0, THAT_WITHIN));
  if (!that || VERBS_WITH_LISTENER.has(cue.word.toLowerCase())) return that;
  const between = that[0].replace(/^\s*,[^,.;:]{1,80},/, '').replace(/\bthat$/i, '');
  return BEFORE_THAT.test(between) ? that : null;
}

/** Whether [start, end) holds a verb of a clause: an auxiliary, or a verb not in -ing and not after "to" ("failed", "rise", not "to spare"). */
function finiteVerbIn(s: Sentence, start: number, end: number): boolean {
  return s.tokens.some((t, k) => t.start >= start && t.end <= end && (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/i.test(t.text) && s.tokens[k - 1]?.text.toLowerCase() !== 'to')));
}

/**
 * Whether words beside a speech verb are only where or when it was said, no statement: "at a news
 * conference", "in an editorial on Monday", "Over the long term" (a preposition first, no verb and
 * no quoted words; not after "that": "joked that, among African Americans, Trump ranks fourth").
 */
export function circumstanceOnly(body: string, s: Sentence, content: { start: number; end: number }): boolean {
  const inside = s.tokens.filter((t) => t.start >= content.start && t.end <= content.end);
  if (inside[0]?.pos !== 'ADP' || inside.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return false;
  return !/["“”]|''/.test(body.slice(content.start, content.end)) && !/\bthat\s*,?\s*$/i.test(body.slice(Math.max(0, content.start - 8), content.start));
}

/** A span of the body with the spaces and the closing punctuation around it trimmed. */
export function trimmed(body: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /[\s,;:—–-]/.test(body[start])) start++;
  while (end > start && /[\s.,;:!?―—–-]/.test(body[end - 1])) end--;
  return { start, end };
}

/**
 * Whether [start, end) holds a finite verb, not a participle: words said ("it would reopen",
 * "prices rise"), not a source with its apposition ("Smith, an economist at the bank", "Several
 * candidates, including Trump"). The tagger does not tell "opened fire" from "a statement
 * released through the team": `participle` says which forms to leave out, by their ending.
 */
export function hasClause(s: Sentence, start: number, end: number, participle = /(?:ed|ing|en)$/i): boolean {
  return s.tokens.some((t) => t.start >= start && t.end <= end && (t.pos === 'AUX' || (t.pos === 'VERB' && !participle.test(t.text))));
}

/** Whether a person is named after a speech verb at `at` past the words of a role: "says political scientist Dossym Satpayev". */
function personAfterRole(c: Context, at: number, end: number): boolean {
  const person = mentionsIn(c, at, end).find((m) => m.entity.type === 'person');
  return person !== undefined && person.start - at <= 40 && ROLE_BEFORE_NAME.test(c.body.slice(at, person.start));
}

/**
 * What was said, for a cue at `cue` with its source beside it: the words before the attribution
 * when the sentence opens with them ("Prices will rise, Smith said." / "..., according to
 * Reuters."), else the words after the verb, past its listener, its day and its "that".
 */
export function contentOf(c: Context, s: Sentence, cue: Cue): { start: number; end: number } {
  const body = c.body;
  const head = body.slice(s.start, cue.start);
  const tail = body.slice(cue.end, s.end);
  if (cue.according) {
    // "According to the poll, X leads" vs "X leads, according to the poll."
    if (!head.trim()) {
      const comma = tail.indexOf(',');
      return comma >= 0 ? trimmed(body, cue.end + comma + 1, s.end) : { start: cue.end, end: cue.end };
    }
    // "In the meantime, according to the memorandum, officials should ...": the words said go on after the source.
    const before = trimmed(body, s.start, cue.start);
    const comma = tail.indexOf(',');
    return circumstanceOnly(body, s, before) && comma >= 0 ? trimmed(body, cue.end + comma + 1, s.end) : before;
  }
  // The attribution after the words: ", said Smith" / ", Smith said" / ", he told reporters."
  const comma = head.lastIndexOf(',');
  if (comma > 0) {
    const attribution = head.slice(comma + 1);
    const statement = trimmed(body, s.start, s.start + comma);
    const rest = tail.slice(0, tail.search(/[.!?]\s*$|$/));
    // ", said Smith": with nothing between the comma and the verb, the source must follow it
    // ("Jackson, in a brief statement, said he was sorry" has its words after the verb).
    // ("..., says political scientist Dossym Satpayev": a person after the words of a role).
    const sourceFollows = attribution.trim() !== '' || /^\s+(?:\p{Lu}|(?:the|a|an)\s)/u.test(rest) || personAfterRole(c, cue.end, s.end);
    const shortAttribution = words(attribution) <= 8 && !RELATIVE.test(attribution);
    // After ", said" the source may be long: "..., said Mindy Romero, director of the California Civic Engagement Project".
    const longest = !attribution.trim() && SOURCE_THEN_APPOSITION.test(rest) ? 30 : 12;
    // "..., Sanders said, a policy that could ...": an aside on the words, not words said.
    const nothingSaidAfter = ASIDE_AFTER.test(rest) || CIRCUMSTANCE_AFTER.test(rest) || (!THAT_AFTER.test(rest.slice(0, THAT_WITHIN)) && words(rest) <= longest && !hasClause(s, cue.end, cue.end + rest.length));
    const statementBefore = words(body.slice(statement.start, statement.end)) >= MIN_CONTENT_WORDS && hasClause(s, statement.start, statement.end, /ing$/i);
    // "Goldman Sachs advised Halcyon, while Morgan Stanley advised Brightwater": a clause of its own, no attribution.
    // "..., as police have said.", "..., as David Dayen noted in The Intercept." attribute what comes before.
    const ownClause = CLAUSE_OPENING.test(attribution) && !(/^\s*as\b/i.test(attribution) && /^\s*(?:$|(?:at|in|on|during|to|last|this|earlier|yesterday|today)\b|\p{Lu}\p{Ll}+day\b)/u.test(rest));
    // "The repairs could cost $12 million, he said, and insurance would cover only part": the
    // words go on after the attribution; the first part is the statement it attributes.
    const goesOn = /^\s*,\s*(?:and|but)\s/i.test(rest) && hasClause(s, cue.end, cue.end + rest.length);
    if (sourceFollows && shortAttribution && (nothingSaidAfter || goesOn) && statementBefore && !ownClause) return statement;
  }
  let from = cue.end;
  const that = complementThat(tail, cue);
  // "declared a new beginning", "announced his candidacy": no words reported.
  if (!that && !VERBS_TAKING_CLAUSE.has(cue.word.toLowerCase()) && !pronounClauseAt(s, cue.end)) return { start: from, end: from };
  if (that) from += that[0].length;
  else {
    if (VERBS_WITH_LISTENER.has(cue.word.toLowerCase())) {
      const listener = mentionsIn(c, cue.end, cue.end + 60)[0];
      const lead = /^\s*/.exec(tail)![0].length;
      if (listener && listener.start === cue.end + lead) from = listener.end;
      else from += LISTENER.exec(tail)?.[0].length ?? 0;
    }
    from += OPENING_NOT_SAID.exec(body.slice(from, s.end))![0].length;
  }
  // "Denying he was a gangster, Gigante would ...": a participle opening its sentence reports up to its comma.
  const opening = cue.start === s.tokens[0]?.start && /ing$/i.test(cue.word) ? body.indexOf(',', from) : -1;
  const said = trimmed(body, from, opening > 0 && opening < s.end ? opening : s.end);
  // Without "that", "claim" and "concede" report a clause ("claims the election was rigged"); before
  // a noun they win or lose something: "conceded just seven goals", "claimed the title", "claimed the lives of 30".
  if (!that && NOT_SPEECH_BEFORE_NOUN.test(cue.word) && !finiteVerbIn(s, said.start, said.end)) return { start: from, end: from };
  // "Graham, who has said the allies should send troops, voted ...": the words end with the relative clause.
  return WHO_BEFORE.test(head) ? { ...said, end: relativeEnd(s, said) } : said;
}
