import type { Quote } from '../../types.js';
import type { AnalysisDoc, Sentence, Token } from '../doc.js';
import { lowerBound } from '../spans.js';
import { circumstanceOnly, contentOf, type Cue, hasClause, MIN_CONTENT_WORDS, trimmed, WHO_BEFORE, words } from './content.js';
import { type Context, mentionsIn, referent } from './context.js';
import { isSpeechVerb, SPEAKER_NOUNS, VERBS_NEEDING_PARTICLE } from './lexicon.js';
import { organisationOfKind } from './roles.js';
import { nameOf, sourceAt, subjectIn } from './source.js';

/**
 * Reported speech: what someone said, without quotation marks. A sentence with a speech verb
 * whose source is written beside it, as for a direct quote: before it ("Smith said", "he told
 * reporters", "Flynn, a top surrogate, said"), after it ("..., said Smith") or after "according
 * to". The quote is what was said: the clause after the verb ("said [that] ..."), or the words
 * before the attribution ("Prices will rise, Smith said.").
 */

/** Speech verbs that usually mean something else unless "that" follows: "ruled the country", "maintained order", "posted a video". */
const SPEECH_ONLY_WITH_THAT = /^(?:rul|maintain|post|continu|charg|shot|shoot)/;

/** Forms of "speak": someone speaks to an audience or of a subject, and no words follow. */
const SPEAK = /^(?:speak|speaks|spoke|spoken|speaking)$/i;
/** Before a verb (not in -ing: "is saying" reports), the words that make it no report of speech: "to acknowledge" (what someone means to do), "was asked", "were told" (the listener is the subject), "self-described". */
const NOT_REPORTING_BEFORE = /(?:\bto|\b(?:was|were|is|are|be|been|being|get|got|gets)(?:\s+\p{Ll}+ly)?|-)\s*$/u;
/** A wire story's dateline: a place in capitals, maybe its country, the day and the agency, then a dash ("THIRUVANANTHAPURAM, India, July 31 (Reuters) - "). */
const DATELINE = /^\p{Lu}[\p{Lu}\s.'’-]+(?:,\s*[\p{L}\d\s.]{2,30}){0,2}\s*(?:\([^()]{1,40}\))?(?:\s+-{1,2}\s+|\s*[—–]\s*)/u;
/** What "according to" names, up to its clause's end: "according to a CNN/ORC poll in February". */
const ACCORDING_SOURCE = /^\s+([^,.;:!?()“”"]{2,120}?)(?=\s*(?:[,.;:!?()“”"]|$))/u;
/** When, at the end of what "according to" names: "early results on Monday" are the early results, "results released on Monday" the results. */
const WHEN_AT_END = /\s+(?:(?:\p{Ll}+ed|taken|given|made|held|shown|seen|done)\s+)?(?:(?:on|last|this|late|early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night)|yesterday|today)$/u;
/** How many words a source after "according to" may have before it is taken for a clause. */
const ACCORDING_WORDS = 12;
/** Words that open a clause, after which a group may be its subject. */
const CONJUNCTIONS = 'and|but|while|although|though|as|because|that|where|when';
/** A group named by its role as the subject of a speech verb: "security specialists say", "but U.S. officials said", "Aides say". */
const GROUP_BEFORE = new RegExp(`(?:^|[,;:—–]\\s*|\\b(?:${CONJUNCTIONS})\\s+)((?:[\\p{L}\\d.’'/-]+\\s+){0,5}(\\p{L}+))\\s*$`, 'u');
/** A conjunction the group's words may open with after a comma: "..., but authorities said". */
const CONJUNCTION = new RegExp(`^(?:${CONJUNCTIONS})\\s+`, 'i');
/** An aside between a group and its verb: "Several candidates, including Trump, said". */
const APPOSITION_AFTER_GROUP = /,[^,]{2,60},\s*$/;
/** A plural naming people by what they do or think: "specialists", "proponents", "observers", "historians", "conservatives", "liberals", "fans". */
const ROLE_PLURAL = /(?:ists|ers|ors|ians|ants|ents|ives|als|fans)$/;
/** Words between a subject and its verb that are no part of it: "experts have long said", "officials, however, say". */
const BEFORE_VERB = /(?:\s+(?:have|has|had|would|will|could|may|might|also|still|now|long|often|\p{Ll}+ly)|,\s*(?:however|though|too),?)*\s*$/u;
/** A verb that goes on from its sentence's subject: "Clinton did not mention Trump, but told city leaders that", "..., saying airstrikes have failed". */
const SHARES_SUBJECT = /(?:\b(?:and|but)(?:\s+\p{Ll}+ly)?|,)\s*$/u;
/** "he" or "she" right before the verb, past its auxiliaries and adverbs. */
const PRONOUN_BEFORE = /\b(?:he|she)(?:\s+(?:has|had|have|was|is|would|will|also|then|later|\p{Ll}+ly))*\s*$/iu;
/** A described source ("the official", "a senior aide"), as sourceAt gives it. */
const DESCRIBED = /^(?:the|a|an|one|his|her|their|its)\s/i;

