import type { Component } from '../doc.js';
import { contextOf } from './context.js';
import { directQuotes, joinInterrupted } from './direct.js';
import { reportedSpeech } from './reported.js';

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
export const findQuotes: Component = (doc) => {
  const c = contextOf(doc);
  const direct = joinInterrupted(c, directQuotes(c));
  doc.quotes = [...direct, ...reportedSpeech(doc, c, direct)].sort((a, b) => a.start - b.start);
};

