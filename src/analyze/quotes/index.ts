import type { Component } from '../doc.js';
import { contextOf } from './context.js';
import { directQuotes, continueInterrupted } from './direct.js';
import { reportedSpeech } from './reported.js';

/**
 * Who said what. Direct quotes are spans between quotation marks (several sentences, and
 * paragraphs that continue a quote) that open a sentence or follow their attribution ("he
 * said:", "Smith said, “..."); a quoted phrase inside the reporter's own clause ("she says
 * Trump is “temperamentally unfit”") is a partial quote of reported speech, and a quoted
 * phrase of one to three words is a scare quote or a title unless a speech verb introduces it
 * (direct.ts). Reported speech is the clause a speech verb reports, in a sentence without a
 * direct quote, when its source is written beside the verb (reported.ts). The speaker is the
 * entity the attribution names ("..., Putin said"; "X's press service was quoted as saying";
 * "Monitors from the OSCE said "..."), the person a pronoun stands for, or the source as
 * described ("a senior aide", "Police in Seoul") (source.ts); a description of one by a role
 * is the one the report gave that role ("the minister" after "Finance Minister Ana Torres")
 * (roles.ts).
 */
export const findQuotes: Component = (doc) => {
  const c = contextOf(doc);
  const direct = continueInterrupted(c, directQuotes(c));
  doc.quotes = [...direct, ...reportedSpeech(doc, c, direct)].sort((a, b) => a.start - b.start);
};