/** Words that open a clause after a verb: "claims the election was rigged", "notes that ...". */
const CLAUSE_OPENERS = new Set(['DET', 'PRON', 'PROPN', 'NUM', 'SCONJ']);

/**
 * A verb in -s that the tagger (as wink-nlp) tags as a noun after its subject ("Smith notes that", "Trump claims
 * the election was rigged", "The report notes that"): after a name or "he"/"she"/"it" and
 * before the opening of a clause; after "the" and a noun only before "that" ("the campaign
 * pledges he made" are things); never before a relative "that" ("the insurance claims that were
 * denied"). "states" is too often the noun ("Rust Belt states Indiana, Michigan").
 */
function verbTaggedNoun(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k], prev = tokens[k - 1], next = tokens[k + 1];
  if (token.pos !== 'NOUN' || !token.text.endsWith('s') || token.text === 'states' || !prev || !next || !CLAUSE_OPENERS.has(next.pos)) return false;
  const that = next.text.toLowerCase() === 'that';
  if (that && /^(?:AUX|VERB|ADV)$/.test(tokens[k + 2]?.pos ?? '')) return false;
  return prev.pos === 'PROPN' || /^(?:he|she|it)$/i.test(prev.text) || (that && prev.pos === 'NOUN' && tokens[k - 2]?.pos === 'DET');
}

/**
 * Whether `text` lowered is `lower`, a lower-case ASCII word; a text of another length is not
 * lowered, as it never is one (lowering keeps the length of all text but "İ", which becomes "i̇").
 */
function isWord(text: string, lower: string): boolean {
  return text.length === lower.length && text.toLowerCase() === lower;
}

/** The speech verbs of a sentence, in order, each spanning its particle ("pointed out"). */
function* cuesOf(s: Sentence): Generator<Cue> {
  const tokens = s.tokens;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    const next: Token | undefined = tokens[k + 1];
    if (isWord(token.text, 'according') && next && isWord(next.text, 'to')) {
      yield { start: token.start, end: next.end, word: 'according to', according: true };
      continue;
    }
    // Words are lowered only once their tag may make them a cue: most are not.
    if (token.pos !== 'VERB' && !verbTaggedNoun(tokens, k)) continue;
    const word = token.text.toLowerCase();
    if (!isSpeechVerb(word) || SPEAK.test(word)) continue;
    const nextWord = next?.text.toLowerCase();
    // A capitalised verb inside a sentence is a headline's ("Maher Tells Guest ...").
    if (token.text[0] !== word[0] && token !== tokens[0]) continue;
    const particle = VERBS_NEEDING_PARTICLE.get(word);
    if (particle) {
      if (nextWord === particle) yield { start: token.start, end: next!.end, word: `${token.text} ${next!.text}`, according: false };
      continue;
    }
    if (SPEECH_ONLY_WITH_THAT.test(word) && nextWord !== 'that') continue;
    // "Singler added six rebounds", "she added 12 points": a score, not words.
    if (/^add/.test(word) && (next?.pos === 'NUM' || /^(?:a|an|another)$/.test(nextWord ?? ''))) continue;
    // "regions that the Kremlin has claimed to have annexed", "he is said to be ill": no one's words
    // follow; nor after "who asked not to be named", a source's condition.
    if (nextWord === 'to' || (nextWord === 'not' && tokens[k + 2]?.text.toLowerCase() === 'to')) continue;
    yield { start: token.start, end: token.end, word: token.text, according: false };
  }
}

