import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/clean/text.js';
import { hasShared, sharedPath } from '../helpers/shared.js';

describe.skipIf(!hasShared)('the user seeds (../shared/seeds)', () => {
  const seed = (name: string) => cleanText(readFileSync(sharedPath('seeds', name), 'utf8'));

  it('seed 000: compounds kept in one paragraph each, no broken sentences, links out of the body', () => {
    const out = seed('000_c7b15ebcd17baa92.txt');
    const paragraphs = out.body.split('\n\n');
    for (const word of ['66-year-old', 'power-sharing', 'state-run']) {
      expect(paragraphs.filter((p) => p.includes(word))).toHaveLength(1);
    }
    expect(out.body).not.toMatch(/[^\n]\n[^\n]/); // no line break inside a paragraph
    expect(out.body).not.toContain('Related article');
    expect(out.body).not.toMatch(/https?:\/\//);
    expect(out.links).toContainEqual({
      url: 'https://www.themoscowtimes.com/2025/11/02/putin-congratulates-new-president-brotherly-nation-kazakhstan',
      text: 'Putin Congratulates New President of ‘Brotherly Nation’ Kazakhstan',
      kind: 'related',
    });
    expect(out.published).toBeNull(); // the only date in it belongs to a link
    expect(out.credits).toEqual(['Reuters contributed reporting to this article.']);
    expect(paragraphs[0]).toMatch(/^Kazakhstan's interim president Kassym-Jomart Tokayev/);
  });

  it('seed 003: title, outlet, every news paragraph and none of the appeal', () => {
    const out = seed('003_4150f387e525f317.txt');
    expect(out.title).toBe("Putin Congratulates Tokayev on 'Convincing Mandate' in Kazakh Poll");
    expect(out.outlet).toBe('The Moscow Times');
    expect(out.body.startsWith('Russian President Vladimir Putin on Monday congratulated')).toBe(true);
    expect(out.body.endsWith('to help.')).toBe(true);
    for (const junk of ['small favor', 'paiment methods', 'Remind me later', 'Read more', 'Support The Moscow Times']) {
      expect(out.body).not.toContain(junk);
    }
    const raw = readFileSync(sharedPath('seeds', '003_4150f387e525f317.txt'), 'utf8');
    const news = raw.slice(raw.indexOf('Russian President'), raw.indexOf('to help.') + 'to help.'.length);
    const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
    for (const paragraph of news.split(/\n\s*\n/)) expect(squash(out.body)).toContain(squash(paragraph));
    expect(out.removed.map((r) => r.reason)).toEqual(expect.arrayContaining(['donation-appeal', 'remind-me-later', 'read-more']));
  });
});
