import { matchKey } from '../words.js';

const NOT_ASCII = /[^\x00-\x7f]/;
/** Words for linking: lowercased content words, without the function words that every report shares. */
const STOP = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours out over own same she should so some such than that the their theirs them then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours said says say told according mr mrs ms one two new also year years last first would could may might like get got make made including since still even back well around`.split(
    ' ',
  ),
);

/** Content words, each as its match key (words.ts): "Erdoğan" and "Erdogan" are one word. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  const ascii = !NOT_ASCII.test(text);
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
    const w = (ascii ? m[0] : matchKey(m[0])).replace(/['’]s$/, '');
    if (w.length > 2 && !STOP.has(w) && !/^\d+$/.test(w)) out.push(w);
  }
  return out;
}

/** How often each word occurs: parallel lists, the words in the order they were met. */
export interface WordCounts {
  words: string[];
  counts: number[];
}

/**
 * Term frequencies of the `limit` most frequent words, ties going to the word met first: a long
 * report keeps what it is about (news puts it first) and its vector stays as cheap to compare as
 * a short one's. Words in the order they were met. Two lists, not an object keyed by word: read
 * back from the store, an object with a hundred keys never seen before costs V8 four times as
 * much to build (a new hidden class per key), and the linker reads twenty per article.
 */
export function termFrequencies(words: readonly string[], limit = Infinity): WordCounts {
  const tf = new Map<string, number>();
  for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
  let kept = [...tf];
  if (kept.length > limit) {
    // sort is stable: among equal counts, the word met first stays first.
    const top = new Set([...kept].sort((x, y) => y[1] - x[1]).slice(0, limit).map(([w]) => w));
    kept = kept.filter(([w]) => top.has(w));
  }
  return { words: kept.map(([w]) => w), counts: kept.map(([, n]) => n) };
}

const CALENDAR = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/** Names written with capitals inside sentences: the fallback when no entity was recognised. */
export function capitalisedNames(body: string): string[] {
  const names = new Set<string>();
  for (const m of body.matchAll(/(?<=[a-z,;:]\s)((?:[A-Z][\p{L}'’-]+)(?:\s+[A-Z][\p{L}'’-]+)*)/gu)) {
    const name = m[1].replace(/['’]s$/, '');
    if (name.length > 2 && !CALENDAR.test(name)) names.add(matchKey(name));
  }
  return [...names];
}

/**
 * News agencies, whose names a report carries because they wrote it ("KATHMANDU (Reuters) -",
 * "the AP reported"), not because they took part: two crashes a world apart both name Reuters.
 * Hand-written: the wire services of the world's news.
 */
const WIRE_AGENCIES = new Set(
  ['reuters', 'thomson reuters', 'associated press', 'the associated press', 'ap', 'afp', 'agence france-presse', 'agence france presse', 'dpa', 'deutsche presse-agentur', 'xinhua', 'xinhua news agency', 'tass', 'itar-tass', 'ria novosti', 'interfax', 'upi', 'united press international', 'efe', 'ansa', 'kyodo', 'kyodo news', 'yonhap', 'pti', 'press trust of india', 'ani', 'anadolu', 'anadolu agency', 'aap', 'australian associated press', 'bernama', 'pa media', 'press association', 'canadian press', 'the canadian press'],
);

/** Whether a name (a match key) is a news agency or the report's own outlet: who told it, not who is in it. */
export function isReporter(name: string, outlet: string | null): boolean {
  return WIRE_AGENCIES.has(name) || (outlet !== null && name === matchKey(outlet).replace(/^the\s+/, ''));
}

/** How far back a sentence's start is looked for: a report's every figure asks, and a pasted text may be one line of a megabyte. */
const SENTENCE_REACH = 1000;

/**
 * The sentence holding a span: from after the last sentence end before it to the next one after
 * it. A line break ends one too: a cleaned body's lines are paragraphs, and a dateline or a
 * headline has no period.
 */
export function sentenceAround(body: string, start: number, end: number): [number, number] {
  const reach = Math.max(0, start - SENTENCE_REACH);
  let from = reach;
  for (const m of body.slice(reach, start).matchAll(/[.!?]["”’)]*\s+|\n/g)) from = reach + m.index + m[0].length;
  const after = /[.!?]["”’)]*(\s|$)|\n/.exec(body.slice(end));
  return [from, after ? end + after.index + 1 : body.length];
}

/**
 * A report's first sentence, shortened at a word to `max` characters: a headline for a report
 * without a title. A sentence may end in "。！？" (Chinese, Japanese), and a text without spaces
 * is cut where it reaches the length.
 */
export function leadOf(body: string, max = 120): string {
  const first = /^.*?(?:[.!?](?=\s|$)|[。！？])/su.exec(body)?.[0] ?? body;
  if (first.length <= max) return first;
  const cut = first.lastIndexOf(' ', max - 3);
  return (cut > max / 2 ? first.slice(0, cut) : first.slice(0, max - 1)) + '…';
}
