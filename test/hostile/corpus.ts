/**
 * The hostile-input corpus: every file is generated here, never downloaded or committed.
 *
 *   npx tsx test/hostile/corpus.ts DIR          writes the corpus into DIR
 *   npx tsx test/hostile/corpus.ts --markdown   prints the outcome table of docs/hostile-inputs.md
 *
 * Each case says what it is and what Storyline must do with it: ingest it (and the text must
 * read right), or refuse it with a reason naming it, while the rest of the batch goes on.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import iconv from 'iconv-lite';

export type Outcome =
  /** Stored as an article whose body contains every `contains` string and none of `absent`. */
  | { status: 'added'; contains: string[]; absent?: string[]; title?: string }
  /** Refused: the input is named on stderr with a reason matching `reason`. */
  | { status: 'failed'; reason: RegExp }
  /** Neither stored nor reported: the walk does not go there (a loop back into the folder). */
  | { status: 'not-visited' };

export interface HostileCase {
  /** Path inside the corpus folder (also what the outcome table names). */
  file: string;
  what: string;
  outcome: Outcome;
  /** What the outcome table says. */
  documented: string;
  /** Written into the corpus: bytes, or a special file made by `make`. */
  bytes?: Uint8Array | string;
  make?: (path: string, dir: string) => void;
}

const LEAD = 'Harbour Bridge Closed After Engineers Find Cracks';
const PARAS = [
  'The regional council voted on Tuesday to close the old harbour bridge after engineers found deep cracks in two of its pillars.',
  'About 12,000 vehicles cross the bridge every day, the transport office said, and buses will be diverted through the tunnel.',
  '"We had no choice," said Mayor Jane Holloway, adding that repairs would take at least a year and cost 40 million euros.',
];
const ARTICLE = `${LEAD}\n\n${PARAS.join('\n\n')}\n`;
/** A closing paragraph that makes each case's article its own (the store keeps one copy of equal texts). */
const marker = (tag: string) => `Inspectors will check the ${tag} section of the bridge again next week.`;
const variant = (tag: string) => `${ARTICLE}\n${marker(tag)}\n`;

const RU_TITLE = 'Мост закрыт после обнаружения трещин';
const RU = `${RU_TITLE}\n\nГородской совет во вторник проголосовал за закрытие старого моста после того, как инженеры обнаружили глубокие трещины в двух его опорах.\n\nПо мосту ежедневно проезжают около 12 тысяч автомобилей, сообщили в транспортном управлении.\n`;
const FR = `Le pont du port fermé après la découverte de fissures\n\nLe conseil régional a voté mardi la fermeture du vieux pont après que des ingénieurs ont découvert des fissures profondes dans deux de ses piliers.\n\n« Nous n'avions pas le choix », a déclaré la maire, Jeanne Holloway, ajoutant que les réparations dureraient au moins un an.\n`;
const CP1252 = `Harbour Bridge Closed\n\nThe council\u2019s engineers found \u201cdeep cracks\u201d in two pillars \u2013 repairs will take a year, the mayor said on Tuesday.\n\nAbout 12,000 vehicles cross the bridge every day, the transport office said.\n`;

