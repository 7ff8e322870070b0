import type { Entity, EntityType, Mention } from '../../types.js';
import type { Component } from '../doc.js';
import { isEnglishWord } from '../../clean/dictionary.js';
import { abbreviates, ACRONYM, LEGAL_FORMS } from './cuts.js';
import { withoutInitials } from './shapes.js';
import { BodyWords } from './body-words.js';
import { otherOccurrences, shortCompanyNames, spansOf } from './spans.js';
import { titleCaseLines } from './title-case.js';
import { initials, initialsWritten, parentheticalAcronyms } from './acronyms.js';
import { articleNames, firstName, NameIndex, namesBeforeLast, personTails, properName, surnameOwners } from './aliases.js';
import { STATE_ABBREVIATIONS, US_STATES } from './rules.js';
import { WELL_KNOWN_SHORT_NAMES } from '../../words.js';

/**
 * Named entities: spans and types from the trained tagger (perceptron.ts, an averaged
 * perceptron over BIO tags trained on CoNLL-2003 by scripts/train-ner.ts), a few rules where
 * modern news needs them (titles left out of names and making people, a name split at a short
 * title inside it, lowercase tails trimmed, an unknown capitalised word after a name joined to
 * it, lone weekdays, months, titles and "I'm" dropped, well-known organisations and names ending
 * in an organisation's word typed, places coordinated with places, other occurrences of a found
 * name added), then one canonical entity per person or organisation within the report
 * (surnames, an organisation's last words and acronyms as aliases), typed by the votes of its
 * mentions. The entities bench measures this combination and the bare tagger.
 *
 * This module composes them: the spans come from spans.ts, organisations' acronyms from
 * acronyms.ts, people's shorter names from aliases.ts; here they become canonical entities.
 */

type Votes = Map<Entity, Map<EntityType, number>>;

/** One mention's vote for its entity's type; "other" (the tagger's least sure type) counts a fifth. */
function vote(votes: Votes, e: Entity, type: EntityType, weight: number): void {
  const v = votes.get(e) ?? new Map<EntityType, number>();
  v.set(type, (v.get(type) ?? 0) + (type === 'other' ? 0.2 : 1) * weight);
  votes.set(e, v);
}

/** The type with the most votes, and its votes (the first met on a tie). */
function winner(votes: Map<EntityType, number>): [EntityType, number] {
  return [...votes].sort((a, b) => b[1] - a[1])[0];
}

/** The share of an entity's votes that went to one type. */
function share(votes: Map<EntityType, number>, type: EntityType): number {
  let all = 0;
  for (const v of votes.values()) all += v;
  return all ? (votes.get(type) ?? 0) / all : 0;
}

