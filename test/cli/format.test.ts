import { describe, expect, it } from 'vitest';
import { formatStories } from '../../src/cli/commands/link.js';
import { formatArticle } from '../../src/cli/format.js';
import { sha256 } from '../../src/ingest/containers.js';
import { buildArticle } from '../../src/service/ingest.js';
import type { StoryView } from '../../src/types.js';

describe('stories in a terminal', () => {
  const story = (events: StoryView['events']): StoryView => ({ id: 's-1', title: 'A story', events });
  it('marks dates that are not publication dates, and says what the marks mean', () => {
    const out = formatStories([
      story([
        { id: 'e-1', title: 'From what it mentions', date: '2009-02-22', dateSource: 'mentioned', articles: ['a'] },
        { id: 'e-2', title: 'By age', date: '2022', dateSource: 'inferred', dateNote: 'X is 66 here and 69 in "e-3"', articles: ['b'] },
        { id: 'e-3', title: 'Published', date: '2025-11-21', dateSource: 'published', articles: ['c'] },
        { id: 'e-4', title: 'Nothing', date: null, dateSource: 'unknown', articles: ['d'] },
      ]),
    ]).split('\n');
    expect(out[1]).toBe('  ~2009-02-22  event e-1: From what it mentions  [a]');
    expect(out[2]).toBe('  2022?        event e-2: By age  [b]');
    expect(out[3]).toBe('               dated by age: X is 66 here and 69 in "e-3"');
    expect(out[4]).toBe('  2025-11-21   event e-3: Published  [c]');
    expect(out[5]).toBe('  undated      event e-4: Nothing  [d]');
    expect(out.slice(6)).toEqual(['~ no report of the event is dated: the latest day its reports mention, else the one year they mention', '? inferred from the age of a person named in a dated event']);
  });
  it('adds no legend when every date is a publication date', () => {
    expect(formatStories([story([{ id: 'e-1', title: 'T', date: '2025-11-21', dateSource: 'published', articles: ['a'] }])])).not.toMatch(/^[~?] /m);
  });
});

describe('one article in a terminal', () => {
  it('says what a date without a year does give, and which dates are not resolved', () => {
    const text = 'Voters cast their ballots on Dec. 14 in the fourth parliamentary election.\n\nResults will be known on Monday, officials said.';
    const article = buildArticle({ source: 'vote.txt', rawHash: sha256(text), docHash: sha256(text).slice(0, 16), format: 'text', text, encoding: 'UTF-8', hints: {} });
    const when = formatArticle(article).split('\n');
    expect(when).toContain('  Dec. 14  →  XXXX-12-14 (year unknown)');
    expect(when).toContain('  Monday  →  unresolved');
  });
});
