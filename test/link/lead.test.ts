import { describe, expect, it } from 'vitest';
import { leadOf } from '../../src/link/text.js';

/** The first sentence as an untitled report's name: in lists, event titles and the page. */
describe('leadOf', () => {
  it('is the first sentence when it is short', () => {
    expect(leadOf('Two men were held. Police said more arrests may follow.')).toBe('Two men were held.');
  });
  it('is cut at a word, with an ellipsis, when the sentence is long', () => {
    const lead = leadOf(`${'The council voted again on the long-delayed plan for the harbour bridge '.repeat(4)}today.`);
    expect(lead.length).toBeLessThanOrEqual(120);
    expect(lead).toMatch(/ bridge…$|[a-z]…$/);
    expect(lead.endsWith(' …')).toBe(false);
  });
  it('ends at a Chinese or Japanese full stop, and a text without spaces is cut at the length, never given whole', () => {
    expect(leadOf('北京市政府周一宣布新的措施。第二句话在这里。')).toBe('北京市政府周一宣布新的措施。');
    expect(leadOf('x'.repeat(5000) + '. Next.').length).toBe(120);
  });
});