export const recognizeEntities: Component = (doc) => {
  const bodyWords = new BodyWords(doc.body);
  const named = spansOf(doc, bodyWords);
  const acronymNames = new Map<string, string>();
  const bracketed = parentheticalAcronyms(doc.body, named, acronymNames);
  const tagged = [...named, ...bracketed, ...initialsWritten(bodyWords, [...named, ...bracketed])];
  const typed = [...tagged, ...otherOccurrences(doc.body, tagged, bodyWords)].sort((a, b) => a.start - b.start);
  // Places joined by "and"/"or" to a place are places too ("in Almaty and Nur-Sultan").
  for (let k = 1; k < typed.length; k++) {
    const gap = doc.body.slice(typed[k - 1].end, typed[k].start);
    if (!/^\s+(and|or)\s+$/.test(gap)) continue;
    if (typed[k - 1].type === 'place' && typed[k].type !== 'organization') typed[k].type = 'place';
    // A state of the United States before "and" a place is one too, whatever the tagger read ("carried North Carolina and Louisiana").
    else if (typed[k].type === 'place' && US_STATES.has(typed[k - 1].text)) typed[k - 1].type = 'place';
  }
  // Canonical entities: the longest form; a surname, an organisation's last words or an acronym
  // is an alias of it (of the earliest made entity it fits: a person of several words with that
  // last word, an organisation ending in those words, "Red Sox" of "Boston Red Sox", or a name
  // with those initials).
  const entities: Entity[] = [];
  const byName = new Map<string, Entity>();
  const byInitials = new Map<string, Entity>();
  /** The shorter names of people and organisations (aliases.ts), each to its entity. */
  const shorter = new NameIndex();
  const votes: Votes = new Map();
  /** Votes of the mentions written as the canonical name itself, when it has several words. */
  const fullVotes: Votes = new Map();
  const surnameOwner = surnameOwners(typed, bodyWords);
  const inTitleCaseLine = titleCaseLines(doc.body);
  /** Names whose surname alone the tagger typed a person, where the surname is no English word ("Cohn", not "Street" or "Miller"). */
  const namedBySurname = new Set<Entity>();
  const ordered = [...typed].sort((a, b) => b.text.length - a.text.length);
  const companies = shortCompanyNames(typed, bodyWords);
  const companyWordOnly = new Set(typed.filter((s) => s.byCompanyWord).map((s) => s.text));
  /** Short names of companies ("Pfizer" of "Pfizer Inc."), whose mentions vote for the type of the full name. */
  const shortNames = new Set<string>();
  for (let s of ordered) {
    let e = byName.get(s.text);
    if (e && e.name !== s.text && !e.aliases.includes(s.text)) e.aliases.push(s.text); // "Donald Trump" of "Donald J. Trump"
    if (!e) {
      const surname = shorter.owner(s);
      const spelled = acronymNames.get(s.text);
      // A mixed-case acronym ("BoE") abbreviates an organisation named before it, "of" given or not ("Bank of England").
      const mixed = spelled === undefined && ACRONYM.test(s.text) && /\p{Ll}/u.test(s.text) && s.text.length <= 5 ? entities.find((o) => o.type === 'organization' && abbreviates(o.name.split(' '), s.text)) : undefined;
      const acronym = (/^\p{Lu}{2,6}$/u.test(s.text) ? byInitials.get(s.text) : undefined) ?? (spelled !== undefined ? byName.get(spelled) : mixed);
      e = surname && acronym ? (entities.indexOf(surname) < entities.indexOf(acronym) ? surname : acronym) : surname ?? acronym;
      // "Halcyon" of "Halcyon Pharmaceuticals Inc.", "Vodafone" of "Vodafone Group Plc", typed as the company whatever the tagger read in it.
      // Of a company the tagger did not see, not a place's mentions: "France" beside "France Telecom" (a person to the tagger).
      const company = e || (s.type === 'place' && companyWordOnly.has(companies.get(s.text) ?? '')) ? undefined : companies.get(s.text);
      if (company !== undefined && byName.has(company) && !shorter.bySurname.has(s.text)) (e = byName.get(company)!), shortNames.add(s.text);
      if (e && !e.aliases.includes(s.text)) e.aliases.push(s.text);
      if (e && s.type === 'person' && e === shorter.bySurname.get(s.text) && !isEnglishWord(s.text)) namedBySurname.add(e);
      // "Mark Felt" of "W. Mark Felt" owns "Felt" for it.
      const last = s.text.slice(s.text.search(/\S+$/));
      if (e && e === shorter.byParticles.get(s.text) && surnameOwner.get(last) === withoutInitials(s.text) && !shorter.bySurname.has(last)) shorter.bySurname.set(last, e);
    }
    if (!e) {
      e = { name: s.text, type: s.type, aliases: [], mentions: [] };
      entities.push(e);
      const words = s.text.split(/\s+/);
      const plain = withoutInitials(s.text);
      if (words.length > 1 && surnameOwner.get(words[words.length - 1]) === plain && !shorter.bySurname.has(words[words.length - 1])) shorter.bySurname.set(words[words.length - 1], e);
      if (s.type === 'person' && properName(words, s, bodyWords, inTitleCaseLine)) personTails(words, e, shorter.byParticles, shorter.byMiddle);
      if (s.type === 'person') namesBeforeLast(words, s, e, shorter.byOtherName, bodyWords, inTitleCaseLine);
      if (s.type === 'person') articleNames(words, e, shorter.byArticleName);
      if (s.type === 'person') firstName(words, e, shorter.byFirstName, bodyWords);
      if (s.type === 'organization' && !words.some((w) => /^\p{Ll}/u.test(w))) {
        // Without its legal form too: "Williams" of "A.L. Williams Corp.", but no legal form alone ("Corp.").
        let stem = words.length;
        while (stem > 1 && LEGAL_FORMS.has(words[stem - 1])) stem--;
        for (const end of stem < words.length ? [words.length, stem] : [words.length])
          for (let k = 1; k < end; k++) {
            const tail = words.slice(k, end).join(' ');
            if (!shorter.byTail.has(tail) && !LEGAL_FORMS.has(tail)) shorter.byTail.set(tail, e);
          }
      }
      const short = initials(s.text);
      if (!byInitials.has(short)) byInitials.set(short, e);
      // "Warren E. Buffett" is also named "Warren Buffett": the name without its middle initials is the same person's.
      if (s.type === 'person' && plain !== s.text && !byName.has(plain)) byName.set(plain, e);
    }
    byName.set(s.text, e);
    const m: Mention = { start: s.start, end: s.end, text: doc.body.slice(s.start, s.end) };
    e.mentions.push(m);
    // A name of several words votes twice: the tagger types "Bernie Sanders" better than the
    // "Sanders" of "the Sanders campaign" (CoNLL eng.testa: F1 0.883 -> 0.886).
    const several = /\s/.test(s.text);
    // A titled mention ("Sen. Cruz") outweighs a few the tagger typed otherwise ("Cruz" an organisation, as in 1996's news).
    vote(votes, e, shortNames.has(s.text) ? e.type : s.type, s.titled ? 4 : several ? 2 : 1);
    if (several && s.text === e.name) vote(fullVotes, e, s.type, 1);
  }
  for (const e of entities) {
    // A full name typed a person at least twice is a person, whatever its surname alone was typed
    // ("Donald Trump" twice a person, "Trump" fourteen times an organisation by a tagger trained on 1996 news).
    const full = fullVotes.has(e) ? winner(fullVotes.get(e)!) : undefined;
    e.type = full?.[0] === 'person' && full[1] >= 2 ? 'person' : winner(votes.get(e)!)[0];
    e.mentions.sort((a, b) => a.start - b.start);
  }
  // "Nate Cohn" typed an organisation and "Cohn" a person: a name and its surname are a person, though the full name's
  // mentions outvote it ("Ted Cruz" a place), unless it ends in a word ("Philip Street", "Jacksonville Jaguars") or
  // the person's votes are few ("Puerto Rico" a place ten times, "Rico" a person once).
  for (const e of namedBySurname) if (share(votes.get(e)!, 'person') >= 0.3) e.type = 'person';
  // "the Clintons", "the Obamas": a family of a person named in the report are people, not an organisation.
  for (const e of entities) {
    const family = /^\p{Lu}\p{Ll}+s$/u.test(e.name) ? shorter.bySurname.get(e.name.slice(0, -1)) : undefined;
    if (family?.type === 'person') e.type = 'person';
  }
  doc.entities = withNamesInFull(withCapitalsJoined(withStormsJoined(entities))).sort((a, b) => a.mentions[0].start - b.mentions[0].start);
};

