import type { Entity, Quote } from '../../types.js';
import type { AnalysisDoc, Component } from '../doc.js';
import { lowerBound } from '../spans.js';
import { REPRESENTATIVE_NOUNS, TITLES, isSpeechVerb } from './lexicon.js';

/**
 * Who said what. Direct quotes are spans between quotation marks (several sentences, and
 * paragraphs that continue a quote) that open a sentence or follow their attribution ("he
 * said:", "Smith said, “..."); a quoted phrase inside the reporter's own clause ("she says
 * Trump is “temperamentally unfit”") is a partial quote of reported speech, and a quoted
 * phrase of one to three words is a scare quote or a title unless a speech verb introduces it.
 * Reported speech is a sentence with a speech verb next to a named source. The speaker is the
 * named entity attributed next to the quote ("..., Putin said"; "X's press service was quoted
 * as saying"; "Monitors from the OSCE said "..."), or the last person named when a pronoun speaks.
 */
const OPEN = /["“«]/g;
const CLOSE_FOR: Record<string, RegExp> = { '"': /"/, '“': /[”"]/, '«': /»/ };
const PRONOUN = /\b(he|she|they|him|her|them)\b/i;
/** Words after which a quoted phrase belongs to the reporter's clause, not to an attribution. */
const CLAUSE_WORDS = /\b(?:that|because|if|as|including|whether|whom?|which)\b/i;
/** A sentence end, not the point of a title or an initial ("Mr. Obama", "N.C."). */
const SENTENCE_END = /(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Sgt|Capt|Adm|St|Jr|Sr|Rev|Prof|Mt|Ft|No|Vol|Inc|Corp|Co|[A-Z]))[.!?](?:\s|$)/;
/** How far an attribution reaches from its quote, in characters. */
const REACH = 160;
/** How far after a quote its speech verb may be: past a name and two appositions ("..., Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said"). */
const CUE_AFTER_REACH = 120;

interface Mention {
  start: number;
  end: number;
  entity: Entity;
}

/** What the analysis of one body needs at hand: mentions sorted by start, paragraph breaks. */
interface Context {
  body: string;
  mentions: Mention[];
  persons: Mention[];
  /** Offsets of every blank line ("\n\n"), ascending. */
  breaks: number[];
  /** The direct quotations found so far, in text order. */
  quotes: Quote[];
  /** Those attributed by words after them ("...," she said): no continuation of the one before. */
  attributedAfter: WeakSet<Quote>;
  /** Person entities by the last word of their name (the last one named wins). */
  bySurname: Map<string, string>;
  /** Where each sentence starts, ascending. */
  sentenceStarts: number[];
}

function contextOf(doc: AnalysisDoc): Context {
  const mentions = doc.entities
    .filter((e) => e.type === 'person' || e.type === 'organization')
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, entity: e })))
    .sort((a, b) => a.start - b.start);
  const breaks: number[] = [];
  for (let i = doc.body.indexOf('\n\n'); i >= 0; i = doc.body.indexOf('\n\n', i + 1)) breaks.push(i);
  const persons = mentions.filter((m) => m.entity.type === 'person');
  const bySurname = new Map<string, string>();
  for (const m of persons) {
    const words = m.entity.name.split(' ');
    if (!TITLES.has(words[0].toLowerCase().replace(/\.$/, ''))) bySurname.set(words[words.length - 1], m.entity.name);
  }
  const sentenceStarts = doc.sentences.map((x) => x.start);
  return { body: doc.body, mentions, persons, breaks, quotes: [], attributedAfter: new WeakSet(), bySurname, sentenceStarts };
}

/** Where the paragraph holding `at` ends (its blank line), or the end of the body. */
function paragraphEnd(c: Context, at: number): number {
  const i = lowerBound(c.breaks, at, (b) => b);
  return i < c.breaks.length ? c.breaks[i] : c.body.length;
}

/** Where the paragraph holding `at` starts. */
function paragraphStart(c: Context, at: number): number {
  const i = lowerBound(c.breaks, at + 1, (b) => b) - 1;
  return i >= 0 ? c.breaks[i] + 1 : 0;
}

/** Mentions inside [from, to), in text order. */
function mentionsIn(c: Context, from: number, to: number): Mention[] {
  const out: Mention[] = [];
  for (let i = lowerBound(c.mentions, from, (m) => m.start); i < c.mentions.length && c.mentions[i].start < to; i++) {
    if (c.mentions[i].end <= to) out.push(c.mentions[i]);
  }
  return out;
}