/** Deterministic pseudo-random bytes (a linear congruential generator: no Math.random in a corpus). */
function noise(length: number, seed = 7): Buffer {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** UTF-8 of `text` with two invalid bytes (0xFF and 0xFE never occur in UTF-8) and a cut last character. */
function damaged(text: string): Buffer {
  const b = Buffer.from(text, 'utf8');
  // Two stray bytes between words and a character cut in half at the end (a truncated download).
  const at = b.indexOf(' ', 60);
  const at2 = b.indexOf(' ', 200);
  return Buffer.concat([b.subarray(0, at), Buffer.from([0xff]), b.subarray(at, at2), Buffer.from([0xfe]), b.subarray(at2), Buffer.from('Café'.slice(0, 3)), Buffer.from([0xc3])]);
}

/**
 * A ZIP archive whose entries inflate to `entries` x `size` zero bytes from a few kilobytes:
 * written by hand (local headers, central directory, end record) because no ZIP writer ships
 * with Node and the corpus must not be downloaded.
 */
const zipBombs = new Map<string, Buffer>();

function zipBomb(entries: number, size: number): Buffer {
  const key = `${entries}x${size}`;
  if (!zipBombs.has(key)) zipBombs.set(key, writeZipBomb(entries, size));
  return zipBombs.get(key)!;
}

function writeZipBomb(entries: number, size: number): Buffer {
  const zeros = Buffer.alloc(size);
  const data = zlib.deflateRawSync(zeros, { level: 9 });
  const crc = zlib.crc32(zeros);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (let i = 0; i < entries; i++) {
    const name = Buffer.from(`report-${i}.txt`);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries, 8);
  end.writeUInt16LE(entries, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** Writes `size` bytes of English prose in paragraphs, in chunks (no 50 MB string in memory). */
function writeBigText(path: string, size: number): void {
  const chunk = Buffer.from(`${PARAS.join('\n\n')}\n\n`.repeat(2000));
  const fd = openSync(path, 'w');
  try {
    for (let written = 0; written < size; written += chunk.length) writeSync(fd, chunk, 0, Math.min(chunk.length, size - written));
  } finally {
    closeSync(fd);
  }
}

function rss(items: string, prolog = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${prolog}<rss version="2.0"><channel><title>Harbour Gazette</title>${items}</channel></rss>\n`;
}

const ITEM = `<item><title>${LEAD}</title><link>https://example.org/bridge</link><pubDate>Tue, 14 Mar 2023 09:00:00 GMT</pubDate><description>${PARAS.join(' ')}</description></item>`;

const BILLION_LAUGHS = rss(
  `<item><title>&lol9;</title><description>&lol9;</description></item>`,
  `<!DOCTYPE rss [\n  <!ENTITY lol "lol">\n${Array.from({ length: 9 }, (_, i) => `  <!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('\n')}\n]>\n`,
);

const XXE = rss(`<item><title>Secrets</title><description>&xxe;</description></item>`, `<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n`);

const HTML_ARTICLE = `<h1>${LEAD}</h1>${PARAS.map((p) => `<p>${p}</p>`).join('')}`;

const SCRIPTED_HTML = `<!doctype html><html><head><title>${LEAD}</title>
${'<script>var tracker = {id: "UA-1"}; document.write("<p>Injected by a script</p>");</script><script src="/ads.js"></script>\n'.repeat(2000)}
<style>p { color: red } </style><noscript><p>Please enable JavaScript to read this site</p></noscript>
</head><body onload="alert('loaded')"><article>${HTML_ARTICLE}
<p><a href="javascript:alert(1)">Share</a></p><img src="x" onerror="alert('xss')"><script>alert("inline in the article")</script>
<iframe src="https://ads.example/frame"></iframe><svg><script>alert('svg')</script><text>SVG text</text></svg>
</article>${'<script type="application/json">{"config":"'.concat('x'.repeat(100_000), '"}</script>')}<script>unterminated(</body></html>`;

/** The cases, with their documented outcomes. `bigSize` lets the test pick the 50 MB size. */
export function hostileCases(bigSize = 50 * 2 ** 20): HostileCase[] {
  return [
    { file: 'empty.txt', what: 'empty file (0 bytes)', bytes: '', outcome: { status: 'failed', reason: /empty input \(0 bytes\)/ }, documented: 'refused: "empty input (0 bytes)"' },
    { file: 'blank.txt', what: 'only spaces and newlines', bytes: ' \n\n\t \r\n', outcome: { status: 'failed', reason: /no text \(only whitespace\)/ }, documented: 'refused: "no text (only whitespace)"' },
    { file: 'binary.txt', what: '64 KB of random bytes named .txt', bytes: noise(65536), outcome: { status: 'failed', reason: /binary data, not text/ }, documented: 'refused: "binary data, not text"' },
    {
      file: 'nul-bytes.txt',
      what: 'an article with NUL bytes between its sentences',
      bytes: variant('north').replace(/\. /g, '.\u0000 ').replace(/\n\n/g, '\n\u0000\n'),
      outcome: { status: 'added', contains: [PARAS[0], PARAS[2], marker('north')], absent: ['\u0000'] },
      documented: 'ingested; the NUL bytes are dropped, the text around them kept',
    },
    {
      file: 'nul-padded.txt',
      what: 'an article followed by 64 KB of NUL padding (a preallocated download cut short)',
      bytes: Buffer.concat([Buffer.from(variant('south')), Buffer.alloc(65536)]),
      outcome: { status: 'added', contains: [PARAS[1], marker('south')], absent: ['\u0000'] },
      documented: 'ingested; the padding is dropped',
    },
    {
      file: 'mostly-nul.txt',
      what: 'a few words, then NULs interleaved with text (a corrupt file)',
      bytes: Buffer.from('Bridge closed\n' + 'ab\u0000\u0000cd\u0000'.repeat(5000)),
      outcome: { status: 'failed', reason: /binary data/ },
      documented: 'refused: "binary data, not text"',
    },
    {
      file: 'invalid-utf8.txt',
      what: 'UTF-8 with stray invalid bytes and a character cut at the end',
      bytes: damaged(`${LEAD}\n\nThe café owner on Tuesday said the closure of the old bridge — which crosses the Søndre channel — would hurt trade. “It’s a disaster,” said Zoë Müller, who runs the crêperie. ${PARAS.join(' ')}\n\n`),
      outcome: { status: 'added', contains: ['The café\uFFFD owner', 'Søndre channel —', '“It’s a disaster,” said\uFFFD Zoë Müller'], absent: ['Ã', 'â€', 'Caf\uFFFD'] },
      documented: 'ingested as UTF-8 (no mojibake); each bad byte becomes U+FFFD, a cut final character is dropped',
    },
    {
      file: 'utf16le-bom.txt',
      what: 'UTF-16 little-endian with a BOM',
      bytes: iconv.encode(`\uFEFF${variant('east')}`, 'utf16-le'),
      outcome: { status: 'added', contains: [PARAS[0], marker('east')], title: LEAD },
      documented: 'ingested (BOM decides)',
    },
    {
      file: 'utf16be-bom.txt',
      what: 'UTF-16 big-endian with a BOM',
      bytes: iconv.encode(`\uFEFF${variant('west')}`, 'utf16-be'),
      outcome: { status: 'added', contains: [PARAS[1], marker('west')], title: LEAD },
      documented: 'ingested (BOM decides)',
    },
    {
      file: 'utf16le-nobom.txt',
      what: 'UTF-16 little-endian without a BOM',
      bytes: iconv.encode(variant('upper'), 'utf16-le'),
      outcome: { status: 'added', contains: [PARAS[1], marker('upper')], title: LEAD },
      documented: 'ingested (byte pattern: one byte of each pair nearly constant)',
    },
    {
      file: 'utf16be-nobom.txt',
      what: 'UTF-16 big-endian without a BOM',
      bytes: iconv.encode(variant('lower'), 'utf16-be'),
      outcome: { status: 'added', contains: [PARAS[1], marker('lower')], title: LEAD },
      documented: 'ingested (byte pattern)',
    },
    {
      file: 'utf16le-nobom-cyrillic.txt',
      what: 'Russian in UTF-16 little-endian without a BOM',
      bytes: iconv.encode(RU, 'utf16-le'),
      outcome: { status: 'added', contains: ['глубокие трещины'], title: RU_TITLE },
      documented: 'ingested, Cyrillic reads right',
    },
    {
      file: 'windows-1251.txt',
      what: 'Russian in Windows-1251',
      bytes: iconv.encode(RU.replace('12 тысяч', '14 тысяч'), 'windows-1251'),
      outcome: { status: 'added', contains: ['Городской совет во вторник', 'около 14 тысяч'], title: RU_TITLE },
      documented: 'ingested, Cyrillic reads right (chardet guess)',
    },
    {
      file: 'latin1.txt',
      what: 'French in ISO-8859-1 (Latin-1)',
      bytes: iconv.encode(FR, 'latin1'),
      outcome: { status: 'added', contains: ['découvert des fissures', '« Nous n\'avions pas le choix »'] },
      documented: 'ingested, accents read right (Latin-1 read as its superset Windows-1252)',
    },
    {
      file: 'windows-1252.txt',
      what: 'English in Windows-1252 with curly quotes and dashes',
      bytes: iconv.encode(CP1252, 'windows-1252'),
      outcome: { status: 'added', contains: ['council\u2019s engineers', '\u201cdeep cracks\u201d', 'pillars \u2013 repairs'] },
      documented: 'ingested, quotes and dashes read right',
    },
    {
      file: 'meta-charset-1251.html',
      what: 'an HTML page in Windows-1251 declaring <meta charset="windows-1251">',
      bytes: iconv.encode(`<!doctype html><html><head><meta charset="windows-1251"><title>${RU_TITLE}</title></head><body><article><h1>${RU_TITLE}</h1>${RU.split('\n\n').slice(1).map((p) => `<p>${p.trim()} ${p.trim()}</p>`).join('')}</article></body></html>`, 'windows-1251'),
      outcome: { status: 'added', contains: ['глубокие трещины'] },
      documented: 'ingested, the declared charset is used',
    },
    {
      file: 'huge-50mb.txt',
      what: `${Math.round(bigSize / 2 ** 20)} MB of plain text`,
      make: (path) => writeBigText(path, bigSize),
      outcome: { status: 'failed', reason: /characters of text in one document, over the 1000000-character limit for one report \(--max-chars\)/ },
      documented: 'refused: over the 1,000,000-character limit for one report (`--max-chars`); files over 64 MB are refused before reading (`--max-bytes`)',
    },
    {
      file: 'one-line-5mb.txt',
      what: 'a single 5 MB line',
      bytes: `${PARAS[0]} `.repeat(Math.ceil((5 * 2 ** 20) / (PARAS[0].length + 1))),
      outcome: { status: 'failed', reason: /over the 1000000-character limit/ },
      documented: 'refused: over the `--max-chars` limit',
    },
    {
      file: 'one-line-200kb.txt',
      what: 'a single 200 KB line (within the limits)',
      bytes: `${LEAD}\n\n${`${PARAS.join(' ')} `.repeat(550)}The closing sentence of the long line.`,
      outcome: { status: 'added', contains: ['The closing sentence of the long line.', PARAS[0]] },
      documented: 'ingested whole',
    },
    {
      file: 'scripts.html',
      what: 'HTML full of scripts: 4,000 script tags, document.write, event handlers, javascript: links, an unterminated script',
      bytes: SCRIPTED_HTML,
      outcome: { status: 'added', contains: [PARAS[0], PARAS[2]], absent: ['alert', 'Injected by a script', 'tracker', 'enable JavaScript', 'unterminated'] },
      documented: 'ingested; no script, style or handler text in the body',
    },
    {
      file: 'deep.json',
      what: 'a JSON record with an array nested 100,000 deep beside its text',
      bytes: `{"title":${JSON.stringify(LEAD)},"text":${JSON.stringify(PARAS.join('\n\n'))},"extra":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
      outcome: { status: 'added', contains: [PARAS[1]], title: LEAD },
      documented: 'ingested; the unknown field is ignored',
    },
    {
      file: 'brackets.md',
      what: 'Markdown with 5,000 "[" then 5,000 "](" (cubic backtracking in a link pattern)',
      bytes: `# ${LEAD}\n\n${PARAS[0]}\n\n${'['.repeat(5000)}${']('.repeat(5000)}\n\n${marker('bracket')}\n`,
      outcome: { status: 'added', contains: [PARAS[0], marker('bracket')], title: LEAD },
      documented: 'ingested at once (was: hours in the Markdown link pattern)',
    },
    {
      file: 'heading-spaces.md',
      what: 'a Markdown heading with 200,000 spaces inside it, then 100,000 blank lines',
      bytes: `# ${LEAD}\n\n${PARAS[1]}\n\n## Repairs${' '.repeat(200_000)}begin\n${'\n'.repeat(100_000)}${marker('heading')}\n`,
      outcome: { status: 'added', contains: [PARAS[1], marker('heading')], title: LEAD },
      documented: 'ingested at once (was: minutes in the heading and quote patterns)',
    },
    {
      file: 'long-spaces.txt',
      what: 'a line with 200,000 spaces between two words',
      bytes: `${LEAD}\n\n${PARAS[2]}\n\nThe${' '.repeat(200_000)}end.\n\n${marker('spaces')}\n`,
      outcome: { status: 'added', contains: [PARAS[2], marker('spaces')], title: LEAD },
      documented: 'ingested at once (was: minutes trimming trailing spaces)',
    },
    { file: 'broken-feed.xml', what: 'an RSS feed cut off in the middle', bytes: rss(ITEM.repeat(3)).slice(0, 600), outcome: { status: 'failed', reason: /not a readable RSS\/Atom feed/ }, documented: 'refused: "not a readable RSS/Atom feed: ..."' },
    {
      file: 'billion-laughs.xml',
      what: 'the billion-laughs XML bomb (entities expanding to 10^9 "lol"s)',
      bytes: BILLION_LAUGHS,
      outcome: { status: 'failed', reason: /declares XML entities \(DTD\); refused for safety/ },
      documented: 'refused before parsing: "feed declares XML entities (DTD); refused for safety"',
    },
    {
      file: 'xxe.rss',
      what: 'an external-entity (XXE) feed pointing at file:///etc/passwd',
      bytes: XXE,
      outcome: { status: 'failed', reason: /declares XML entities/ },
      documented: 'refused before parsing, nothing is read from disk or network',
    },
    {
      file: 'external-dtd.xml',
      what: 'a feed naming an external DTD (no entities used)',
      bytes: rss(ITEM, '<!DOCTYPE rss SYSTEM "http://127.0.0.1:9/evil.dtd">\n'),
      outcome: { status: 'added', contains: [PARAS[0]], title: LEAD },
      documented: 'ingested; the DTD is never fetched',
    },
    {
      file: 'bomb.zip',
      what: 'a zip bomb: 10 entries of 100 MB of zeros each, 1 GB unpacked, about 1 MB packed',
      make: (path) => writeFileSync(path, zipBomb(10, 100 * 2 ** 20)),
      outcome: { status: 'failed', reason: /not a kind of file Storyline reads/ },
      documented: 'refused in a folder by its extension; named directly (or renamed .txt): "not text: a ZIP archive (Storyline does not open archives ...)"; never unpacked',
    },
    {
      file: 'bomb-renamed.txt',
      what: 'the same zip bomb named .txt',
      make: (path) => writeFileSync(path, zipBomb(10, 100 * 2 ** 20)),
      outcome: { status: 'failed', reason: /not text: a ZIP archive/ },
      documented: 'refused by its signature: "not text: a ZIP archive"',
    },
    {
      file: 'compressed.txt',
      what: 'a gzip file named .txt',
      bytes: zlib.gzipSync(ARTICLE),
      outcome: { status: 'failed', reason: /not text: a gzip-compressed file/ },
      documented: 'refused: "not text: a gzip-compressed file (decompress it first)"',
    },
    {
      file: 'loops/back-to-corpus',
      what: 'a symlink from a folder back to the corpus folder (a loop)',
      make: (path, dir) => {
        mkdirSync(join(dir, 'loops'), { recursive: true });
        symlinkSync(dir, path);
      },
      outcome: { status: 'not-visited' },
      documented: 'not walked again: every file is read once, no error',
    },
    {
      file: 'loops/ping.txt',
      what: 'two symlinks pointing at each other',
      make: (path, dir) => {
        mkdirSync(join(dir, 'loops'), { recursive: true });
        symlinkSync('pong.txt', path);
        symlinkSync('ping.txt', join(dir, 'loops', 'pong.txt'));
      },
      outcome: { status: 'failed', reason: /symbolic link loop/ },
      documented: 'refused: "symbolic link loop (ELOOP); skipped" (and the same for its partner)',
    },
    {
      file: 'loops/dangling.txt',
      what: 'a symlink to a file that does not exist',
      make: (path) => symlinkSync('no-such-file.txt', path),
      outcome: { status: 'failed', reason: /broken symbolic link/ },
      documented: 'refused: "broken symbolic link (ENOENT)"',
    },
    {
      file: 'pipe.txt',
      what: 'a named pipe (FIFO) called .txt: opening it would block forever',
      make: (path) => execFileSync('mkfifo', [path]),
      outcome: { status: 'failed', reason: /not a regular file \(a pipe, socket or device\)/ },
      documented: 'refused without opening it: "not a regular file (a pipe, socket or device)"',
    },
    {
      file: 'good.txt',
      what: 'an ordinary report (the batch goes on around the others)',
      bytes: variant('central'),
      outcome: { status: 'added', contains: [...PARAS, marker('central')], title: LEAD },
      documented: 'ingested',
    },
  ];
}

/**
 * HTML that would make the extractor's tree walk deep. It once took minutes and came out
 * empty; src/clean/html/prepare.ts now drops opening tags nested deeper than MAX_NESTING
 * (keeping their text) before anything is parsed, and each takes a fraction of a second.
 */
export function deepHtmlCases(): HostileCase[] {
  return [
    {
      file: 'nested.html',
      what: 'an article inside 5,000 nested <div>s',
      bytes: `<!doctype html><html><head><title>${LEAD}</title></head><body>${'<div>'.repeat(5000)}${HTML_ARTICLE}${'</div>'.repeat(5000)}</body></html>`,
      outcome: { status: 'added', contains: [PARAS[0]] },
      documented: 'ingested with its text (tags nested deeper than 100 are dropped before parsing, their text kept; about 0.1 s)',
    },
    {
      file: 'unclosed.html',
      what: 'an article after 20,000 unclosed inline tags',
      bytes: `<!doctype html><html><head><title>${LEAD}</title></head><body>${'<div><span><b><i>'.repeat(5000)}${HTML_ARTICLE}`,
      outcome: { status: 'added', contains: [PARAS[0]] },
      documented: 'ingested with its text (the same cap; about 0.03 s)',
    },
  ];
}

/** Writes the cases into `dir` (created if needed); returns them. */
export function writeCorpus(dir: string, cases: HostileCase[] = hostileCases()): HostileCase[] {
  mkdirSync(dir, { recursive: true });
  for (const c of cases) {
    const path = join(dir, c.file);
    mkdirSync(join(path, '..'), { recursive: true });
    if (c.make) c.make(path, dir);
    else writeFileSync(path, c.bytes ?? '');
  }
  return cases;
}

export function outcomeTable(cases: HostileCase[]): string {
  const rows = cases.map((c) => `| \`${c.file}\` | ${c.what.replace(/\|/g, '\\|')} | ${c.documented.replace(/\|/g, '\\|')} |`);
  return ['| input | what it is | outcome |', '|---|---|---|', ...rows].join('\n');
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  const arg = process.argv[2];
  if (arg === '--markdown') console.log(outcomeTable([...hostileCases(), ...deepHtmlCases()]));
  else if (arg) {
    writeCorpus(join(resolve(arg), 'corpus'));
    writeCorpus(join(resolve(arg), 'deep-html'), deepHtmlCases());
    console.error(`corpus written to ${resolve(arg)}`);
  } else {
    console.error('usage: npx tsx test/hostile/corpus.ts DIR | --markdown');
    process.exitCode = 2;
  }
}