/** A storm's name alone ("Delia said to weaken") is the storm the report named with its kind ("Hurricane Delia"), no person. */
function withStormsJoined(entities: Entity[]): Entity[] {
  const storms = new Map<string, Entity>();
  for (const e of entities)
    if (/^(?:Hurricane|Typhoon|Cyclone|Storm|Tropical Storm) \p{Lu}\p{Ll}+$/u.test(e.name)) {
      e.type = 'other'; // its name alone, a person's to the tagger, may have outvoted it
      storms.set(e.name.slice(e.name.lastIndexOf(' ') + 1), e);
    }
  if (!storms.size) return entities;
  return entities.filter((e) => {
    const storm = storms.get(e.name);
    if (!storm) return true;
    absorb(storm, e);
    return false;
  });
}

/**
 * A name written in capitals ("VALENCIA, Spain (Reuters) -", a dateline; "NASA" beside "Nasa")
 * is the entity of the same name and type written otherwise in the report: its mentions join
 * that one, whose spelling stands.
 */
function withCapitalsJoined(entities: Entity[]): Entity[] {
  const byLower = new Map<string, Entity>();
  for (const e of entities) if (!ALL_CAPITALS.test(e.name)) byLower.set(e.name.toLowerCase(), e);
  return entities.filter((e) => {
    const same = ALL_CAPITALS.test(e.name) ? byLower.get(e.name.toLowerCase()) : undefined;
    // Typed otherwise, it is another entity of that name: "NEW YORK" the dateline, "New York" the team.
    if (!same || same.type !== e.type) return true;
    absorb(same, e);
    return false;
  });
}
/**
 * A state abbreviated ("Calif.", of a dateline) is the state by its name, and a well-known short
 * name ("U.S.", "the Fed") the country or organisation by its name in full, so that reports that
 * write it either way name one entity: it joins the report's own entity of that name and type, or
 * takes the name, the short one kept as an alias.
 */
function withNamesInFull(entities: Entity[]): Entity[] {
  return entities.filter((e) => {
    const state = e.type === 'place' ? STATE_ABBREVIATIONS.get(e.name) : undefined;
    const known = WELL_KNOWN_SHORT_NAMES.get(e.name);
    const full = state ?? (known?.type === e.type ? known.name : undefined);
    if (full === undefined) return true;
    const same = entities.find((o) => o.type === e.type && o.name === full);
    if (!same) {
      e.aliases = [e.name, ...e.aliases.filter((a) => a !== full)];
      e.name = full;
      return true;
    }
    absorb(same, e);
    return false;
  });
}

/** Another entity's mentions, name and aliases, taken into one that stands for both. */
function absorb(into: Entity, e: Entity): void {
  into.mentions.push(...e.mentions);
  into.mentions.sort((a, b) => a.start - b.start);
  for (const alias of [e.name, ...e.aliases]) if (alias !== into.name && !into.aliases.includes(alias)) into.aliases.push(alias);
}

const ALL_CAPITALS = /^(?=(?:[^\p{L}]*\p{Lu}){2})[\p{Lu}\s.'’-]+$/u;
