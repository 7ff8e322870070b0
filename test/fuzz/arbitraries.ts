import fc from 'fast-check';

/**
 * Generators of news-like text for property tests: pieces that exercise the cleaners' and
 * analysers' rules (names, numbers, dates, quotes, bylines, URLs, boilerplate lines, wrapped
 * lines, odd Unicode) put together at random, plus wholly random strings.
 */

const WORDS = ['the', 'council', 'said', 'on', 'in', 'bridge', 'police', 'a', 'of', 'and', 'voted', 'to', 'close', 'after', 'about', 'people', 'were', 'killed', 'percent', 'election', 'minister', 'reported', 'will', 'last'];
const NAMES = ['Jane Holloway', 'Kassym-Jomart Tokayev', 'Mr. Smith', 'OSCE', 'the United Nations', 'New York', 'Dr. Ana María López', 'Ó Briain', 'Reuters', 'AP'];
const NUMBERS = ['12', '1,200', '3.5', '40 million', '$5 billion', '81%', '81 percent', 'two', 'twenty-one', '1/2', '½', '-4', '10,000,000,000,000,000,000', '0.000001', '1e9', '66-year-old', '3rd', '2019', '1990s', 'Q3'];
const DATES = ['Monday', 'on Tuesday', 'last week', 'March 3, 2019', '3 March 2019', '2019-03-22', 'in 2018', 'Q3 2019', 'next year', 'yesterday', 'two days ago', 'the 1990s', '12/31/1999', 'Feb. 30', 'at 10:30 a.m.', 'this morning', 'Jan 1 0001', 'in 99999'];
const PUNCT = ['.', ',', ';', ':', '!', '?', ' - ', ' — ', '–', '…', '(', ')', '"', '“', '”', "'", '‘', '’', '«', '»', '„', '*', '#', '/', '&', '%', '$', '€', '£'];
const LINES = [
  'By John Smith',
  'By Jane Doe and Ann Lee, Reuters',
  'Advertisement',
  'Related: Bridge closed for repairs',
  'https://www.example.com/2019/03/22/bridge-closes/',
  'Read more',
  'Share this article',
  'Copyright 2019 Example News. All rights reserved.',
  '(Reporting by Jane Doe; Editing by John Smith)',
  'Photo: AP',
  'MOSCOW (Reuters) -',
  'Published: 22 March 2019',
  'Updated 10:30 GMT',
  '---',
  '* * *',
  '# Heading',
  '- a list item',
  '> a quoted line',
  '[a link](http://example.com)',
];
const ODD = ['\u00A0', '\u200B', '\uFEFF', '\t', '\r\n', '\r', '\f', '\u2028', '\u0301', 'e\u0301', '😀', '👩‍👩‍👧', '\uD800', '\uDC00', 'İ', 'ß', 'ﬁ', 'Ǆ', 'ㄱ', '中文', 'العربية', 'עברית', '\u202E', '\u0000', '\u007F', '\u0085'];

const token = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 3, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 3, arbitrary: fc.constantFrom(...DATES) },
  { weight: 4, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'grapheme' }) },
);

/** A sentence-ish run of tokens, sometimes quoted speech with an attribution. */
const sentence = fc.oneof(
  { weight: 4, arbitrary: fc.array(token, { minLength: 1, maxLength: 25 }).map((t) => t.join(' ')) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.array(token, { minLength: 1, maxLength: 12 }), fc.constantFrom(...NAMES), fc.constantFrom('"', '“'))
      .map(([t, name, q]) => `${q}${t.join(' ')}${q === '"' ? '"' : '”'} said ${name}.`),
  },
);

const line = fc.oneof({ weight: 5, arbitrary: sentence }, { weight: 1, arbitrary: fc.constantFrom(...LINES) }, { weight: 1, arbitrary: fc.constant('') });

/** A sentence of prose: enough plain words, a capital, a full stop. */
const prose = fc
  .tuple(fc.constantFrom(...NAMES), fc.array(fc.constantFrom(...WORDS, ...NUMBERS, ...DATES), { minLength: 8, maxLength: 30 }))
  .map(([name, words]) => `${name} ${words.join(' ')}.`);

/**
 * A report: a title line, a lead of prose paragraphs, then anything (boilerplate lines, quotes,
 * odd characters), then prose again. The lead fills the text cleaner's window for head facts
 * (title, byline, date line: its first six lines), which is counted in lines of the input, so
 * lines removed further down never shift a head fact into or out of it.
 */
