import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/index.js';
import { cleanText } from '../../src/clean/text.js';
import { joinLines, joinWrapped, detectLayout } from '../../src/clean/unwrap.js';
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

  it('joins the lines of a paragraph as joinWrapped does, one line after the other', () => {
    const lines = ['In a power-', 'sharing deal, the govern-', 'ment named a 66-', 'year-old elec-', 'tion chief.'];
    expect(joinLines(lines)).toBe(lines.reduce((acc, line) => joinWrapped(acc, line)));
    expect(joinLines(lines)).toBe('In a power-sharing deal, the government named a 66-year-old election chief.');
    // A long block (a PDF extraction with no blank line) joins the same; its speed is the ingest benchmark's.
    const block: string[] = Array.from({ length: 2_000 }, (_, i) => (i % 7 === 6 ? 'the elec-' : 'the quick brown fox jumps over the lazy dog and'));
    expect(joinLines(block)).toBe(block.reduce((acc, line) => joinWrapped(acc, line)));
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

describe('bylines in plain text', () => {
  const story = (byline: string) =>
    cleanText(`Strike halts trains across France\n\n${byline}\n\nA national rail strike halted most trains across France on Tuesday, the SNCF said.\n`);

  it('takes a "By" line under the title as the authors, out of the body and kept in removed', () => {
    const out = story('By John Smith');
    expect(out.title).toBe('Strike halts trains across France');
    expect(out.authors).toEqual(['John Smith']);
    expect(out.body).toBe('A national rail strike halted most trains across France on Tuesday, the SNCF said.');
    expect(out.removed).toContainEqual({ text: 'By John Smith', reason: 'byline' });
  });

  it('reads several names, a title after the name, an outlet after a bar, capitals and initials', () => {
    expect(story('By Maria Rossi, Staff Reporter').authors).toEqual(['Maria Rossi']);
    expect(story('By Jane Doe and Pierre-Yves Martin in Paris').authors).toEqual(['Jane Doe', 'Pierre-Yves Martin']);
    expect(story('BY JOHN SMITH').authors).toEqual(['John Smith']);
    expect(story('By Sarah E. Needleman, Jon van der Berg and Ann Lee').authors).toEqual(['Sarah E. Needleman', 'Jon van der Berg', 'Ann Lee']);
    const barred = story('By Tom Krisher | Daily Planet');
    expect(barred.authors).toEqual(['Tom Krisher']);
    expect(barred.outlet).toBe('Daily Planet');
    expect(barred.body).not.toContain('Krisher');
    expect(story('By The Associated Press').authors).toEqual(['The Associated Press']);
    const staff = story('By Staff');
    expect(staff.authors).toEqual([]);
    expect(staff.removed).toContainEqual({ text: 'By Staff', reason: 'byline' });
  });

  it("a section or a stamp after the bar is no outlet, and the page's address outranks a byline's", () => {
    const section = cleanText('Strike halts trains\n\nBy Jane Doe | Politics\n\nA national rail strike halted most trains on Tuesday.\n', { url: 'https://www.theguardian.com/world/2024/strike' });
    expect(section.authors).toEqual(['Jane Doe']);
    expect(section.outlet).not.toBe('Politics');
    expect(story('By Jane Doe - Updated').outlet).not.toBe('Updated');
    expect(story('By Christmas').authors).toEqual([]);
  });

  it('reads a byline in Markdown emphasis', () => {
    const md = '# Strike halts trains across France\n\n*By Ann Author*\n\nA national rail strike halted most trains across France on Tuesday, the SNCF said.\n';
    const out = clean({ source: 'a.md', rawHash: '', docHash: '', format: 'markdown', text: md, encoding: 'UTF-8', hints: {} });
    expect(out.authors).toEqual(['Ann Author']);
    expect(out.body).not.toContain('Ann Author');
  });

  it('leaves sentences that start with "By" in the body', () => {
    for (const line of ['By Tuesday, most trains had stopped.', 'By Friday Evening Most Lines Were Running Again', 'By the end of the day, most trains had stopped']) {
      const out = story(line);
      expect(out.authors).toEqual([]);
      expect(out.body).toContain(line);
    }
  });
});

describe('hard-wrapped text whose wrap width changes between blocks', () => {
  // A PDF extraction: the first column wrapped at about 45 characters, the second at about 80.
  const narrow = [
    'ROME — The Italian government on Wednesday',
    'unveiled a pension reform that it says will',
    'cut the cost of early retirement by raising',
    'the minimum age for most workers from 62 to',
    '64 over the next four years. According to the',
    "ministry's own estimates, INPS would save",
    '4.2 billion euros a year by 2027, money the',
    'government wants to spend on family benefits.',
  ];
  const wide = [
    'Unions reacted angrily to the plan and called a general strike for next week. "This',
    'reform asks workers to pay for years of bad management," said the leader of the',
    'CGIL, the largest union, who announced marches in Rome on Friday and protests in',
    "Milan and Naples over the weekend. Employers' groups welcomed the announcement.",
  ];
  const last = ['The labour minister said the bill would reach parliament before the summer', 'recess.'];

  it('never breaks a paragraph in the middle of a sentence', () => {
    const out = cleanText([...narrow, '', ...wide, '', ...last].join('\n'));
    const paragraphs = out.body.split('\n\n');
    expect(paragraphs).toHaveLength(3);
    expect(out.body).toContain('from 62 to 64 over the next four years');
    expect(out.body).toContain('INPS would save 4.2 billion euros');
    expect(out.body).toContain('said the leader of the CGIL, the largest union');
    expect(out.body).toContain('protests in Milan and Naples');
    expect(paragraphs[2]).toBe('The labour minister said the bill would reach parliament before the summer recess.');
  });

  it('in one paragraph a line, goes on after a line ending on "of" or "the"', () => {
    const out = cleanText(
      'The ministry published the report on Monday.\nIt was drafted by a commission of\nLabour Ministry officials and union leaders.\nThe unions rejected it the same day.',
    );
    expect(out.body.split('\n\n')).toEqual([
      'The ministry published the report on Monday.',
      'It was drafted by a commission of Labour Ministry officials and union leaders.',
      'The unions rejected it the same day.',
    ]);
  });

  it('still keeps the paragraph breaks inside a block, at each block’s own width', () => {
    const block = [
      ...narrow.slice(0, -1),
      'government wants to spend on family',
      'benefits.',
      'Unions called a strike.',
      'The minister said the reform was needed to keep',
      'the pension system afloat for the next decade.',
    ];
    const out = cleanText([...block, '', ...wide].join('\n'));
    expect(out.body.split('\n\n')).toHaveLength(4);
    expect(out.body).toContain('on family benefits.\n\nUnions called a strike.\n\nThe minister said');
  });
});

describe('PDF page furniture', () => {
  const pdf = [
    'Daily Planet — Thursday, 14 March 2024',
    '',
    'Government Unveils Pension Reform',
    'to Cut Early Retirement Costs',
    '',
    'By Maria Rossi, Staff Reporter',
    '',
    'ROME — The Italian government on Wednesday unveiled a pension reform that it says',
    'will cut the cost of early retirement by raising the minimum age for most workers',
    'from 62 to 64 over the next four years, according to a draft seen by reporters.',
    '',
    'The labour minister told reporters that the reform would be presented to parliament',
    '',
    '3',
    '',
    'Daily Planet — Thursday, 14 March 2024',
    '',
    'before the summer recess, and that the government was open to changes for workers',
    'in physically demanding jobs, such as construction and nursing.',
    '',
    '',
    'Opposition parties said they would fight the bill in both chambers. The leader of',
    'the largest of them said the reform punished people who had started work young,',
    'often in factories and on farms, and that her party would table amendments to',
    'protect them. Business groups welcomed the plan but said it did not go far enough',
    'to secure the future of the pension system, which costs more than 15 percent of',
    'national output, one of the highest shares in Europe.',
    '',
    '4',
  ].join('\n');

  it('takes out page numbers and running headers, recorded, and joins the sentence a page break cut', () => {
    const out = cleanText(pdf);
    expect(out.body).not.toContain('Daily Planet');
    expect(out.body).not.toMatch(/^\d+$/m);
    expect(out.body).toContain('in both chambers. The leader of the largest');
    expect(out.removed).toContainEqual({ text: '3', reason: 'page-number' });
    expect(out.removed).toContainEqual({ text: '4', reason: 'page-number' });
    expect(out.removed.filter((r) => r.reason === 'running-header')).toHaveLength(2);
    expect(out.body).toContain('presented to parliament before the summer recess');
    expect(out.body.split('\n\n')).toHaveLength(3);
    expect(out.published).toBe('2024-03-14');
  });

  it('joins a headline wrapped over two lines into one title', () => {
    const out = cleanText(pdf);
    expect(out.title).toBe('Government Unveils Pension Reform to Cut Early Retirement Costs');
    expect(out.authors).toEqual(['Maria Rossi']);
    expect(out.body.startsWith('ROME — The Italian government')).toBe(true);
    const titleCase = cleanText(
      'Strike Halts Trains\nAcross Southern France\n\nA national rail strike halted most trains across the south of\nFrance on Tuesday, the SNCF said, as unions protested against a plan\nto close lines.',
    );
    expect(titleCase.title).toBe('Strike Halts Trains Across Southern France');
    // In a saved page, one paragraph a line, two lines in title case are a headline and its standfirst.
    const page = cleanText(
      [
        'Cops: Queens Woman Killed In Hit-And-Run',
        'Driver Charged With DWI, Vehicular Manslaughter',
        'A 45-year-old woman was struck and killed by a car in Queens early on Sunday, and the driver who fled the scene was arrested hours later, police said.',
        'The driver, a 31-year-old man from Brooklyn, was charged with driving while intoxicated and vehicular manslaughter.',
      ].join('\n'),
    );
    expect(page.title).toBe('Cops: Queens Woman Killed In Hit-And-Run');
  });

  it('keeps a standfirst under a one-line headline apart from it', () => {
    const out = cleanText(
      'Strike Halts Trains Across France\nUnions vow to keep up the action through the weekend\n\nA national rail strike halted most trains across France on Tuesday, the SNCF said. Commuters in\nParis queued for hours.',
    );
    expect(out.title).toBe('Strike Halts Trains Across France');
    expect(out.body.startsWith('Unions vow to keep up the action through the weekend\n\nA national rail strike')).toBe(true);
  });

  it('keeps the headline when it is also the running header of later pages', () => {
    const body = [
      'ROME — The Italian government on Wednesday unveiled a pension reform that it says',
      'will cut the cost of early retirement by raising the minimum age for most workers',
      'from 62 to 64 over the next four years, according to a draft seen by reporters.',
      'The labour minister told reporters that the reform would be presented to parliament',
      'before the summer recess, and that the government was open to changes for workers',
      'in physically demanding jobs, such as construction and nursing. Unions called a',
      'general strike for next week and said they would march in Rome, Milan and Naples.',
    ];
    const out = cleanText(['Pension Reform Clears First Hurdle', 'By Maria Rossi', '', ...body, '', 'Page 2 of 2', 'Pension Reform Clears First Hurdle', '', ...body].join('\n'));
    expect(out.title).toBe('Pension Reform Clears First Hurdle');
    expect(out.removed).toContainEqual({ text: 'Pension Reform Clears First Hurdle', reason: 'running-header' });
    expect(out.removed).toContainEqual({ text: 'Page 2 of 2', reason: 'page-number' });
    expect(out.body).not.toContain('Hurdle');
  });

  it('keeps the numbers of a list, a few lines apart', () => {
    const items = ['A new pension age.', 'A cap on early retirement.', 'More money for families.'];
    const out = cleanText(['The reform has three parts:', ...items.flatMap((item, i) => [String(i + 1), item])].join('\n\n'));
    expect(out.removed).toEqual([]);
    expect(out.body).toContain('\n\n2\n\nA cap on early retirement.');
  });

  it('keeps repeated lines that are sentences, and numbers inside the text', () => {
    const out = cleanText(
      [
        'Lawmakers approved the bill on Monday after a long debate in the chamber.',
        '"We will not give up."',
        'The minister repeated it twice.',
        '"We will not give up."',
        'The vote was 312 to 12.',
      ].join('\n\n'),
    );
    expect(out.body.split('\n\n')).toHaveLength(5);
    expect(out.removed).toEqual([]);
  });
});
