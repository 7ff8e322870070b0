/**
 * Metadata fields (titles, author names, outlet names) as plain text. They arrive with markup
 * from several places: an Atom `<title type="html">` is HTML by the spec ("Kepler-1708c" in
 * <i>), RSS titles are often escaped twice ("Mayor&#8217;s office"), JSON-LD headlines and
 * <title> elements carry entities. A consumer of Storyline's JSON must never get live markup,
 * so tags are dropped and entities decoded until none are left.
 */
import { htmlLibraries } from './libraries.js';
import { oneLine } from './text.js';

/** A tag opening, or a character reference (named, decimal, hexadecimal). */
const MARKUP = /<[a-z!/?]|&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;
/** Escaped more than this many times over is no title any more; stop decoding. */
const MAX_ROUNDS = 4;
/** No metadata field is longer; the cap keeps a hostile field's parse cheap. */
const MAX_FIELD_CHARS = 2_000;

export function plainText(value: string | null | undefined): string {
  let text = oneLine(value);
  if (text.length > MAX_FIELD_CHARS) text = text.slice(0, MAX_FIELD_CHARS);
  for (let round = 0; round < MAX_ROUNDS && MARKUP.test(text); round++) {
    const next = oneLine(htmlFragmentText(text));
    if (next === text) break;
    text = next;
  }
  // Escaped more times than decoded: what still looks like a tag loses its angle brackets.
  return /<[a-z!/?]/i.test(text) ? text.replace(/<(?=[a-z!/?])/gi, '‹').replace(/>/g, '›') : text;
}

/** The text of an HTML fragment as a browser would show it (the parser decodes every entity). */
function htmlFragmentText(html: string): string {
  const { document } = htmlLibraries().parseHTML('<!DOCTYPE html><html><body></body></html>');
  const holder = document.createElement('div');
  holder.innerHTML = html;
  for (const el of Array.from(holder.querySelectorAll('script, style, template'))) el.remove();
  // Tags break words apart where a browser would: "nine<br>days" is "nine days".
  for (const el of Array.from(holder.querySelectorAll('br, p, div, li'))) el.before(' ');
  return holder.textContent ?? '';
}
