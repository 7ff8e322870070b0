/**
 * Structural cues: what an element inside the article container is, judged from its tag, ARIA
 * role and class/id names. Readability keeps such elements when they sit inside a container it
 * likes ("related-content" passes its "content" exception); the passes drop them again, unless
 * the element holds a large share of the article text (see passes.ts), so that a site naming its
 * body wrapper "post-meta-enabled" loses nothing.
 */
export type Cue =
  | 'caption'
  | 'related'
  | 'share'
  | 'appeal'
  | 'ad'
  | 'byline-meta'
  | 'comments'
  | 'tags'
  | 'cookie'
  | 'author-bio'
  | 'navigation'
  | 'aside'
  | 'article-header'
  | 'footer'
  | 'form'
  /** Inside an image/gallery wrapper: a caption when short (see passes.ts). */
  | 'media';

const TAG_CUES: Record<string, Cue> = {
  figure: 'caption',
  figcaption: 'caption',
  aside: 'aside',
  nav: 'navigation',
  header: 'article-header',
  footer: 'footer',
  form: 'form',
};

const ROLE_CUES: Record<string, Cue> = {
  navigation: 'navigation',
  complementary: 'aside',
  banner: 'article-header',
  contentinfo: 'footer',
  search: 'form',
  menu: 'navigation',
};

/**
 * Name patterns, tried in this order (first match wins). A name is one class or the id, lower
 * case. `\b`-like edges are written as (^|[-_]) / ([-_]|$) so "ad" matches "ad-slot" and
 * "top_ad" but not "header" or "add"; distinctive words match anywhere ("relatedstories").
 */
const NAME_CUES: [Cue, RegExp][] = [
  ['caption', /caption|(^|[-_])(credit|credits|photo-?credit|image-?credit|media-?credit|wp-caption-text)([-_]|$)/],
  ['related', /related|recommend|(^|[-_])(more-?(stories|articles|news|from)|read-?more|also-?read|further-?reading|trending|popular|most-?(read|popular|viewed)|recirc\w*|outbrain|taboola|teasers?|next-?up|up-?next|you-?may-?like)([-_]|$)/],
  ['share', /social|sharing|sharethis|addthis|(^|[-_])(share\w*|follow-?us|shares)([-_]|$)/],
  ['appeal', /newsletter|subscri|signup|sign-up|paywall|donat|membership|(^|[-_])(promo\w*|cta|upsell|register|inline-?signup)([-_]|$)/],
  ['ad', /advert|sponsor|(^|[-_])(ad|ads|adv|adslot|ad-?slot|ad-?unit|ad-?container|ad-?wrapper|dfp|gpt|banner-?ad|native-?ad|affiliate)([-_]|$)/],
  ['comments', /comment|disqus|(^|[-_])(respond|replies|discussion)([-_]|$)/],
  ['cookie', /cookie|consent|gdpr/],
  ['author-bio', /(^|[-_])(author-?(bio|box|info|card|about)|about-?(the-?)?author|bio|contributor-?bio)([-_]|$)/],
  ['byline-meta', /byline|dateline|timestamp|(^|[-_])(author|authors|article-?meta|post-?meta|entry-?meta|meta|meta-?data|posted-?on|publish\w*|date|time|updated|info-?bar)([-_]|$)/],
  ['tags', /breadcrumb|(^|[-_])(tags?|tag-?list|topics|categories|keywords)([-_]|$)/],
  ['navigation', /(^|[-_])(nav|navbar|navigation|menu|pagination|pager|skip-?link)([-_]|$)/],
  // Last: text inside an image/gallery wrapper is its caption ("InlineImage-imageEmbed").
  ['media', /image|photo|picture|gallery|slideshow|(^|[-_])(figure|img|media)([-_]|$)/],
];

/**
 * Elements that are invisible until hovered or are for screen readers only: never article text
 * (a name's hover card with its latest headlines, "opens in a new window").
 */
const HIDDEN_NAME = /^(hidden|hide|is-hidden|d-none|display-none|visually-?hidden|sr-only|screen-?reader-?(text|only)|offscreen|element-invisible)$|rollover|popover|tooltip|hover-?card/;

export function isHiddenElement(el: Element, names: string): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  return names !== '' && names.split(/\s+/).some((n) => HIDDEN_NAME.test(n));
}

/** Names Readability gives its own wrappers: never cues. */
const OWN_NAMES = /^readability-|^page$/;

export function cueOf(tag: string, role: string | null, names: string): Cue | null {
  const byTag = TAG_CUES[tag];
  if (byTag) return byTag;
  if (role) {
    const byRole = ROLE_CUES[role.trim().toLowerCase()];
    if (byRole) return byRole;
  }
  if (!names) return null;
  const list = names.split(/\s+/).filter((n) => n && !OWN_NAMES.test(n));
  for (const [cue, re] of NAME_CUES) if (list.some((n) => re.test(n))) return cue;
  return null;
}

/** The attribute that carries a cue through Readability ("related:12": cue and element id). */
export const CUE_ATTRIBUTE = 'data-storyline-cue';

/**
 * Marks every element under `root` with the cue of its nearest cued ancestor-or-self, before
 * Readability runs: Readability replaces a <div class="newsletter"> that wraps a single <p> by
 * that <p>, and the class would be lost with it. The mark names the cued element (a number), so
 * the passes can tell how much text one related box or caption holds. One pass in document
 * order; returns the number of cued elements.
 */
export function markCues(root: Element): number {
  const marks = new Map<Element, string>();
  let groups = 0;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = el.localName?.toLowerCase() ?? '';
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.trim().toLowerCase();
    const own = cueOf(tag, el.getAttribute('role'), names);
    const parent = el.parentElement;
    const mark = own ? `${own}:${groups++}` : parent ? marks.get(parent) : undefined;
    if (!mark) continue;
    marks.set(el, mark);
    el.setAttribute(CUE_ATTRIBUTE, mark);
    markText(el, mark);
  }
  return groups;
}

/**
 * The cue marks of text nodes. Readability wraps the loose text of a <div> in a new <p> and then
 * puts that <p> in the div's place, so `<div class="donate">Support us from €2.</div>` comes out
 * as a bare <p>: the element and its mark are gone, but the text node is the same object.
 */
const textMarks = new WeakMap<Node, string>();

function markText(el: Element, mark: string): void {
  for (const child of Array.from(el.childNodes)) if (child.nodeType === 3 && /\S/.test(child.nodeValue ?? '')) textMarks.set(child, mark);
}

/** The mark markCues gave a text node's element, if any. */
export function textCueMark(node: Node): string | null {
  return textMarks.get(node) ?? null;
}

/** Reads a mark written by markCues. */
export function readCueMark(value: string | null): { cue: Cue; group: number } | null {
  if (!value) return null;
  const colon = value.lastIndexOf(':');
  return { cue: value.slice(0, colon) as Cue, group: Number(value.slice(colon + 1)) };
}
