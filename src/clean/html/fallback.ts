/**
 * The fallback when Readability returns nothing or too little: a text-density extractor over
 * the whole page. Every block of the page gets a score (prose: + its letters outside links;
 * links, short labels: a penalty) and the contiguous run of blocks with the highest total is
 * the article (the maximum-subarray view of boilerplate removal, as in Pasternack & Roth 2009,
 * "Extracting article text from the web with maximum subsequence segmentation").
 * Page chrome (nav, header, footer, aside, hidden elements) is skipped first.
 */
import { walkBlocks, type Block } from './walk.js';
import { wordChars, wordCount } from './text.js';

const CHROME = 'nav, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"]';

export function densityBlocks(doc: Document, baseUrl: string | null): Block[] {
  const body = doc.body ?? doc.documentElement;
  if (!body) return [];
  for (const el of Array.from(body.querySelectorAll(CHROME))) el.parentNode?.removeChild(el);
  const blocks = walkBlocks(body, baseUrl);
  if (!blocks.length) return [];
  const scores = blocks.map(blockScore);
  // Kadane: the run [bestStart, bestEnd] with the largest sum.
  let best = -Infinity;
  let bestStart = 0;
  let bestEnd = -1;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < scores.length; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += scores[i];
    if (sum > best) {
      best = sum;
      bestStart = start;
      bestEnd = i;
    }
  }
  if (best <= 0) return [];
  return blocks.slice(bestStart, bestEnd + 1).map((b, i) => ({ ...b, index: i, cue: null, cueGroup: -1 }));
}

function blockScore(b: Block): number {
  const letters = wordChars(b.text);
  const linkRatio = b.text.length ? Math.min(1, b.linkChars / b.text.length) : 0;
  const words = wordCount(b.text);
  const prose = linkRatio < 0.4 && (words >= 10 || letters >= 70) && /[.!?。！？”"]/.test(b.text);
  if (prose) return letters * (1 - linkRatio);
  // Headings and short lines between paragraphs cost little; link lists and chrome cost more.
  if (b.kind === 'heading' && linkRatio < 0.5) return -10;
  return -(25 + letters * (0.5 + linkRatio));
}
