import chardet from 'chardet';
import iconv from 'iconv-lite';
import { IngestError } from './errors.js';

/**
 * Bytes to text. A BOM decides first; then strict UTF-8; then chardet's statistical guess
 * (Windows-1251, Latin-1, ...) decoded with iconv-lite. Binary data is refused, not decoded
 * into garbage.
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

/** UTF-16 without a BOM shows as NUL bytes in every other position of ASCII-range text. */
function utf16WithoutBom(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul / pairs > 0.4 && evenNul / pairs < 0.05) return 'UTF-16LE';
  if (evenNul / pairs > 0.4 && oddNul / pairs < 0.05) return 'UTF-16BE';
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

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeBytes(bytes: Uint8Array, source: string, declared?: string): Decoded {
  if (bytes.length === 0) throw new IngestError(source, 'empty input (0 bytes)');
  let encoding = bomEncoding(bytes) ?? utf16WithoutBom(bytes);
  let text: string | undefined;
  if (!encoding && declared && iconv.encodingExists(declared)) encoding = declared;
  if (!encoding) {
    try {
      text = utf8.decode(bytes);
      encoding = 'UTF-8';
    } catch {
      encoding = chardet.detect(bytes) ?? 'windows-1252';
      if (/^UTF-8$/i.test(encoding)) encoding = 'windows-1252'; // strict UTF-8 already failed
      if (!iconv.encodingExists(encoding)) encoding = 'windows-1252';
    }
  }
  if (text === undefined) text = iconv.decode(Buffer.from(bytes), encoding, { stripBOM: true });
  text = text.replace(/^\uFEFF/, '');
  if (controlRatio(text) > 0.02) {
    throw new IngestError(source, 'binary data, not text (control bytes found); give it a text, HTML, JSON or feed file');
  }
  if (!text.trim()) throw new IngestError(source, 'no text (only whitespace)');
  return { text, encoding };
}
