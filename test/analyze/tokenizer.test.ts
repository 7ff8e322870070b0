import { describe, expect, it } from 'vitest';
import { LONGEST_RUN, splitText } from '../../src/analyze/tokenizer/index.js';
import { readPiece, readPieceByRules } from '../../src/analyze/tokenizer/pieces.js';
import { TokenList } from '../../src/analyze/tokenizer/token-list.js';

const words = (text: string) => splitText(text).map((s) => s.tokens.map((t) => t.text));
/** The text of each sentence splitText finds. */
const sentencesOf = (text: string) => splitText(text).map((s) => text.slice(s.start, s.end));
const cut = (read: (tokens: TokenList) => void) => {
  const tokens = new TokenList();
  read(tokens);
  return Array.from({ length: tokens.count }, (_, i) => `${tokens.starts[i]}-${tokens.ends[i]}`).join(' ');
};

describe('tokenizer', () => {
  it("cuts as wink-nlp does: abbreviations, contractions, possessives, marks, dotted short forms, hyphens", () => {
    expect(words("Mr. Smith's dog, the U.S.-led \"coalition\" (can't) go. It’s co-founded by a well-known firm.")).toEqual([
      ['Mr.', 'Smith', "'s", 'dog', ',', 'the', 'U.S.', '-', 'led', '"', 'coalition', '"', '(', 'ca', "n't", ')', 'go', '.'],
      ['It', '’s', 'co-founded', 'by', 'a', 'well', '-', 'known', 'firm', '.'],
    ]);
    expect(words('“We’ll see,” she said.” Corp., 1,000 people and $5.2bn at 4pm.')).toEqual([
      ['“', 'We', '’ll', 'see', ',', '”', 'she', 'said', '.', '”'],
      ['Corp.', ',', '1,000', 'people', 'and', '$', '5.2', 'bn', 'at', '4pm.'], // wink's time rule takes a full stop after "pm"
    ]);
  });

  it('reads a word of Latin letters beyond Latin-1, Greek or Cyrillic as one word, where wink cut it at each such letter', () => {
    expect(words("Erdoğan met Kılıçdaroğlu, Łukasz Dvořák and Nguyễn Phú Trọng; Ștefan's «Αθήνα» Москва.")).toEqual([
      ['Erdoğan', 'met', 'Kılıçdaroğlu', ',', 'Łukasz', 'Dvořák', 'and', 'Nguyễn', 'Phú', 'Trọng', ';', 'Ștefan', "'s", '«', 'Αθήνα', '»', 'Москва', '.'],
    ]);
    expect(words('Kılıçdaroğlu-led bloc')[0]).toEqual(['Kılıçdaroğlu', '-', 'led', 'bloc']);
    // Greek's question mark (U+037E) is no letter.
    expect(words('Τι\u037e')[0]).toEqual(['Τι', '\u037e']);
  });

  it('ends sentences as wink-nlp does: not after "Mr." or an abbreviation before a lower-case word, after one before "The", after closing quotes', () => {
    const text = 'Mr. Lee met Gen. Smith at the Acme Corp. offices. He left Acme Corp. The talks ended. “It is over.” Then silence!';
    expect(sentencesOf(text)).toEqual([
      'Mr. Lee met Gen. Smith at the Acme Corp. offices.',
      'He left Acme Corp.',
      'The talks ended.',
      '“It is over.”',
      'Then silence!',
    ]);
  });

  it("keeps tokens.ts's fixes: no sentence across a blank line or inside 4.15pm, one after a unit letter before a capital", () => {
    const text = 'A title\n\nPolice came at 4.15pm on Monday. Badajoz hit 44.1C. AEMET issued alerts';
    expect(sentencesOf(text)).toEqual(['A title', 'Police came at 4.15pm on Monday.', 'Badajoz hit 44.1C.', 'AEMET issued alerts']);
  });

  it('"No." abbreviates a number only before one: "said no." before a capital ends a sentence', () => {
    const text = 'Attorney Mark Geragos said no. Striker Erling Haaland scored twice. He wore No. 9 in case No. VA089897 today.';
    expect(sentencesOf(text)).toEqual([
      'Attorney Mark Geragos said no.',
      'Striker Erling Haaland scored twice.',
      'He wore No. 9 in case No. VA089897 today.',
    ]);
  });

  it('gives every token at its offsets; white space and a byte-order mark are no tokens', () => {
    const text = '\uFEFFSen. Ann Lee said it wasn’t over.\u00a0 “We’ll see,” she added...\r\n\tThen she left!';
    const sentences = splitText(text);
    for (const s of sentences) {
      expect([s.start, s.end]).toEqual([s.tokens[0].start, s.tokens.at(-1)!.end]);
      for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    }
    expect(sentences[0].tokens[0]).toEqual({ text: 'Sen.', start: 1, end: 5 });
    expect(splitText('')).toEqual([]);
    expect(splitText(' \n\n \t')).toEqual([]);
  });

  it('reads a long unbroken run in pieces of at most LONGEST_RUN characters, in linear time', () => {
    const run = 'QUJD'.repeat(250_000);
    const started = performance.now();
    const tokens = splitText(`Before it. ${run} After it.`).flatMap((s) => s.tokens);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(Math.max(...tokens.map((t) => t.end - t.start))).toBeLessThanOrEqual(LONGEST_RUN);
    expect(tokens.filter((t) => /QUJD/.test(t.text)).map((t) => t.text).join('')).toBe(run);
  });

  it('reads a page of 100,000 blank lines in linear time, the sentences around it as without them', () => {
    const text = `Hello there. Hi.${'\n '.repeat(100_000)}Bye now.`;
    const started = performance.now();
    const sentences = sentencesOf(text);
    expect(performance.now() - started).toBeLessThan(5_000); // each run of breaks was walked once per break: ~50 s
    expect(sentences).toEqual(['Hello there.', 'Hi.', 'Bye now.']);
  });

  it("cuts every piece on its fast paths exactly as wink's rules step by step", () => {
    const alphabet = ["a", "b", "s", "S", "U", "D", "é", "ğ", "Ł", "\u0301", "1", "0", "'", "’", ".", ",", "”", '"', "“", "(", ")", "-", "–", "—", "…", ":", "?", "$", "@", "/", "#"];
    let seed = 7;
    const random = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const shapes = ["Obama's", 'Obama’s', 'GBP’s', 'said.”', 'said,"', 'a..', 'ab..', '“We', '(a', "'em", 'Corp.,', '2016', 'cannot', 'A’s', "A's", 'well-known', 'co-founder', 'Trump-esque', 'a-b-c', 'GBP-led', 'cannot-x', '2016,', '7.', 'é-\u0301a'];
    // Characters at random, and words, numbers and marks at random.
    const parts = ['well', 'Obama', 'A', 'cannot', 'co', 'esque', 'USD', 'U.S.', 'Mr.', '2016', '4', ...alphabet];
    for (let n = 0; n < 30_000; n++) {
      let piece = '';
      const length = 1 + random(6);
      for (let i = 0; i < length; i++) piece += n % 2 ? alphabet[random(alphabet.length)] : parts[random(parts.length)];
      shapes.push(piece);
    }
    for (const piece of shapes) {
      const text = `x ${piece}`;
      expect(cut((tokens) => readPiece(text, 2, text.length, tokens)), piece).toBe(cut((tokens) => readPieceByRules(piece, 2, tokens)));
    }
  });
});
