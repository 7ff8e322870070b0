import type { RemovedText } from '../types.js';
import { VIEW_IN_BROWSER, YOU_RECEIVE_THIS } from './newsletter-lines.js';

/**
 * A report pasted or saved out of an e-mail (a newsletter, a forwarded story): quoted-printable
 * escapes ("=E2=82=AC"), the header block ("From:", "Subject:", "Date:"), the "Forwarded
 * message" line, "> " quote marks and the footer under "Unsubscribe" are the mail's, not the
 * article's. They go before the text is read as any other (recorded in `removed`); the Date
 * header is kept as a last-resort publication date (a forward is sent after the story).
 */
export interface EmailText {
  text: string;
  removed: RemovedText[];
  /** The Date header's value, if the text opened with a header block. */
  sent: string | null;
}

const HEADER_FIELD = /^(?:from|to|cc|bcc|subject|date|sent|reply-to)\s*:\s*\S/i;
const KEY_FIELD = /^(?:from|subject)\s*:/i;
const FORWARD_MARKER = /^(?:-{2,}\s*(?:forwarded message|original message)\s*-{2,}|begin forwarded message:?)$/i;
/** The footer of a mailing: the lines from it to the end are the list's, not the story's. */
const FOOTER_START = new RegExp(String.raw`^(?:unsubscribe\b|${YOU_RECEIVE_THIS}\b)`, 'i');
const FOOTER_LINES = 12;
/** The first line of a newsletter pasted without its headers. */
const VIEW_IN_BROWSER_LINE = new RegExp(String.raw`^${VIEW_IN_BROWSER}\b`, 'i');
const MAX_FOOTER_LINE = 200;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const cp1252 = new TextDecoder('windows-1252');

/** A run of quoted-printable escapes as the text it encodes: UTF-8 if it is, else Windows-1252 when `any`, else null. */
function decodeEscapes(run: string, any: boolean): string | null {
  const bytes = Uint8Array.from(run.slice(1).split('='), (h) => parseInt(h, 16));
  try {
    const text = utf8.decode(bytes);
    return any || /[^\x00-\x7f]/.test(text) ? text : null;
  } catch {
    return any ? cp1252.decode(bytes) : null;
  }
}

/**
 * Quoted-printable text decoded. Only when it is clearly so: escapes that spell UTF-8 characters
 * ("=E2=82=AC" is "€") are decoded wherever they stand (a header is often encoded while the body
 * is not); soft line breaks ("=" ending a line) and every other escape ("=3D", "=20") only in a
 * text that has both such breaks and such characters, as a QP body has.
 */
export function decodeQuotedPrintable(text: string): string {
  if (!/=[0-9A-F]{2}/.test(text)) return text;
  const utf8Runs = (text.match(/(?:=[0-9A-F]{2})+/g) ?? []).filter((run) => decodeEscapes(run, false) !== null).length;
  if (!utf8Runs) return text;
  const softBreaks = text.match(/[^=\s]=\r?\n/g)?.length ?? 0;
  const body = softBreaks >= 2;
  const joined = body ? text.replace(/(?<=[^=\s])=\r?\n/g, '') : text;
  return joined.replace(/(?:=[0-9A-F]{2})+/g, (run) => decodeEscapes(run, body) ?? run);
}

/** The index after a header block starting at `at` (2 fields or more, From or Subject among them), or `at`. */
function headerBlockEnd(lines: readonly string[], at: number): number {
  let i = at;
  let key = false;
  while (i < lines.length && (HEADER_FIELD.test(lines[i]) || (i > at && /^\s+\S/.test(lines[i]) && HEADER_FIELD.test(lines[at])))) {
    key ||= KEY_FIELD.test(lines[i]);
    i++;
  }
  return i - at >= 2 && key ? i : at;
}

/** Strips the "> " quote marks when most lines carry them (a forwarded or replied-to story). */
function unquote(lines: string[]): string[] {
  const content = lines.filter((l) => l.trim());
  const quoted = content.filter((l) => /^\s*>/.test(l)).length;
  if (quoted < 3 || quoted < content.length * 0.6) return lines;
  return lines.map((l) => l.replace(/^\s*(?:> ?)+/, ''));
}

/** Header blocks and forward markers at the head of the text, out; the Date header kept. */
function stripHeaders(lines: string[], removed: RemovedText[], sent: { date: string | null }): string[] {
  let i = 0;
  for (;;) {
    while (i < lines.length && !lines[i].trim()) i++;
    if (i < lines.length && FORWARD_MARKER.test(lines[i].trim())) {
      removed.push({ text: lines[i].trim(), reason: 'email-header' });
      i++;
      continue;
    }
    const end = headerBlockEnd(lines, i);
    if (end === i) break;
    for (const line of lines.slice(i, end)) {
      removed.push({ text: line.trim(), reason: 'email-header' });
      sent.date ??= /^date\s*:\s*(.+)$/i.exec(line.trim())?.[1] ?? null;
    }
    i = end;
  }
  return lines.slice(i);
}

/** The footer of a mailing, from "Unsubscribe" or "You are receiving this email" to the end, when it is short. */
function stripFooter(lines: string[], removed: RemovedText[]): string[] {
  const content = lines.flatMap((l, i) => (l.trim() ? [i] : []));
  const start = content.slice(-FOOTER_LINES).find((i) => FOOTER_START.test(lines[i].trim()));
  if (start === undefined || lines.slice(start).some((l) => l.trim().length > MAX_FOOTER_LINE)) return lines;
  for (const line of lines.slice(start)) if (line.trim()) removed.push({ text: line.trim(), reason: 'email-footer' });
  return lines.slice(0, start);
}

/** The text without what the e-mail wrapped it in. Text that is no e-mail comes back as it was. */
export function unwrapEmail(text: string): EmailText {
  const removed: RemovedText[] = [];
  const sent = { date: null as string | null };
  const decoded = decodeQuotedPrintable(text);
  let lines = stripHeaders(decoded.split('\n'), removed, sent);
  const isEmail = removed.length > 0 || decoded !== text || lines.some((l) => VIEW_IN_BROWSER_LINE.test(l.trim()));
  lines = unquote(lines);
  if (isEmail) lines = stripFooter(stripHeaders(lines, removed, sent), removed);
  return { text: lines.join('\n'), removed, sent: sent.date };
}