export const report: fc.Arbitrary<{ title: string; text: string; paragraphs: string[] }> = fc
  .tuple(fc.array(fc.constantFrom(...WORDS, ...NAMES), { minLength: 2, maxLength: 8 }), fc.array(prose, { minLength: 5, maxLength: 5 }), fc.array(line, { maxLength: 15 }), prose)
  .map(([t, lead, middle, last]) => {
    const title = t.join(' ').replace(/^./, (c) => c.toUpperCase());
    const paragraphs = [...lead, ...middle.filter((l) => l.trim()), last];
    return { title, text: [title, ...paragraphs].join('\n\n'), paragraphs };
  });

/** A report in plain text: lines joined by various line breaks, blank lines between paragraphs. */
export const newsText: fc.Arbitrary<string> = fc
  .tuple(fc.array(line, { minLength: 0, maxLength: 30 }), fc.constantFrom('\n', '\n\n', '\r\n', '\n\n\n'))
  .map(([lines, sep]) => lines.join(sep));

/** Any string at all, including lone surrogates and control characters. */
export const anyText: fc.Arbitrary<string> = fc.string({ maxLength: 400, unit: 'binary' });

const TAGS = ['p', 'div', 'span', 'b', 'i', 'a', 'h1', 'h2', 'li', 'ul', 'article', 'section', 'figure', 'figcaption', 'aside', 'nav', 'footer', 'header', 'blockquote', 'table', 'td', 'tr', 'br', 'img', 'script', 'style', 'time', 'meta', 'noscript'];

type Node = string | { tag: string; attrs: string; children: Node[] };

const attrs = fc.constantFrom('', ' class="byline"', ' class="related"', ' href="https://example.com/x"', ' id="main"', ' hidden', ' datetime="2019-03-22"', ' style="display:none"', ' onclick="alert(1)"', ' class="caption"');

const { node } = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    sentence,
    fc.record({ tag: fc.constantFrom(...TAGS), attrs, children: fc.array(tie('node'), { maxLength: 4 }) }),
  ),
}));

function render(n: Node, rng: number): string {
  if (typeof n === 'string') return n.replace(/&(?![a-z#])/g, '&amp;');
  const inner = n.children.map((c, i) => render(c, rng + i)).join('');
  // Now and then a tag is left unclosed, as on sloppy pages.
  return rng % 7 === 3 ? `<${n.tag}${n.attrs}>${inner}` : `<${n.tag}${n.attrs}>${inner}</${n.tag}>`;
}

/** A report as a web page: its paragraphs in <p>s of an <article>, the title in <h1> and <title>. */
export const reportHtml: fc.Arbitrary<string> = report.map(({ title, paragraphs }) => pageOf(title, paragraphs));

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function pageOf(title: string, paragraphs: readonly string[]): string {
  const t = escapeHtml(title);
  return `<!doctype html><html><head><title>${t}</title></head><body><article><h1>${t}</h1>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</article></body></html>`;
}

/** A web page: a random tree of tags around sentences, sometimes broken. */
export const newsHtml: fc.Arbitrary<string> = fc
  .tuple(fc.array(node, { maxLength: 8 }), fc.nat(100), fc.constantFrom('', '<!doctype html>', '<html><head><title>Bridge closed</title><meta property="og:site_name" content="Example News"></head>'))
  .map(([nodes, seed, head]) => `${head}<body>${nodes.map((n, i) => render(n, seed + i)).join('\n')}</body>`);

/** YYYY-MM-DD or null, including odd calendar dates. */
export const published: fc.Arbitrary<string | null> = fc.oneof(
  fc.constant(null),
  fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

/**
 * Run settings. In the suite: modest counts and a fixed seed, so that it stays fast and a red
 * run means a change broke something. To explore: FUZZ_SEED=random (or a number) and
 * FUZZ_RUNS_SCALE=20; fast-check prints the seed and the shrunk counterexample of a failure.
 */
export function runs(n: number): { numRuns: number; seed?: number } {
  const scale = Number(process.env.FUZZ_RUNS_SCALE ?? 1);
  const seedEnv = process.env.FUZZ_SEED;
  const seed = seedEnv === 'random' ? undefined : Number(seedEnv ?? 20240607);
  return { numRuns: Math.max(1, Math.round(n * (Number.isFinite(scale) && scale > 0 ? scale : 1))), ...(seed !== undefined && Number.isFinite(seed) && { seed }) };
}