/** Whether `at` lies between quotation marks opened in the sentence: the words of someone quoted, not the reporter's. */
function insideQuotation(body: string, from: number, at: number): boolean {
  // The marks counted in one pass over the characters (a pair of '' or `` counted from the left,
  // as a global search would), not by a search per mark: this is asked of every cue.
  let opening = 0;
  let closing = 0;
  let straight = 0;
  let apostrophes = 0;
  let backticks = 0;
  for (let i = from; i < at; i++) {
    const ch = body[i];
    if (ch === '“') opening++;
    else if (ch === '”') closing++;
    else if (ch === '"') straight++;
    else if ((ch === "'" || ch === '`') && i + 1 < at && body[i + 1] === ch) {
      if (ch === "'") apostrophes++;
      else backticks++;
      i++;
    }
  }
  // “...” and ``...'' open and close with different marks; "..." and ''...'' with the same one.
  const typewritten = backticks ? backticks > apostrophes : apostrophes % 2 === 1;
  return opening > closing || straight % 2 === 1 || typewritten;
}

/**
 * Whether a speaker is a description whose head can speak ("a senior aide", "the poll"), not any
 * phrase before a verb ("a request for"), nor a capitalised word that opens a sentence and names
 * no one the report names ("So says ...", "Despite saying ...").
 */
