import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/index.js';
import { repairMojibake } from '../../src/clean/mojibake.js';

describe('mojibake: UTF-8 read as Windows-1252 before it reached us', () => {
  it('is read as it was written: accents, curly quotes, currency signs', () => {
    expect(repairMojibake('S.V. DÃ¡te and Enrique PeÃ±a Nieto')).toBe('S.V. Dáte and Enrique Peña Nieto');
    expect(repairMojibake('donâ€™t say â€œnoâ€\u009D')).toBe('don’t say “no”');
    expect(repairMojibake('Â£5 and â‚¬10')).toBe('£5 and €10');
  });
  it('decoded twice, is repaired twice', () => {
    expect(repairMojibake('donÃ¢â‚¬â„¢t')).toBe('don’t');
  });
  it('leaves text that is right as it is, accents and all', () => {
    for (const text of ['Peña, Françoise, naïve, São Paulo, Zürich, Größe', 'café’” he said', 'plain ASCII'])
      expect(repairMojibake(text)).toBe(text);
  });
  it('is repaired by clean, so that names and words come out whole', () => {
    const text = 'Mexican President Enrique PeÃ±a Nieto met Trump on Wednesday.\n\nPeÃ±a Nieto said the meeting wasnâ€™t easy.';
    const doc = clean({ source: 'pasted.txt', rawHash: 'h', docHash: 'h', format: 'text', text, encoding: 'UTF-8', hints: {} });
    expect(doc.body).toBe('Mexican President Enrique Peña Nieto met Trump on Wednesday.\n\nPeña Nieto said the meeting wasn’t easy.');
  });
});
