/**
 * Click-tracking parameters that feeds and shared links append to an article's address
 * ("?utm_source=rss&utm_medium=rss"): they name the campaign, never the article, and keep two
 * copies of one report from sharing a URL.
 */
const TRACKING_PARAMETER = /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|yclid|igshid|mc_cid|mc_eid|_ga)$/i;

/** The URL without tracking parameters; anything that does not parse as a URL is returned as given. */
export function withoutTracking(url: string): string {
  if (!url.includes('?')) return url;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const tracking = [...parsed.searchParams.keys()].filter((k) => TRACKING_PARAMETER.test(k));
  if (!tracking.length) return url;
  for (const k of tracking) parsed.searchParams.delete(k);
  return parsed.href.replace(/\?(?=#|$)/, '');
}