function plausibleSpeaker(c: Context, speaker: string): boolean {
  // The head of "a resident of the town" is "resident".
  const head = speaker.replace(/\s+(?:of|for|from|at|in|with)\s.*$/i, '').split(/\s+/).pop()!.toLowerCase();
  // "The White House says", "The Washington Post reported": a name that opens with "The".
  if (DESCRIBED.test(speaker)) return SPEAKER_NOUNS.has(head) || NAME_AFTER_THE.test(speaker);
  return /\s/.test(speaker) || c.mentions.some((m) => m.entity.name === speaker) || !SENTENCE_OPENERS.has(head);
}
/** A name after "The": every word after it capitalised. */
const NAME_AFTER_THE = /^[Tt]he(?:\s+\p{Lu}[\p{L}.’'-]*)+$/u;
/** Words that open a sentence capitalised and are never a source: "So says ...", "Despite saying ...", "One said". */
const SENTENCE_OPENERS = new Set('so despite one but and yet still also then now here there this that these those it instead meanwhile however thus hence indeed later earlier after before while when if as once since though although even only just'.split(' '));

/** The source after "according to": the entity it names, else its words ("a person familiar with the talks"). */
function accordingSource(c: Context, cue: Cue, end: number): string | null {
  const phrase = ACCORDING_SOURCE.exec(c.body.slice(cue.end, end));
  if (!phrase || words(phrase[1]) > ACCORDING_WORDS) return null;
  const at = cue.end + phrase.index + phrase[0].length - phrase[1].length;
  const named = mentionsIn(c, at, at + phrase[1].length)[0];
  // "according to Reuters", "according to Sen. John Mica": the phrase is the name (and titles).
  if (named && /^(?:(?:the|Sen\.|Rep\.|Gov\.|Mr\.|Mrs\.|Ms\.|Dr\.)\s+)*$/i.test(c.body.slice(at, named.start)) && named.end >= at + phrase[1].trimEnd().length) return named.entity.name;
  return phrase[1].trim().replace(WHEN_AT_END, '');
}

/** Whether a (lowercase) noun names people who may speak: "officials", "a spokesman", "specialists". */
function isGroupNoun(word: string): boolean {
  return SPEAKER_NOUNS.has(word) || (word.endsWith('s') && ROLE_PLURAL.test(word));
}

/** A group named by its role right before the verb ("security specialists say"), when no source was found by name. */
function groupBefore(c: Context, s: Sentence, cueStart: number): string | null {
  const from = s.start;
  let before = c.body.slice(from, cueStart);
  before = before.slice(0, before.length - (BEFORE_VERB.exec(before)?.[0].length ?? 0));
  before = before.replace(APPOSITION_AFTER_GROUP, ''); // "Several candidates, including Trump, said
  const group = GROUP_BEFORE.exec(before);
  if (!group) return null;
  const head = group[2].toLowerCase();
  if (!isGroupNoun(head)) return null;
  const phrase = group[1].replace(CONJUNCTION, '');
  // A noun phrase, not a clause ("He releases statement saying") nor a preposition's object ("with prosecution witnesses testifying").
  const start = from + group.index + group[0].length - group[1].length + (group[1].length - phrase.length);
  const inside = s.tokens.filter((t) => t.start >= start && t.end <= start + phrase.length);
  // ...nor a phrase with a preposition after anything but a group ("Forbes shot back in an article",
  // "with the combined company"; "members of Congress", "attorneys for the department" are groups).
  const misplaced = (k: number) => inside[k].pos === 'ADP' && inside[k].text.toLowerCase() !== 'of' && !(k > 0 && isGroupNoun(inside[k - 1].text.toLowerCase()));
  if (inside[0]?.pos === 'ADP' || inside.some((t, k) => t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON' || misplaced(k))) return null;
  // "the ver.di union says", its sentence split at the point inside "ver.di": the whole word, not "di union".
  return organisationOfKind(c, start, phrase) ?? c.body.slice(wordStart(c.body, start), start) + phrase;
}

/** Where the word holding `at` starts: before `at` when a sentence break cut it ("ver.di"). */
function wordStart(body: string, at: number): number {
  let k = at;
  while (k > 0 && at - k < 30 && !/[\s(\[“"‘'—–]/.test(body[k - 1])) k--;
  return k > 0 && at - k >= 30 ? at : k;
}

/** A poll's share of the people it asked: "six in 10", "52 percent of registered voters", "a third", "most", "those surveyed". */
const SHARE =
  '(?:(?:about|nearly|almost|roughly|around|only|just|more than|fewer than|less than|at least|over|under)\\s+)?' +
  '(?:(?:\\d+(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)\\s*(?:%|percent|per cent)' +
  '|(?:\\d+|one|two|three|four|five|six|seven|eight|nine)\\s+(?:in|out of)\\s+(?:10|ten|five|four|three)' +
  '|(?:a|one|two)\\s+(?:third|quarter|fifth)s?|half|majorities|a majority|most|many|some|others|few|both' +
  '|those (?:surveyed|polled|questioned|asked|interviewed))';
/** A share as a verb's subject, with what it is a share of: "About four in 10 South Carolina Republican primary voters say". */
const SHARE_BEFORE = new RegExp(`(?:^|[,;:—–]\\s*|\\b(?:${CONJUNCTIONS})\\s+)(${SHARE}(?:\\s+[\\p{L}\\d’'.-]+){0,6}?)\\s*$`, 'iu');

/** A poll's share as the source ("six in 10 said", "most said"), when no one was named. */
function shareBefore(c: Context, s: Sentence, cueStart: number): string | null {
  let before = c.body.slice(s.start, cueStart);
  before = before.slice(0, before.length - (BEFORE_VERB.exec(before)?.[0].length ?? 0));
  const share = SHARE_BEFORE.exec(before);
  if (!share) return null;
  const start = s.start + share.index + share[0].length - share[1].length;
  // Its words are a noun phrase: no verb but a participle before its noun ("registered voters";
  // "those surveyed" is the share itself), no pronoun.
  const inside = s.tokens.filter((t) => t.start >= start && t.end <= cueStart);
  const clause = inside.some((t, k) => {
    if (/^(?:surveyed|polled|questioned|asked|interviewed|those)$/i.test(t.text)) return false;
    return t.pos === 'AUX' || t.pos === 'PRON' || (t.pos === 'VERB' && !(/ed$/.test(t.text) && inside[k + 1]?.pos === 'NOUN'));
  });
  return clause ? null : share[1];
}

/** The subject a coordinated verb or a participle after a comma goes on from: the sentence's first name, outside quotations and prepositions. */
function sharedSubject(c: Context, s: Sentence, cue: Cue): string | null {
  const before = c.body.slice(s.start, cue.start);
  if (!SHARES_SUBJECT.test(before) || (/,\s*$/.test(before) && !/ing$/i.test(cue.word))) return null;
  const subject = subjectIn(c, s.start, cue.start);
  if (subject) return nameOf(c, subject.entity);
  // "He called it a “crystal ball” and said ...": the one the pronoun stands for.
  return /^\s*(?:he|she)\b/i.test(before) ? (referent(c, s.start)?.name ?? null) : null;
}

/**
 * Whether the source may follow its verb: only where the words said come first (", said Smith")
 * or the verb opens the sentence ("Said Smith: ..."). Elsewhere a name after the verb is what was
 * said about ("other leaders said he is an expert", "officials told Smith that").
 */
function inverted(body: string, sentenceStart: number, cueStart: number): boolean {
  return /(?:^|,)\s*$/.test(body.slice(sentenceStart, cueStart));
}

/** Whom "he" or "she" before the verb stands for when its own sentence names a person first: "Putin praised the alliance, which he said ...". */
function pronounInSentence(c: Context, s: Sentence, cue: Cue): string | null {
  const pronoun = PRONOUN_BEFORE.exec(c.body.slice(s.start, cue.start));
  if (!pronoun) return null;
  const subject = subjectIn(c, s.start, s.start + pronoun.index);
  return subject?.entity.type === 'person' ? nameOf(c, subject.entity) : null;
}

/** The person a relative "who" stands for: the one named right before it ("Priebus, who has said he opposes it"). */
function relativeSource(c: Context, s: Sentence, cue: Cue): string | null {
  const before = c.body.slice(s.start, cue.start);
  const who = WHO_BEFORE.exec(before);
  if (!who) return null;
  const at = s.start + who.index;
  const named = mentionsIn(c, s.start, at).pop();
  if (named && named.end === at) return named.entity.type === 'person' ? nameOf(c, named.entity) : null;
  return groupEndingAt(s, at);
}

/** A group named by its role right before `at`: "business leaders who say ...", "voters who said ...". */
function groupEndingAt(s: Sentence, at: number): string | null {
  const k = s.tokens.findIndex((t) => t.end > at) - 1;
  const head = s.tokens[k];
  const word = head?.text.toLowerCase() ?? '';
  if (!head || head.end !== at || head.pos !== 'NOUN' || !isGroupNoun(word)) return null;
  let first = k;
  while (first > 0 && k - first < 3 && ['ADJ', 'NOUN', 'PROPN'].includes(s.tokens[first - 1].pos)) first--;
  return s.tokens.slice(first, k + 1).map((t) => t.text).join(' ');
}

/** Who speaks through a cue: the source after "according to", else the subject the verb goes on from, the name or description beside it, or a group named by its role. */
function speakerOf(c: Context, s: Sentence, cue: Cue, contentOfCue: () => { start: number; end: number }): string | null {
  if (cue.according) return accordingSource(c, cue, s.end);
  const hi = inverted(c.body, s.start, cue.start) ? s.end : cue.end;
  // "..., the race will be tight, said Dan Gerstein, director of ...": when the words said end
  // right before the verb, they are not who said them.
  const wordsBefore = () => {
    const content = contentOfCue();
    // (the stop of an abbreviation may stand between them: "in Springfield, Mo., said Al Quintero").
    return content.end <= cue.start && /^[\s,.]*$/.test(c.body.slice(content.end, cue.start));
  };
  const named = () => sourceAt(c, cue.start, cue.end, wordsBefore() ? cue.start : s.start, hi, s.start);
  const speaker = sharedSubject(c, s, cue) ?? pronounInSentence(c, s, cue) ?? relativeSource(c, s, cue) ?? named() ?? groupBefore(c, s, cue.start) ?? shareBefore(c, s, cue.start);
  return speaker && plausibleSpeaker(c, speaker) ? speaker : null;
}

/** Where the quotation marks of a direct quote starting at `start` open. */
function openingMark(body: string, start: number): number {
  let at = start;
  while (at > 0 && /["“«‘'`]/.test(body[at - 1])) at--;
  return at;
}

/** How many words before a direct quote its own cue and source may take: "..., Trump boasted, “...”", "adding, “...”". */
const QUOTE_CUE_WORDS = 4;

/**
 * Reported words after their cue that end before a direct quote in their sentence, with that
 * quote's own cue and source left out ("―Trump boasted,", ", adding,"); none unless they hold a
 * clause. Words before the cue are not taken: in such a sentence they lead to the quote.
 */
function beforeQuote(body: string, s: Sentence, cue: Cue, content: { start: number; end: number }, quoted: number): { start: number; end: number } {
  const none = { start: content.start, end: content.start };
  if (content.start < cue.end) return none;
  if (content.end <= quoted) return content;
  const inside = s.tokens.filter((t) => t.start >= content.start && t.end <= quoted);
  let verb = inside.length - 1;
  while (verb >= 0 && !(inside[verb].pos === 'VERB' && isSpeechVerb(inside[verb].text) && !SPEAK.test(inside[verb].text))) verb--;
  let end = quoted;
  if (verb >= 0 && inside.length - verb <= QUOTE_CUE_WORDS) {
    let first = verb;
    while (first > 0 && (inside[first - 1].pos === 'PROPN' || inside[first - 1].pos === 'PRON' || /^(?:and|but)$/i.test(inside[first - 1].text))) first--;
    end = inside[first].start;
  }
  const clipped = trimmed(body, content.start, end);
  return hasClause(s, clipped.start, clipped.end, /ing$/i) ? clipped : none;
}

/** Whether a sentence at `start` opens right where the direct quote `q` closes ("“..., how are you?” Miller said pleasantly."). */
function opensAtQuoteEnd(body: string, q: Quote | undefined, start: number): boolean {
  return q !== undefined && /^["”’'»`]*\s*$/.test(body.slice(q.end, start));
}

/**
 * Whether the words a cue reports in the sentence after a direct quote are a statement of their
 * own ("Reid said both Rubio and Cruz are non-entities", "Clinton added that she acted no
 * differently"), not the rest of that quote's attribution: the source and who they are (",” said
 * Tom Burke, who is coming from Grand Rapids"), where, when or how it was said ("during his
 * appearance on Fox and Friends", "pleasantly into the phone", "before Kelly appeared"), or a
 * participle ("quoting Comey’s statement"): words that open with a preposition, an adverb, a
 * conjunction or a participle and hold no finite verb.
 */
function saysAClause(c: Context, s: Sentence, cue: Cue, content: { start: number; end: number }, speaker: string): boolean {
  // "said Tom Burke, who ...": a verb that opens the sentence has its source after it.
  if (cue.start === s.tokens[0]?.start && !cue.according) return false;
  const first = s.tokens.find((t) => t.start >= content.start);
  const aside = first && (['ADP', 'ADV', 'SCONJ', 'CCONJ', 'PART'].includes(first.pos) || /ing$/i.test(first.text));
  if (content.start >= cue.end && aside && !hasClause(s, content.start, content.end)) return false;
  const source = mentionsIn(c, content.start, content.end)[0];
  return !(source?.start === content.start && (source.entity.name === speaker || nameOf(c, source.entity) === speaker));
}

export function reportedSpeech(doc: AnalysisDoc, c: Context, direct: Quote[]): Quote[] {
  const out: Quote[] = [];
  for (const s of doc.sentences) {
    const at = lowerBound(direct, s.start + 1, (q) => q.end);
    const d = direct[at];
    // A sentence with a direct quote reports words only before it: 'Sanders said the process could
    // be messy, adding, “Democracy is messy.”' (a quote that opens the sentence has its cue after it).
    const quoted = d && d.start < s.end ? openingMark(doc.body, d.start) : s.end;
    if (quoted <= s.start) continue;
    // A sentence that opens where a direct quote closes is most often that quote's attribution (read once a cue needs it).
    let attributesQuote: boolean | undefined;
    // Every speech verb of the sentence in turn: the first with a source beside it and words to report wins.
    for (const cue of cuesOf(s)) {
      if (cue.end > quoted) break;
      if (insideQuotation(doc.body, s.start, cue.start) || (!cue.according && !/ing$/i.test(cue.word) && NOT_REPORTING_BEFORE.test(doc.body.slice(Math.max(s.start, cue.start - 30), cue.start)))) continue;
      // The words said, read once and only when needed: where they end may tell where the source is.
      let read: { start: number; end: number } | undefined;
      const contentOfCue = () => (read ??= quoted < s.end ? beforeQuote(doc.body, s, cue, contentOf(c, s, cue), quoted) : contentOf(c, s, cue));
      const speaker = speakerOf(c, s, cue, contentOfCue);
      if (!speaker) continue;
      const content = contentOfCue();
      // "VALENCIA, Spain (Reuters) - Floods ...": the dateline opening the story is not said.
      if (content.start === s.start) content.start += DATELINE.exec(doc.body.slice(s.start, content.end))?.[0].length ?? 0;
      const text = doc.body.slice(content.start, content.end);
      if (words(text) < MIN_CONTENT_WORDS || (content.start >= cue.end && circumstanceOnly(doc.body, s, content))) continue;
      if ((attributesQuote ??= opensAtQuoteEnd(doc.body, direct[at - 1], s.start)) && !saysAClause(c, s, cue, content, speaker)) continue;
      out.push({ text, speaker, direct: false, start: content.start, end: content.end, cue: cue.word });
      break;
    }
  }
  return out;
}
