import type { DateMention } from '../../types.js';

/**
 * A date's value as a reader is shown it (the CLI's `show` and the web page's highlights): the
 * resolved TimeML value, or what the text says without its year ("XXXX-02-22 (year unknown)"),
 * or null when neither is known. Pure and free of Node, so that the web page bundles it too.
 */
export function describeDateValue(d: Pick<DateMention, 'value' | 'unanchored'>): string | null {
  return d.value ?? (d.unanchored ? `${d.unanchored} (year unknown)` : null);
}
