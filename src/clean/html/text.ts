/** Whitespace and invisible-character normalisation shared by the HTML passes. */

// Zero-width space, BOM and soft hyphen carry no text; ZWJ/ZWNJ are kept (scripts and emoji need them).
const INVISIBLE = /[\u200b\ufeff\u00ad]/g;

/** Collapses runs of whitespace (NBSP included) to one space; keeps '\n' line breaks, trimmed. */
export function normaliseBlockText(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/** One-line form: every whitespace run (line breaks too) becomes a single space. */
export function oneLine(text: string | null | undefined): string {
  return (text ?? '').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** Letters and digits in a string: what a "length" means for density cues (punctuation-free). */
export function wordChars(text: string): number {
  return text.replace(/[^\p{L}\p{N}]+/gu, '').length;
}

export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)?.length ?? 0;
}
