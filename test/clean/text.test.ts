import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/clean/text.js';
import { joinWrapped, detectLayout } from '../../src/clean/unwrap.js';
import { loadRules, DEFAULT_RULES } from '../../src/clean/rules.js';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('hard-wrapped text', () => {
  it('undoes line-end hyphenation only where the joined word is a word', () => {
    expect(joinWrapped('a snap elec-', 'tion was held')).toBe('a snap election was held');
    expect(joinWrapped('the 66-', 'year-old diplomat')).toBe('the 66-year-old diplomat');
    expect(joinWrapped('In a power-', 'sharing deal')).toBe('In a power-sharing deal');
    expect(joinWrapped('by the state-', 'run agency')).toBe('by the state-run agency');
    expect(joinWrapped('Kassym-', 'Jomart Tokayev')).toBe('Kassym-Jomart Tokayev');
    expect(joinWrapped('the govern-', 'ment said')).toBe('the government said');
  });

  it('joins wrapped lines into paragraphs and keeps paragraph breaks', () => {
    const text = [
      'The council met on Tuesday to discuss the budget for the coming',
      'year, and voted to raise spending on schools by a large margin after',
      'a long debate.',
      '',
      'Opponents said the plan was too expensive and would need new taxes',
      'within two years.',
    ].join('\n');
    const out = cleanText(text);
    expect(out.body.split('\n\n')).toHaveLength(2);
    expect(out.body).toContain('for the coming year, and voted');
    expect(out.body).not.toMatch(/\w\n\w/);
  });

  it('keeps one sentence per line as separate paragraphs when the text is not wrapped', () => {
    const lines = [
      'The mayor resigned on Friday after weeks of pressure from the council.',
      'She said the decision was her own.',
      'Her deputy will lead the city until an election in the spring, officials said.',
      'The council thanked her for eight years of service.',
    ];
    expect(detectLayout(lines).wrapped).toBe(false);
    expect(cleanText(lines.join('\n')).body.split('\n\n')).toHaveLength(4);
  });
});

describe('title, URL and dates', () => {
  it('recognises a title line on its own, the page URL heading a dump, and a date line', () => {
    const out = cleanText(
      [
        'http://www.example.com/2012/08/07/warehouse-burns-down/',
        'Old Warehouse Burns Down',
        'August 7, 2012-5:46 pm',
        'A pre-dawn blaze destroyed the old dairy warehouse on Tuesday.',
        'Nobody was hurt, the fire chief said.',
      ].join('\n'),
    );
    expect(out.title).toBe('Old Warehouse Burns Down');
    expect(out.url).toBe('http://www.example.com/2012/08/07/warehouse-burns-down/');
    expect(out.published).toBe('2012-08-07');
    expect(out.outlet).toBe('example.com');
    expect(out.body).not.toContain('http');
    expect(out.removed.map((r) => r.reason)).toContain('date-line');
  });

  it('trusts the URL path over a dateline, and a dateline over a First Published line', () => {
    const withUrl = cleanText('Title Here\n\nMOSCOW, Nov. 20, 2022 (Reuters) - Something happened.\n\nFirst Published: Nov 25, 2022', { url: 'https://x.org/2022/11/21/a' });
    expect(withUrl.published).toBe('2022-11-21');
    const noUrl = cleanText('Title Here\n\nMOSCOW, Nov. 20, 2022 (Reuters) - Something happened today in the city.\n\nFirst Published: Nov 25, 2022');
    expect(noUrl.published).toBe('2022-11-20');
    const onlyLine = cleanText('Title Here\n\nSomething happened today in the city.\n\nFirst Published: Nov 25, 2022 10:00 AM');
    expect(onlyLine.published).toBe('2022-11-25');
  });

  it('trusts a date printed above the article over the date in its URL (archives, moved pages, slugs)', () => {
    const moved = cleanText(
      [
        'http://www.washingtonpost.com/politics/watergate-bagman-fred-larue-75-dies/2012/05/31/gJQATOlOGV_story.html',
        "Watergate 'Bagman' Fred LaRue, 75, Dies",
        'Published: July 29, 2004',
        'Frederick Cheney LaRue, 75, the shadowy Nixon White House aide, died of coronary artery disease in a Biloxi motel room.',
      ].join('\n'),
    );
    expect(moved.published).toBe('2004-07-29');
    const archive = cleanText('http://nbasource.blogspot.com/2005_05_01_archive.html\nMONDAY, MAY 23, 2005\nFIRED IN PHILLY!!\nThe coach was fired today and his successor was named.');
    expect(archive.published).toBe('2005-05-23');
    // An update stamp is no publication date: the URL's date stays.
    const updated = cleanText('http://x.org/2019/06/10/story\nUpdated: June 14, 2019\nThe minister resigned on Monday after a week of protests.');
    expect(updated.published).toBe('2019-06-10');
  });

  it('reads no day from a URL slug that begins with a number', () => {
    const out = cleanText('Title Here\n\nThe Academy named its host this morning, a second stint for the comedian.', { url: 'http://www.vulture.com/2013/08/5-thoughts-on-the-oscar-host.html' });
    expect(out.published).toBeNull();
    expect(cleanText('Title Here\n\nThe Academy named its host this morning.', { url: 'http://x.org/2013/08/05-host.html' }).published).toBe('2013-08-05');
  });

  it('never takes a date from a link inside the article, nor from a relative "posted ... ago"', () => {
    const out = cleanText('Title Here\n\nSomething happened in the city on Monday.\n\nhttps://news.example.com/2025/11/02/other-story\n\nPosted 1 year, 160 days ago');
    expect(out.published).toBeNull();
    expect(out.links).toEqual([{ url: 'https://news.example.com/2025/11/02/other-story', text: 'https://news.example.com/2025/11/02/other-story', kind: 'inline' }]);
  });
});

