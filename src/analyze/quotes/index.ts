import type { Entity, Quote } from '../../types.js';
import type { AnalysisDoc, Component } from '../doc.js';
import { isSpeechVerb } from './lexicon.js';

/**
 * Who said what. Direct quotes are spans between quotation marks (several sentences, and
 * paragraphs that continue a quote), scare quotes of one to three words left out; reported
 * speech is a sentence with a speech verb next to a named source. The speaker is the named
 * entity attributed next to the quote ("..., Putin said"; "X's press service was quoted as
 * saying"; "Monitors from the OSCE said "..."), or the last person named when a pronoun speaks.
 */
const OPEN = /["“«]/g;
const CLOSE_FOR: Record<string, RegExp> = { '"': /"/, '“': /[”"]/, '«': /»/ };
const PRONOUN = /\b(he|she|they|him|her|them)\b/i;

interface Mention {
  start: number;
  end: number;
  entity: Entity;
}

function mentionsOf(doc: AnalysisDoc): Mention[] {
  return doc.entities
    .filter((e) => e.type === 'person' || e.type === 'organization')
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, entity: e })))
    .sort((a, b) => a.start - b.start);
}

function findCue(text: string): { index: number; word: string } | null {
  for (const m of text.matchAll(/\p{L}+/gu)) if (isSpeechVerb(m[0].toLowerCase())) return { index: m.index!, word: m[0] };
  const acc = /according to/i.exec(text);
  return acc ? { index: acc.index, word: 'according to' } : null;
}

function lastPersonBefore(mentions: Mention[], at: number): Entity | null {
  for (let i = mentions.length - 1; i >= 0; i--) if (mentions[i].end <= at && mentions[i].entity.type === 'person') return mentions[i].entity;
  return null;
}

/** The speaker of a quote at [start, end): the attribution after it, else the one before it. */
function speakerOf(body: string, start: number, end: number, mentions: Mention[]): { speaker: string | null; cue?: string } {
  const paragraphEnd = body.indexOf('\n\n', end) < 0 ? body.length : body.indexOf('\n\n', end);
  const afterEnd = Math.min(paragraphEnd, end + 160, (body.slice(end + 1).search(/[.!?](\s|$)/) + end + 2) || paragraphEnd);
  const after = body.slice(end, afterEnd);
  const cueAfter = findCue(after);
  if (cueAfter && cueAfter.index < 80) {
    const named = mentions.find((m) => m.start >= end && m.end <= afterEnd);
    if (named) return { speaker: named.entity.name, cue: cueAfter.word };
    if (PRONOUN.test(after)) return { speaker: lastPersonBefore(mentions, start)?.name ?? null, cue: cueAfter.word };
  }
  const paragraphStart = body.lastIndexOf('\n\n', start) + 1;
  const before = body.slice(paragraphStart, start);
  const cueBefore = findCue(before.slice(-160));
  if (cueBefore) {
    const cueAt = paragraphStart + Math.max(0, before.length - 160) + cueBefore.index;
    const named = mentions.filter((m) => m.start >= paragraphStart && m.end <= cueAt).pop() ?? mentions.find((m) => m.start >= cueAt && m.end <= start);
    if (named) return { speaker: named.entity.name, cue: cueBefore.word };
    if (PRONOUN.test(before)) return { speaker: lastPersonBefore(mentions, start)?.name ?? null, cue: cueBefore.word };
  }
  return { speaker: null };
}

function directQuotes(doc: AnalysisDoc, mentions: Mention[]): Quote[] {
  const body = doc.body;
  const quotes: Quote[] = [];
  let from = 0;
  for (;;) {
    OPEN.lastIndex = from;
    const open = OPEN.exec(body);
    if (!open) break;
    const mark = open[0];
    let start = open.index + 1;
    let end = -1;
    let cursor = start;
    // A quote runs to its closing mark; a paragraph that ends inside it continues when the next opens with a mark.
    for (;;) {
      const paragraphEnd = body.indexOf('\n\n', cursor) < 0 ? body.length : body.indexOf('\n\n', cursor);
      const close = body.slice(cursor, paragraphEnd).search(CLOSE_FOR[mark]);
      if (close >= 0) {
        end = cursor + close;
        break;
      }
      const next = paragraphEnd + 2;
      if (paragraphEnd < body.length && /["“«]/.test(body[next] ?? '')) cursor = next + 1;
      else break;
    }
    if (end < 0) {
      from = start;
      continue;
    }
    from = end + 1;
    const text = body.slice(start, end);
    if (text.trim().split(/\s+/).length <= 3) continue; // scare quotes: "brotherly", "foreign agent"
    const { speaker, cue } = speakerOf(body, start - 1, end + 1, mentions);
    quotes.push({ text, speaker, direct: true, start, end, ...(cue && { cue }) });
  }
  return quotes;
}

function reportedSpeech(doc: AnalysisDoc, mentions: Mention[], direct: Quote[]): Quote[] {
  const out: Quote[] = [];
  for (const s of doc.sentences) {
    if (direct.some((q) => q.start < s.end && q.end > s.start)) continue;
    // Every speech verb of the sentence, the first with a named source beside it wins.
    let found: { cue: (typeof s.tokens)[number]; speaker: Mention } | null = null;
    for (let k = 0; k < s.tokens.length && !found; k++) {
      const cue = s.tokens[k];
      const word = cue.text.toLowerCase();
      if (cue.pos !== 'VERB' || !isSpeechVerb(word)) continue;
      if (/^(rul|maintain|point|post|continu|charg|shot|shoot)/.test(word) && s.tokens[k + 1]?.text.toLowerCase() !== 'that') continue; // usually not speech
      const gap = (m: Mention) => Math.min(Math.abs(m.end - cue.start), Math.abs(m.start - cue.end));
      const near = mentions.filter((m) => m.start >= s.start && m.end <= s.end && gap(m) <= 30).sort((a, b) => gap(a) - gap(b));
      if (near.length) found = { cue, speaker: near[0] };
    }
    if (!found) continue;
    const { cue, speaker } = found;
    out.push({ text: doc.body.slice(s.start, s.end), speaker: speaker.entity.name, direct: false, start: s.start, end: s.end, cue: cue.text });
  }
  return out;
}

/**
 * '"First part," he said, "second part."' is one quotation interrupted by its attribution:
 * joined into one quote (its text keeps the attribution between the parts).
 */
function joinInterrupted(body: string, quotes: Quote[]): Quote[] {
  const out: Quote[] = [];
  for (const q of quotes) {
    const prev = out[out.length - 1];
    const gap = prev ? body.slice(prev.end, q.start) : '';
    if (prev && gap.length <= 60 && !gap.includes('\n') && /^["”»]?\s*,?[^.!?]*,\s*["“«]$/.test(gap) && findCue(gap) && (prev.speaker === q.speaker || !q.speaker)) {
      out[out.length - 1] = { ...prev, end: q.end, text: body.slice(prev.start, q.end) };
    } else out.push(q);
  }
  return out;
}

export const findQuotes: Component = (doc) => {
  const mentions = mentionsOf(doc);
  const direct = joinInterrupted(doc.body, directQuotes(doc, mentions));
  doc.quotes = [...direct, ...reportedSpeech(doc, mentions, direct)].sort((a, b) => a.start - b.start);
};
