/**
 * Which outlet published the report, when metadata does not say: what the text says of itself
 * ("Support The Moscow Times!", "(Reuters) -", "© 2022 The Associated Press"), else the host of
 * the article's own URL.
 */
const SELF_NAMING: readonly RegExp[] = [
  /\b(?:support|donate to|subscribe to)\s+((?:the\s+)?[A-Z][\w'&.-]*(?:\s+[A-Z][\w'&.-]*){0,4})\s*!/i,
  /^[A-Z][A-Za-z .,'-]{1,40}(?:,[^(]{0,30})?\s*\(((?:Reuters|AP|AFP|Bloomberg|UPI|CNN|BBC))\)\s*[-–—]/,
  /(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?((?:the\s+)?[A-Z][\w'&.-]*(?:\s+[A-Z][\w'&.-]*){0,4})/i,
];

export function outletFromText(texts: readonly string[]): string | null {
  for (const text of texts) {
    for (const pattern of SELF_NAMING) {
      const m = pattern.exec(text);
      if (m) return m[1].replace(/^the\s/, 'The ').replace(/[.,]+$/, '').trim();
    }
  }
  return null;
}

export function outletFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.replace(/^(www|m|amp|mobile|edition)\./, '');
    return host || null;
  } catch {
    return null;
  }
}