/**
 * Where the last sentence of `text` ends: its last full stop, question or exclamation mark,
 * when a space follows it (after a closing quotation mark, if any); -1 when none does.
 */
function lastSentenceEnd(text: string): number {
  const i = Math.max(text.lastIndexOf('.'), text.lastIndexOf('!'), text.lastIndexOf('?'));
  if (i < 0) return -1;
  const j = '"”’'.includes(text[i + 1] ?? 'x') ? i + 2 : i + 1;
  return j < text.length && /\s/.test(text[j]) ? i : -1;
}

/** Whether `at` lies inside a quotation found so far. */
function quoted(c: Context, at: number): boolean {
  const q = c.quotes[lowerBound(c.quotes, at + 1, (x) => x.end)];
  return q !== undefined && q.start <= at;
}

/**
 * Speech verbs are written in lower case ("the DNC Rules Committee" has no cue in it), or
 * capitalised where they open a sentence before their source ("Said Ellis: ...").
 */
const CUE_WORD = /\p{Ll}+|(?<=(?:^|[.!?]["”’]?\s+|\n))\p{Lu}\p{Ll}+/gu;

/** Every speech verb of `text` (not inside a longer word), in order. */
function* cues(text: string): Generator<{ index: number; word: string }> {
  for (const m of text.matchAll(CUE_WORD)) {
    if (/\p{L}/u.test(text[m.index! - 1] ?? '')) continue;
    const word = m[0].toLowerCase();
    if (isSpeechVerb(word) && !NOUN_BEFORE.test(text.slice(Math.max(0, m.index! - 16), m.index!))) yield { index: m.index!, word: m[0] };
  }
}
/** A determiner or a number before a speech verb's form makes it a noun: "a dozen states", "the reports", "his remarks". */
const NOUN_BEFORE = /\b(?:the|a|an|these|those|his|her|its|their|our|some|many|several|all|both|other|dozen|\d+)\s+$/i;

function findCue(text: string): { index: number; word: string } | null {
  for (const cue of cues(text)) return cue;
  const acc = /according to/i.exec(text);
  return acc ? { index: acc.index, word: 'according to' } : null;
}

function lastCue(text: string): { index: number; word: string } | null {
  let last: { index: number; word: string } | null = null;
  for (const cue of cues(text)) last = cue;
  const acc = text.lastIndexOf('ccording to');
  if (acc > 0 && (!last || acc > last.index)) last = { index: acc - 1, word: 'according to' };
  return last;
}

function lastPersonBefore(c: Context, at: number): Entity | null {
  for (let i = lowerBound(c.persons, at, (m) => m.start) - 1; i >= 0; i--) if (c.persons[i].end <= at) return c.persons[i].entity;
  return null;
}

/** The index of the sentence holding `at`. */
function sentenceAt(c: Context, at: number): number {
  return lowerBound(c.sentenceStarts, at + 1, (x) => x) - 1;
}

/** The first person named in [from, to) outside quotations: a sentence's subject, most often. */
function firstPersonIn(c: Context, from: number, to: number): Entity | null {
  for (let i = lowerBound(c.persons, from, (m) => m.start); i < c.persons.length && c.persons[i].start < to; i++) {
    if (!quoted(c, c.persons[i].start)) return c.persons[i].entity;
  }
  return null;
}

/**
 * Whom "he" or "she" of a quote at `at` stands for: the subject of a sentence before the quote's,
 * the nearest that names a person ("..., Obama said after meeting Vladimir Putin. He added: “...”"
 * is Obama speaking), else the last person named.
 */
function referent(c: Context, at: number): Entity | null {
  const own = sentenceAt(c, at);
  for (let k = own - 1; k >= Math.max(0, own - 2); k--) {
    const subject = firstPersonIn(c, c.sentenceStarts[k], c.sentenceStarts[k + 1]);
    if (subject) return subject;
  }
  return lastPersonBefore(c, at);
}

/** Words that may stand between a source and its speech verb: "Trump has also said", "he did not say", "Rep. Gwen Moore (D-Wis.) said". */
const BETWEEN_SOURCE_AND_CUE =
  /(?:\s+\([^()\n]{1,30}\)|\s+(?:has|had|have|was|is|were|would|will|could|should|may|might|must|can|cannot|did|does|do|not|never|(?:did|does|do|wo|would|could|ca)n['’]t|also|then|later|once|previously|recently|repeatedly|again|further|quickly|simply|often|told|\p{Ll}+ly))*\s*$/u;
/** One or two appositions between a source and its verb: "Flynn, a top Trump surrogate, said", "Pruitt, the attorney general of Oklahoma, one of the states suing, said". */
const APPOSITION = /,\s*[^,“”"\n]{2,100}(?:,\s*[^,“”"\n]{2,100})?,\s*$/;
/** A proper name: capitalised words (with initials and inner particles), at the end of a text. */
const NAME_BEFORE = /(?:\p{Lu}[\p{L}’'.-]*\s+(?:(?:de|van|von|der|da|del|la|al|bin)\s+)?){0,4}\p{Lu}[\p{L}’'-]*\p{L}$/u;
const NAME_AFTER = /^(?:\p{Lu}[\p{L}’'.-]*(?:\s+(?:(?:de|van|von|der|da|del|la|al|bin)\s+)?|$)){1,5}/u;
/** A source described rather than named: "the announcer", "the ad’s narrator", "a senior aide". */
const DESCRIPTION_BEFORE = /(?:^|[\s,(])((?:the|a|an|one|his|her|their|its)\s+(?:[\p{L}’'-]+\s+){0,3}\p{Ll}[\p{Ll}’'-]+)$/iu;
const DESCRIPTION_AFTER = /^\s+((?:the|a|an|one|his|her|their|its)\s+(?:[\p{L}’'-]+\s+){0,3}\p{Ll}[\p{Ll}’'-]+)(?=\s*(?:[,.;:]|$|\s+(?:in|on|at|of|who|during|after|before|while|when|about|to)\b))/iu;
const SPEAKING_PRONOUN = /\b(he|she|they|i|we)$/i;
/** Speech verbs whose object is the one spoken to. */
const ADDRESSING = /^(?:tell|tells|told|telling)$/i;

/**
 * A description up to its verb: "The Vermont senator emailed supporters" is the senator. A word
 * in -ed after the first noun ends it ("the retired general" keeps its adjective).
 */
function nounPhrase(description: string): string {
  const words = description.split(/\s+/);
  const verb = words.findIndex((w, k) => k >= 2 && /\p{Ll}ed$/u.test(w));
  return verb > 0 ? words.slice(0, verb).join(' ') : description;
}
/** A source that speaks for a name: "Tokayev's campaign website", "Zheleznyak’s press service". */
const REPRESENTED = /((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}+)$/u;
/** A pull quote signed after a dash: “...” ― Jane Doe. */
const SIGNATURE = /^["”»]?\s*[,.]?\s*[―—–]\s*/;

/** Capitalised words that open sentences and name no one: pronouns, days and months ("Rep. Moore (D-Wis.) said Friday."). */
const NOT_A_NAME =
  /^(?:he|she|it|they|we|you|this|that|these|those|there|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)\.?$/i;

/** An entity's name as a speaker: "Mayor Stone" is the "Bob Stone" named elsewhere in the report. */
function nameOf(c: Context, entity: Entity): string {
  const words = entity.name.split(/\s+/);
  if (words.length < 2 || !TITLES.has(words[0].toLowerCase().replace(/\.$/, ''))) return entity.name;
  return resolveName(c, entity.name, -1) ?? entity.name;
}

/** A proper-name run as a speaker: the entity it names (by its surname), else the run itself. */
function resolveName(c: Context, run: string, at: number): string | null {
  const words = run.replace(/['’]s$/, '').split(/\s+/).filter(Boolean);
  while (words.length > 1 && TITLES.has(words[0].toLowerCase().replace(/\.$/, ''))) words.shift();
  if (!words.length || (words.length === 1 && (TITLES.has(words[0].toLowerCase().replace(/\.$/, '')) || words[0].length < 2 || NOT_A_NAME.test(words[0])))) return null;
  const covering = at >= 0 ? c.mentions[lowerBound(c.mentions, at + 1, (m) => m.start) - 1] : undefined;
  if (covering && covering.end > at && covering.entity.name.split(/\s+/).length >= words.length) return covering.entity.name;
  const last = words[words.length - 1];
  return c.bySurname.get(last) ?? words.join(' ');
}

/** The mention ending right at `at` (a name written just before a verb). */
function mentionEndingAt(c: Context, at: number): Mention | undefined {
  const i = lowerBound(c.mentions, at, (m) => m.start) - 1;
  for (let k = i; k >= 0 && k >= i - 3; k--) if (c.mentions[k].end === at || (c.mentions[k].end === at - 2 && /['’]s$/.test(c.body.slice(at - 2, at)))) return c.mentions[k];
  return undefined;
}

/**
 * The source written next to a speech verb at [cueStart, cueEnd): right before it ("Chuck
 * Jordan said", "Flynn, a top surrogate, said", "the announcer said", "he said") or right after
 * it ("said Robert McAtee", "says the ad’s narrator"); `lo` and `hi` bound the search.
 */
function sourceAt(c: Context, cueStart: number, cueEnd: number, lo: number, hi: number, quoteStart: number): string | null {
  const body = c.body;
  let before = body.slice(Math.max(lo, cueStart - 160), cueStart);
  before = before.slice(0, before.length - (BETWEEN_SOURCE_AND_CUE.exec(before)?.[0].length ?? 0));
  const apposition = APPOSITION.exec(before);
  const candidates = apposition ? [before, before.slice(0, apposition.index)] : [before];
  for (const text of candidates) {
    const at = cueStart - (body.slice(Math.max(lo, cueStart - 160), cueStart).length - text.length);
    // "Zheleznyak’s press service", "Tokayev's campaign website": who they speak for.
    const representative = REPRESENTED.exec(text);
    if (representative && REPRESENTATIVE_NOUNS.has(representative[2].toLowerCase())) {
      const speaker = resolveName(c, representative[1], at - representative[0].length);
      if (speaker) return speaker;
    }
    const mention = mentionEndingAt(c, at);
    if (mention && !quoted(c, mention.start)) return nameOf(c, mention.entity);
    const name = NAME_BEFORE.exec(text);
    if (name) {
      const speaker = resolveName(c, name[0], at - name[0].length);
      if (speaker) return speaker;
    }
  }
  const pronoun = SPEAKING_PRONOUN.exec(before);
  if (pronoun) return /^(?:he|she)$/i.test(pronoun[1]) ? (referent(c, quoteStart)?.name ?? null) : null;
  const description = DESCRIPTION_BEFORE.exec(before);
  // "told his supporters", "telling the crowd": who is told is not who speaks.
  if (ADDRESSING.test(body.slice(cueStart, cueEnd))) return description ? nounPhrase(description[1]) : null;
  const after = body.slice(cueEnd, Math.min(hi, cueEnd + 100));
  const lead = /^\s+/.exec(after)?.[0].length ?? 0;
  // "said Sen. John Mica": only title words between the verb and the name.
  const following = mentionsIn(c, cueEnd, Math.min(hi, cueEnd + lead + 30))[0];
  if (following && !quoted(c, following.start) && /^\s*(?:\p{Lu}[\p{L}.]*\s+)*$/u.test(body.slice(cueEnd, following.start))) return nameOf(c, following.entity);
  const nameAfter = NAME_AFTER.exec(after.slice(lead));
  if (nameAfter) {
    const speaker = resolveName(c, nameAfter[0].trim(), cueEnd + lead);
    if (speaker) return speaker;
  }
  if (/^\s+(?:he|she)\b/i.test(after)) return referent(c, quoteStart)?.name ?? null;
  const describedAfter = DESCRIPTION_AFTER.exec(after);
  if (description) return nounPhrase(description[1]);
  if (describedAfter) return describedAfter[1];
  return null;
}

/** A preposition right before a name: the name is its object, not a clause's subject ("worried about a lack of passion for Hillary Clinton"). */
const PREPOSITION_BEFORE = /\b(?:of|for|about|with|to|from|by|against|among|at|in|on|over|after|before)\s+(?:the\s+|Mr\.\s+|Mrs\.\s+|Ms\.\s+)?$/i;

/** The subject of the text in [from, to): its first name outside quotations that is no preposition's object. */
function subjectIn(c: Context, from: number, to: number): Mention | undefined {
  return mentionsIn(c, from, to).find((m) => !quoted(c, m.start) && !PREPOSITION_BEFORE.test(c.body.slice(Math.max(from, m.start - 24), m.start)));
}

/** A name after a speech verb and a preposition is no speaker: "speaking of Clinton’s health", "said after meeting Putin". */
const OBJECT_OF_PREPOSITION = /^\s*(?:of|about|on|to|with|for|at|after|before|in)\b/i;

/**
 * Whether a speech verb speaks for the subject of its sentence, the first named in it: a
 * participle after a comma ("Weaver was not impressed with Sanders’ remarks, telling reporters,
 * “...”") or a verb after "when" ("Le Pen told CNN when asked, “...”").
 */
function speaksForSubject(beforeCue: string, cue: string): boolean {
  return (/ing$/i.test(cue) && /,\s*$/.test(beforeCue)) || /\b(?:when|after|as|once|if)\s+$/i.test(beforeCue);
}

/** The speaker of a quote at [start, end): the attribution after it, else the one before it. */
function speakerOf(c: Context, start: number, end: number): { speaker: string | null; cue?: string; after?: boolean } {
  const body = c.body;
  const paragraphStop = paragraphEnd(c, end);
  const signature = SIGNATURE.exec(body.slice(end - 1, end + 8));
  if (signature) {
    const at = end - 1 + signature[0].length;
    const name = NAME_AFTER.exec(body.slice(at, Math.min(paragraphStop, at + 60)));
    const speaker = name ? resolveName(c, name[0].trim(), at) : null;
    if (speaker) return { speaker };
  }
  const sentenceEnd = body.slice(end + 1, end + 1 + REACH).search(SENTENCE_END);
  const lineEnd = body.indexOf('\n', end);
  // An attribution after a quote is in its sentence, and on its line.
  const afterEnd = Math.min(paragraphStop, end + REACH, sentenceEnd >= 0 ? end + 2 + sentenceEnd : Infinity, lineEnd >= 0 ? lineEnd : Infinity);
  const after = body.slice(end, afterEnd);
  const cueAfter = findCue(after);
  if (cueAfter && cueAfter.index < CUE_AFTER_REACH) {
    const cueAt = end + cueAfter.index;
    const source = sourceAt(c, cueAt, cueAt + cueAfter.word.length, end, afterEnd, start);
    if (source) return { speaker: source, cue: cueAfter.word, after: true };
    const named = mentionsIn(c, end, afterEnd)[0];
    if (named) return { speaker: named.entity.name, cue: cueAfter.word, after: true };
    if (PRONOUN.test(after)) return { speaker: referent(c, start)?.name ?? null, cue: cueAfter.word, after: true };
  }
  const from = paragraphStart(c, start);
  const windowStart = Math.max(from, start - REACH);
  const before = body.slice(windowStart, start);
  const cueBefore = lastCue(before);
  // "Rubio fired back: “...”", "- Philip Bump: “...”": a colon with no speech verb in its sentence
  // introduces the words of the sentence's subject, the first named in it.
  if (/:\s*$/.test(before)) {
    const own = Math.max(from, c.sentenceStarts[sentenceAt(c, start - 1)] ?? from);
    if (!cueBefore || windowStart + cueBefore.index < own) {
      const subject = subjectIn(c, own, start);
      if (subject) return { speaker: nameOf(c, subject.entity) };
    }
  }
  if (cueBefore) {
    const cueAt = windowStart + cueBefore.index;
    const cueEnd = cueAt + cueBefore.word.length;
    const sentenceStart = Math.max(from, windowStart + (lastSentenceEnd(before.slice(0, cueBefore.index)) + 1));
    // The cue of the quotation before, in the same sentence as it ("“...,” Mr. Obama said at the
    // gala, where Mrs. Clinton also spoke. “...”"): this one goes on with that one's speaker.
    const prev = c.quotes[c.quotes.length - 1];
    if (prev?.speaker && c.attributedAfter.has(prev) && cueAt >= prev.end && sentenceAt(c, cueAt) === sentenceAt(c, prev.end - 1)) return { speaker: prev.speaker };
    if (speaksForSubject(before.slice(0, cueBefore.index), cueBefore.word)) {
      const own = c.sentenceStarts[sentenceAt(c, cueAt)] ?? sentenceStart;
      const subject = subjectIn(c, Math.max(from, own), cueAt);
      if (subject) return { speaker: nameOf(c, subject.entity), cue: cueBefore.word };
    }
    const source = sourceAt(c, cueAt, cueEnd, sentenceStart, start, start);
    if (source) return { speaker: source, cue: cueBefore.word };
    // "said Smith, “...": the name right after the cue; else the last one before it, outside quotations.
    const following = mentionsIn(c, cueEnd, start)[0];
    const named =
      (following && following.start - cueEnd <= 40 && !OBJECT_OF_PREPOSITION.test(body.slice(cueEnd, following.start)) ? following : undefined) ??
      mentionsIn(c, from, cueAt).filter((m) => !quoted(c, m.start)).pop() ??
      following;
    if (named) return { speaker: named.entity.name, cue: cueBefore.word };
    if (PRONOUN.test(before)) return { speaker: referent(c, start)?.name ?? null, cue: cueBefore.word };
  }
  return { speaker: null };
}

/**
 * How a quotation opens: at the start of a sentence or a paragraph, after its attribution
 * ("said:", "Smith said, ", "declared "), or inside the reporter's own clause (a partial quote).
 */
function opening(body: string, open: number): 'start' | 'cue' | 'partial' {
  const window = body.slice(Math.max(0, open - REACH), open);
  const before = window.slice(window.lastIndexOf('\n') + 1);
  if (!before.trim() || /(?:[.!?…]["”’')\]]*|[—–]|^\W+)\s*$/.test(before)) return 'start';
  if (/:\s*$/.test(before)) return 'cue';
  const sentence = before.slice(Math.max(0, lastSentenceEnd(before) + 1));
  if (/,\s*$/.test(sentence)) {
    const cue = lastCue(sentence);
    if (!cue) return 'partial';
    const between = sentence.slice(cue.index + cue.word.length);
    return between.length <= 60 && !CLAUSE_WORDS.test(between) ? 'cue' : 'partial';
  }
  const word = lastWord(sentence);
  return word && isSpeechVerb(word) ? 'cue' : 'partial';
}

const LETTER = /^\p{L}$/u;

/**
 * The letters right before the white space that ends `text`, or undefined: what
 * /(\p{L}+)\s*$/u captures, read backwards instead of tried at every position.
 */
function lastWord(text: string): string | undefined {
  const end = text.trimEnd().length; // trimEnd drops exactly what \s matches
  let start = end;
  while (start > 0) {
    const low = text.charCodeAt(start - 1);
    const pair = low >= 0xdc00 && low <= 0xdfff && start >= 2 && text.charCodeAt(start - 2) >= 0xd800 && text.charCodeAt(start - 2) <= 0xdbff;
    const width = pair ? 2 : 1;
    if (!LETTER.test(text.slice(start - width, start))) break;
    start -= width;
  }
  return start < end ? text.slice(start, end) : undefined;
}

/** How far back a quotation without attribution of its own looks for the one it continues. */
const CONTINUES_WITHIN = 400;

/**
 * The speaker of the quotation before one that has no attribution of its own, when no one else
 * is named between them: news gives a speaker's next words without saying again who speaks
 * ("“…,” Adelson said during the interview in Macau. “It’s changing every day…”").
 */
function continuedSpeaker(c: Context, start: number): string | null {
  const prev = c.quotes[c.quotes.length - 1];
  if (!prev?.speaker || start - prev.end > CONTINUES_WITHIN) return null;
  const between = mentionsIn(c, prev.end, start).filter((m) => m.entity.type === 'person');
  return between.every((m) => m.entity.name === prev.speaker) ? prev.speaker : null;
}

function directQuotes(c: Context): Quote[] {
  const body = c.body;
  const quotes = c.quotes;
  let from = 0;
  for (;;) {
    OPEN.lastIndex = from;
    const open = OPEN.exec(body);
    if (!open) break;
    const mark = open[0];
    const start = open.index + 1;
    let end = -1;
    let cursor = start;
    // A quote runs to its closing mark; a paragraph that ends inside it continues when the next opens with a mark.
    for (;;) {
      const stop = paragraphEnd(c, cursor);
      const close = body.slice(cursor, stop).search(CLOSE_FOR[mark]);
      if (close >= 0) {
        end = cursor + close;
        break;
      }
      const next = stop + 2;
      if (stop < body.length && /["“«]/.test(body[next] ?? '')) cursor = next + 1;
      else break;
    }
    if (end < 0) {
      from = start;
      continue;
    }
    from = end + 1;
    const text = body.slice(start, end);
    const how = opening(body, open.index);
    if (how === 'partial') continue; // reported speech with a quoted phrase in it
    // Scare quotes and titles: "brotherly", "foreign agent"; but 'he called it "a disgrace."' is speech.
    const short = text.trim().split(/\s+/).length <= 3 && how !== 'cue';
    const found = speakerOf(c, start - 1, end + 1);
    const { cue, after } = found;
    // A quotation that opens its sentence with no attribution of its own continues the last speaker's words.
    const speaker = found.speaker ?? (how === 'start' ? continuedSpeaker(c, start - 1) : null);
    // ...unless a short quotation ends its clause and a speech verb follows: "“I love you,” he said."
    if (short && !(after && /[,!?]$/.test(text))) continue;
    const quote: Quote = { text, speaker, direct: true, start, end, ...(cue && { cue }) };
    quotes.push(quote);
    if (after) c.attributedAfter.add(quote);
  }
  return quotes;
}

function reportedSpeech(doc: AnalysisDoc, c: Context, direct: Quote[]): Quote[] {
  const out: Quote[] = [];
  for (const s of doc.sentences) {
    const d = direct[lowerBound(direct, s.start + 1, (q) => q.end)];
    if (d && d.start < s.end) continue; // the sentence holds a direct quote
    const inSentence = mentionsIn(c, s.start, s.end);
    // Every speech verb of the sentence, the first with a named source beside it wins.
    let found: { cue: (typeof s.tokens)[number]; speaker: Mention } | null = null;
    for (let k = 0; k < s.tokens.length && !found; k++) {
      const cue = s.tokens[k];
      if (cue.pos !== 'VERB') continue;
      const word = cue.text.toLowerCase();
      if (!isSpeechVerb(word)) continue;
      const next = s.tokens[k + 1]?.text.toLowerCase();
      if (/^(rul|maintain|point|post|continu|charg|shot|shoot)/.test(word) && next !== 'that') continue; // usually not speech
      // "regions that the Kremlin has claimed to have annexed", "he is said to be ill": no one's words follow.
      if (next === 'to') continue;
      const gap = (m: Mention) => Math.min(Math.abs(m.end - cue.start), Math.abs(m.start - cue.end));
      const near = inSentence.filter((m) => gap(m) <= 30).sort((a, b) => gap(a) - gap(b));
      if (near.length) found = { cue, speaker: near[0] };
    }
    if (!found) continue;
    const { cue, speaker } = found;
    out.push({ text: doc.body.slice(s.start, s.end), speaker: speaker.entity.name, direct: false, start: s.start, end: s.end, cue: cue.text });
  }
  return out;
}

/**
 * '"First part," he said, "second part."' and '"First part," said Smith. "Second part."' are
 * one quotation interrupted by its attribution: joined into one quote (its text keeps the
 * attribution between the parts).
 */
function joinInterrupted(c: Context, quotes: Quote[]): Quote[] {
  const body = c.body;
  const out: Quote[] = [];
  for (const q of quotes) {
    const prev = out[out.length - 1];
    const gap = prev ? body.slice(prev.end, q.start) : '';
    // A second part with an attribution of its own after it ("“B,” Smith said.") is a quotation of its own.
    const continues = !c.attributedAfter.has(q) || !/[.!?]\s*["“«]$/.test(gap);
    // The attribution between the parts: short, or one sentence that opens with it ("said Peter
    // Morgan, a lawyer for the Sierra Club, who ...").
    const cue = findCue(gap);
    const attribution =
      gap.length <= 120 ? /^["”»]?\s*,?[^.!?]*(?:\.[^.!?]+)*[,.:;]\s*["“«]$/.test(gap) : gap.length <= 240 && cue !== null && cue.index <= 40 && !SENTENCE_END.test(gap.slice(0, -3));
    if (prev && continues && !gap.includes('\n') && attribution && cue && (prev.speaker === q.speaker || !q.speaker)) {
      out[out.length - 1] = { ...prev, end: q.end, text: body.slice(prev.start, q.end) };
    } else out.push(q);
  }
  return out;
}

export const findQuotes: Component = (doc) => {
  const c = contextOf(doc);
  const direct = joinInterrupted(c, directQuotes(c));
  doc.quotes = [...direct, ...reportedSpeech(doc, c, direct)].sort((a, b) => a.start - b.start);
};
