import chardet from 'chardet';
import iconv from 'iconv-lite';
import { IngestError } from './errors.js';

/**
 * Bytes to text. In order: a BOM; UTF-16 without a BOM (by its byte pattern); valid UTF-8;
 * UTF-8 with a few damaged bytes (a truncated download); the charset the input declares
 * (HTTP header, <meta charset>, <?xml encoding?>); then chardet's statistical guess
 * (Windows-1251, Latin-1, ...) decoded with iconv-lite. Archives, images and other binary
 * data are refused, not decoded into garbage.
 */
export interface Decoded {
  text: string;
  encoding: string;
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'UTF-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  return null;
}

/** File signatures of formats people mistake for text (a .zip named .txt, a PDF saved as .html). */
const SIGNATURES: readonly [magic: number[], what: string][] = [
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (Storyline does not open archives: unpack it and ingest the folder)'],
  [[0x50, 0x4b, 0x05, 0x06], 'an empty ZIP archive'],
  [[0x1f, 0x8b], 'a gzip-compressed file (decompress it first)'],
  [[0x42, 0x5a, 0x68], 'a bzip2-compressed file (decompress it first)'],
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 'an xz-compressed file (decompress it first)'],
  [[0x28, 0xb5, 0x2f, 0xfd], 'a zstd-compressed file (decompress it first)'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], 'a 7-Zip archive (unpack it first)'],
  [[0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], 'a RAR archive (unpack it first)'],
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF document (Storyline reads text, HTML, JSON and feeds; convert it to text first)'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an executable (ELF)'],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], 'a SQLite database'],
];

function signature(bytes: Uint8Array): string | null {
  for (const [magic, what] of SIGNATURES) if (magic.every((b, i) => bytes[i] === b)) return what;
  return null;
}

/**
 * UTF-16 without a BOM: one byte of each pair (the high byte) takes very few values in text of
 * one script (0x00 for ASCII, 0x04 for Cyrillic, ...) and includes 0x00 for spaces and digits,
 * while the other byte varies.
 */
function utf16WithoutBom(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  const counts = [new Map<number, number>(), new Map<number, number>()];
  for (let i = 0; i < n; i++) counts[i & 1].set(bytes[i], (counts[i & 1].get(bytes[i]) ?? 0) + 1);
  const pairs = n / 2;
  const profile = (m: Map<number, number>) => {
    const top = [...m.values()].sort((a, b) => b - a);
    return { top2: ((top[0] ?? 0) + (top[1] ?? 0)) / pairs, nul: (m.get(0) ?? 0) / pairs };
  };
  const even = profile(counts[0]);
  const odd = profile(counts[1]);
  if (odd.top2 > 0.9 && odd.nul > 0.1 && even.nul < 0.05 && even.top2 < 0.6) return 'UTF-16LE';
  if (even.top2 > 0.9 && even.nul > 0.1 && odd.nul < 0.05 && odd.top2 < 0.6) return 'UTF-16BE';
  return null;
}

/** Share of characters that are control characters no text contains. */
function controlRatio(text: string): number {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return sample.length ? bad / sample.length : 0;
}

/** The charset an HTML or XML document declares in its first kilobytes, if any. */
function declaredInDocument(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  return (/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head))?.[1];
}

/** Encodings that read ASCII bytes as something else: valid UTF-8 does not rule them out. */
const ASCII_INCOMPATIBLE = /^(utf-?7|iso-?2022|hz-gb|utf-?16|utf-?32|ucs-?2)/i;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

/**
 * UTF-8 with a few damaged bytes (a download cut inside a character, a stray byte) rather than
 * another encoding: valid multi-byte characters outnumber the broken ones at least two to one.
 * Text in a single-byte encoding (Latin-1, Windows-1251) almost never forms a valid UTF-8
 * sequence, so nearly all its non-ASCII bytes are broken and it fails this test.
 */
function damagedUtf8(bytes: Uint8Array): string | null {
  const text = lenientUtf8.decode(bytes);
  let broken = 0;
  let multibyte = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) broken++;
    else if (c > 0x7f) multibyte++;
  }
  if (multibyte < 2 * broken) return null;
  return text.replace(/\uFFFD$/, ''); // a character cut at the end of a truncated download
}

function usable(label: string | undefined): string | undefined {
  if (!label || !iconv.encodingExists(label)) return undefined;
  // As in browsers (WHATWG Encoding): Latin-1 labels mean Windows-1252, which agrees on every
  // printable Latin-1 character and adds curly quotes and dashes where Latin-1 has controls.
  return /^(iso-?8859-1|latin-?1|l1|us-ascii|ascii)$/i.test(label) ? 'windows-1252' : label;
}

/**
 * The Latin ligatures of the Alphabetic Presentation Forms (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ), which text copied
 * out of a PDF keeps ("Griﬃths", "oﬃce"), as the letters they are a form of: names and words are
 * then found and searched as written. NFKC for these code points only: over the whole text it
 * would also change superscripts, fractions and full-width forms. At decoding, not cleaning:
 * cleaning only takes text out, it never writes any.
 */
export function foldLigatures(text: string): string {
  return text.replace(/[\uFB00-\uFB06]/g, (c) => c.normalize('NFKC'));
}

export function decodeBytes(bytes: Uint8Array, source: string, declared?: string): Decoded {
  if (bytes.length === 0) throw new IngestError(source, 'empty input (0 bytes)');
  const kind = signature(bytes);
  if (kind) throw new IngestError(source, `not text: ${kind}`);
  const declaredHere = usable(declared) ?? usable(declaredInDocument(bytes));
  let encoding = bomEncoding(bytes) ?? utf16WithoutBom(bytes);
  let text: string | undefined;
  if (!encoding) {
    try {
      text = strictUtf8.decode(bytes);
      encoding = 'UTF-8';
      if (declaredHere && ASCII_INCOMPATIBLE.test(declaredHere) && !/[^\x00-\x7f]/.test(text)) {
        encoding = declaredHere;
        text = undefined;
      }
    } catch {
      text = damagedUtf8(bytes) ?? undefined;
      if (text !== undefined) encoding = 'UTF-8';
      else if (declaredHere && !/^utf-?8$/i.test(declaredHere)) encoding = declaredHere;
      else {
        const guess = usable(chardet.detect(bytes) ?? undefined);
        encoding = !guess || /^utf-?8$/i.test(guess) ? 'windows-1252' : guess; // UTF-8 already failed
      }
    }
  }
  if (text === undefined) text = iconv.decode(Buffer.from(bytes), encoding, { stripBOM: true });
  // A file preallocated and cut short ends in NUL padding: that is no sign of binary data.
  text = text.replace(/^\uFEFF/, '').replace(/\u0000+$/, '');
  if (controlRatio(text) > 0.02) {
    throw new IngestError(source, 'binary data, not text (control bytes found); give it a text, HTML, JSON or feed file');
  }
  // Stray NUL and other control bytes (padding after a cut download, a bad copy) are no text:
  // they go, the text around them stays. Tab, line and page breaks are kept.
  text = text.replace(/[\x00-\x08\x0b\x0e-\x1f\x7f]/g, '');
  text = foldLigatures(text);
  if (!text.trim()) throw new IngestError(source, 'no text (only whitespace)');
  return { text, encoding };
}