describe('boilerplate rules', () => {
  const article = 'Lawmakers approved the bill on Monday after a long debate in the chamber.';
  const cases: [string, string][] = [
    ['Subscribe now to get unlimited access', 'subscription-prompt'],
    ['Sign up for our newsletter', 'subscription-prompt'],
    ['We use cookies to improve your experience. Accept all cookies', 'cookie-prompt'],
    ['Read more', 'read-more'],
    ['Remind me later.', 'remind-me-later'],
    ['Visa / Mastercard / PayPal', 'payment-methods'],
    ['Share on Facebook | Twitter | WhatsApp', 'share-follow'],
    ['Follow us on Twitter for the latest news', 'share-follow'],
    ['Advertisement', 'advertisement'],
    ['© 2024 Example News. All rights reserved.', 'copyright'],
  ];
  for (const [line, reason] of cases) {
    it(`removes "${line}" as ${reason}`, () => {
      const out = cleanText(`${article}\n\n${line}\n\nThe law takes effect next year, officials said.`);
      expect(out.body).not.toContain(line);
      expect(out.removed).toContainEqual({ text: line, reason });
      expect(out.body).toContain('The law takes effect next year');
    });
  }

  it('removes a donation appeal and the paragraphs that continue it, but not the news after it', () => {
    const out = cleanText(
      [
        article,
        '… we have a small favor to ask. Our newsroom depends on readers like you.',
        'We cannot do this without you: our journalism is independent and we need your support to continue.',
        'paiment methods',
        'The mayor said the new law would be reviewed in a year.',
      ].join('\n\n'),
    );
    expect(out.removed.filter((r) => r.reason === 'donation-appeal')).toHaveLength(3);
    expect(out.body).toContain('The mayor said the new law would be reviewed');
  });

  it('turns related-article lines and their URL into one related link, and credits into credits', () => {
    const out = cleanText(
      [article, 'Related article: Parliament Votes on New Budget Rules', 'https://news.example.com/2024/01/02/parliament-votes-new-budget-rules', 'The vote was close.', 'Reuters contributed reporting to this article.'].join('\n\n'),
    );
    expect(out.links).toEqual([{ url: 'https://news.example.com/2024/01/02/parliament-votes-new-budget-rules', text: 'Parliament Votes on New Budget Rules', kind: 'related' }]);
    expect(out.credits).toEqual(['Reuters contributed reporting to this article.']);
    expect(out.body).toBe(`${article}\n\nThe vote was close.`);
    expect(out.published).toBeNull();
  });

  it('takes bare URLs out of sentences as inline links', () => {
    const out = cleanText(`${article} The full text is at https://example.org/bill.pdf for readers.\n\nMore later.`);
    expect(out.body).not.toContain('https://');
    expect(out.links.map((l) => l.url)).toEqual(['https://example.org/bill.pdf']);
  });

  it('reads user rules from a JSON file and applies them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'storyline-rules-'));
    const file = join(dir, 'rules.json');
    writeFileSync(file, JSON.stringify([{ name: 'house-promo', pattern: '^Listen to our podcast' }]));
    const rules = [...loadRules(file), ...DEFAULT_RULES];
    const out = cleanText(`${article}\n\nListen to our podcast every Friday\n\nThe end.`, {}, { rules });
    expect(out.removed).toContainEqual({ text: 'Listen to our podcast every Friday', reason: 'house-promo' });
    writeFileSync(file, JSON.stringify([{ name: 'bad', pattern: '(' }]));
    expect(() => loadRules(file)).toThrow(/rules\.json: rule "bad"/);
  });
});

describe('date lines as pages print them', () => {
  const head = (line: string) => cleanText(`Fire Destroys Warehouse\n${line}\nA fire destroyed the old warehouse on Tuesday, officials said.\nNobody was hurt.`).published;
  it('reads the first date of a stamp line, with its words around it', () => {
    expect(head('on April 30, 2008 at 4:31 AM, updated May 2, 2008 at 8:33 AM')).toBe('2008-04-30');
    expect(head('8:05am UK, Monday 16 September 2013')).toBe('2013-09-16');
    expect(head('Washington D.C., Jul 13, 2009/02:00 pm (CNA)')).toBe('2009-07-13');
  });
  it('does not take a date from a sentence of the story', () => {
    expect(head('The warehouse, built on May 4, 1932, was the last of the colony buildings still standing.')).toBeNull();
  });
  it('reads month names in the URL path', () => {
    expect(cleanText('Title Here\n\nSomething happened in the city.', { url: 'https://www.theguardian.com/film/2013/aug/02/some-story' }).published).toBe('2013-08-02');
  });
});
