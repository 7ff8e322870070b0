import { isEnglishWord } from '../../clean/dictionary.js';
import type { Entity, EntityType, Mention } from '../../types.js';
import type { Component, Token } from '../doc.js';
import { CONNECTORS, DEMONYM, KNOWN_ORGS, KNOWN_PLACES, ORG_FOLLOWERS, ORG_WORDS, PERSON_ROLES_BEFORE, PERSON_TITLES, PLACE_BEFORE, PLACE_SUFFIX, SKIP } from './rules.js';

/**
 * Named entities by rules over the tagged tokens: runs of capitalised words (joined across
 * hyphens and inner "of/for/and"), typed by cues around them, then merged into one canonical
 * entity per person or organisation within the report (surnames and acronyms as aliases).
 * A trained recogniser was planned for this component (issue 3) and has not landed: see the
 * entities bench for what these rules reach.
 */
const VERBAL = new Set(['VERB', 'AUX']);
const capitalised = (t: Token) => /^\p{Lu}/u.test(t.text) && /\p{L}/u.test(t.text);

interface Span {
  start: number;
  end: number;
  text: string;
  type: EntityType | null;
}

function spansOf(body: string, tokens: Token[]): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!capitalised(t) || SKIP.test(t.text) || VERBAL.has(t.pos)) {
      i++;
      continue;
    }
    let j = i;
    let joinedName = false; // "Organization for Security and Cooperation in Europe"
    for (;;) {
      const next = tokens[j + 1];
      const after = tokens[j + 2];
      if (!next) break;
      const glued = next.start === tokens[j].end;
      if (glued && next.text === '-' && after && after.start === next.end && /^\p{L}/u.test(after.text)) j += 2;
      else if (glued && next.text === '.' && tokens[j].text.length <= 3 && after && capitalised(after)) j += 2; // St. Petersburg
      else if (capitalised(next) && !SKIP.test(next.text) && !VERBAL.has(next.pos)) j++; // headlines: "Putin Congratulates Tokayev"
      else if (CONNECTORS.has(next.text) && after && capitalised(after) && !SKIP.test(after.text) && ((next.text === 'of' || next.text === 'for' || next.text === 'de') || joinedName)) {
        joinedName = true;
        j += 2;
      }
      else break;
    }
    // Leading titles and demonyms are not part of the name: "Russian President Vladimir Putin".
    let s = i;
    let titled = false;
    while (s < j && (PERSON_TITLES.has(tokens[s].text.toLowerCase().replace(/\.$/, '')) || (DEMONYM.test(tokens[s].text) && s + 1 <= j && PERSON_TITLES.has(tokens[s + 1].text.toLowerCase())))) {
      if (PERSON_TITLES.has(tokens[s].text.toLowerCase().replace(/\.$/, ''))) titled = true;
      s++;
    }
    // A sentence-initial common word ("During", "With") is not a name.
    const first = tokens[s];
    const initial = s === 0 || /^[.!?"“]$/.test(tokens[s - 1].text);
    if (initial && s === j && (isEnglishWord(first.text) || isEnglishWord(first.text.replace(/s$/, ''))) && (first.pos !== 'PROPN' || /s$/.test(first.text))) {
      i = j + 1;
      continue;
    }
    if (initial && s < j && isEnglishWord(first.text) && first.pos !== 'PROPN' && !ORG_WORDS.has(first.text.toLowerCase())) s++;
    let end = tokens[j].end;
    let text = body.slice(tokens[s].start, end);
    if (/['’]s$/.test(text)) (text = text.slice(0, -2)), (end -= 2);
    if (text.length > 1) spans.push({ start: tokens[s].start, end, text, type: titled ? 'person' : null });
    i = j + 1;
  }
  return spans;
}

function typeOf(span: Span, body: string): EntityType {
  if (span.type) return span.type;
  const words = span.text.split(/[\s-]+/);
  const lower = span.text.toLowerCase();
  const before = body.slice(Math.max(0, span.start - 40), span.start);
  const after = body.slice(span.end, span.end + 30).replace(/^['’]s?\s*/, '').trimStart();
  if (DEMONYM.test(words[words.length - 1]) && !KNOWN_PLACES.has(lower)) return 'other';
  if (KNOWN_ORGS.has(lower) || words.some((w) => ORG_WORDS.has(w.toLowerCase())) || ORG_FOLLOWERS.test(after)) return 'organization';
  if (/^\p{Lu}{2,6}$/u.test(span.text)) return 'organization';
  if (KNOWN_PLACES.has(lower) || (words.length <= 2 && PLACE_SUFFIX.test(lower))) return 'place';
  if (PERSON_ROLES_BEFORE.test(before) || /^,?\s*(who|\d{1,3},)/.test(after)) return 'person';
  if (PLACE_BEFORE.test(before)) return 'place';
  if (/^(said|says|told|added)\b/.test(after)) return 'person';
  if (DEMONYM.test(span.text) && words.length <= 2) return 'other';
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) ? 'person' : 'other';
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => !CONNECTORS.has(w))
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}

export const recognizeEntities: Component = (doc) => {
  const spans = doc.sentences.flatMap((s) => spansOf(doc.body, s.tokens));
  const typed = spans.map((s) => ({ ...s, type: typeOf(s, doc.body) }));
  // Places joined by "and"/"," to a place are places too ("in Almaty and Nur-Sultan").
  for (let k = 1; k < typed.length; k++) {
    const gap = doc.body.slice(typed[k - 1].end, typed[k].start);
    if (typed[k - 1].type === 'place' && /^\s*(and|or|,)\s*$/.test(gap) && typed[k].type !== 'organization') typed[k].type = 'place';
  }
  // Canonical entities: the longest form; a surname or an acronym is an alias of it.
  const entities: Entity[] = [];
  const byName = new Map<string, Entity>();
  const votes = new Map<Entity, Map<EntityType, number>>();
  const ordered = [...typed].sort((a, b) => b.text.length - a.text.length);
  for (const s of ordered) {
    let e = byName.get(s.text);
    if (!e) {
      e = entities.find(
        (x) =>
          (s.text.split(/\s+/).length === 1 && x.name.split(/\s+/).length > 1 && x.type === 'person' && x.name.split(/\s+/).pop() === s.text) ||
          (/^\p{Lu}{2,6}$/u.test(s.text) && initials(x.name) === s.text),
      );
      if (e && !e.aliases.includes(s.text)) e.aliases.push(s.text);
    }
    if (!e) {
      e = { name: s.text, type: s.type, aliases: [], mentions: [] };
      entities.push(e);
    }
    byName.set(s.text, e);
    const m: Mention = { start: s.start, end: s.end, text: doc.body.slice(s.start, s.end) };
    e.mentions.push(m);
    const v = votes.get(e) ?? new Map<EntityType, number>();
    v.set(s.type, (v.get(s.type) ?? 0) + (s.type === 'other' ? 0.2 : 1));
    votes.set(e, v);
  }
  for (const e of entities) {
    e.type = [...votes.get(e)!].sort((a, b) => b[1] - a[1])[0][0];
    e.mentions.sort((a, b) => a.start - b.start);
  }
  doc.entities = entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
};
