import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/index.js';
import { outletFromText } from '../../src/clean/outlet.js';
import { cleanText } from '../../src/clean/text.js';

/** The news of a wire report, as a syndicating site republishes it (QA scenario s2). */
const NEWS = [
  'A Dutch appeals court on Wednesday ordered Shell to reduce its net carbon emissions by 45% by 2030 compared with 2019 levels, upholding a landmark 2021 ruling that the oil major had said it would fight to the country\'s Supreme Court.',
  'The Hague Court of Appeal said Shell had a duty of care to limit emissions from the oil and gas it sells, not only from its own operations. The case was brought by Friends of the Earth Netherlands, known as Milieudefensie, on behalf of more than 17,000 Dutch citizens.',
  '"This is a huge victory for the climate," Milieudefensie director Donald Pols told reporters outside the courthouse. "Shell can no longer hide behind the promises it makes to its shareholders."',
  'Shell, Europe\'s largest oil company, moved its headquarters from The Hague to London in 2022. Its shares fell 1.8% in Amsterdam trading after the ruling.',
];

const SYNDICATED = [
  'Shell loses climate appeal: court says oil giant must slash emissions 45% by 2030',
  'Posted on March 12, 2025 by Energy Times Staff',
  '',
  'Share on Facebook Share on Twitter Share on LinkedIn',
  '',
  NEWS.join('\n\n'),
  '',
  '(Reporting by Bart Meijer; Editing by Toby Chopra)',
  '',
  'Read more: Oil majors face wave of climate lawsuits across Europe',
  '',
  'Energy Times is reader-funded. If you value independent energy journalism, please consider making a donation today. Every contribution, big or small, helps keep our reporting free for everyone.',
  '',
  'Donate now',
  '',
  'Subscribe to our newsletter for the latest energy news delivered to your inbox.',
  '',
  'Tags: Shell, climate, courts, Netherlands',
].join('\n');

describe('syndicated copy in plain text', () => {
  const out = cleanText(SYNDICATED);

  it('keeps the news, every paragraph of it, and nothing else', () => {
    expect(out.title).toBe('Shell loses climate appeal: court says oil giant must slash emissions 45% by 2030');
    expect(out.body).toBe(NEWS.join('\n\n'));
    expect(out.published).toBe('2025-03-12');
  });

  it('records the share line, the appeal and its button, and the tags in removed', () => {
    expect(out.removed).toContainEqual({ text: 'Share on Facebook Share on Twitter Share on LinkedIn', reason: 'share-follow' });
    expect(out.removed).toContainEqual({ text: 'Tags: Shell, climate, courts, Netherlands', reason: 'tags' });
    expect(out.removed.filter((r) => r.reason === 'donation-appeal').map((r) => r.text)).toEqual([
      'Energy Times is reader-funded. If you value independent energy journalism, please consider making a donation today. Every contribution, big or small, helps keep our reporting free for everyone.',
      'Donate now',
    ]);
  });

  it('keeps the "Read more" headline as a related link, whatever its length', () => {
    expect(out.links).toEqual([{ url: null, text: 'Oil majors face wave of climate lawsuits across Europe', kind: 'related' }]);
    expect(out.credits).toEqual(['(Reporting by Bart Meijer; Editing by Toby Chopra)']);
  });

  it('names the outlet its staff byline names', () => {
    expect(out.outlet).toBe('Energy Times');
  });
});

describe('furniture lines of any outlet', () => {
  const article = 'Lawmakers approved the bill on Monday after a long debate in the chamber.';
  const after = 'The law takes effect next year, officials said.';
  const cases: [string, string][] = [
    ['Share on Facebook Share on Twitter Share on LinkedIn', 'share-follow'],
    ['Share this article', 'share-follow'],
    ['Share via Email', 'share-follow'],
    ['Tweet', 'share-follow'],
    ['Copy link', 'share-follow'],
    ['Share this article | Share via Email | Copy link', 'share-follow'],
    ['Facebook Twitter WhatsApp Email', 'share-follow'],
    ['Tags: Shell, climate, courts, Netherlands', 'tags'],
    ['Topics: Climate change; Energy; Europe', 'tags'],
    ['Filed under: Politics, Elections', 'tags'],
    ['This newsroom is reader-supported. Please support our journalism with a contribution today: every gift helps us report on what matters to you.', 'donation-appeal'],
    ['If you found this useful, please consider becoming a member. Members keep our reporting free for everyone.', 'donation-appeal'],
    ['Become a member', 'donation-appeal'],
    ['Please donate to keep our reporting free for everyone.', 'donation-appeal'],
    ['Donate now to support independent journalism!', 'donation-appeal'],
  ];
  for (const [line, reason] of cases) {
    it(`removes "${line}" as ${reason}`, () => {
      const out = cleanText(`${article}\n\n${line}\n\n${after}`);
      expect(out.body).toBe(`${article}\n\n${after}`);
      expect(out.removed).toContainEqual({ text: line, reason });
    });
  }

  it('turns "Read more:", "Read next:" and "More on this story:" lines into related links, up to a headline\'s length', () => {
    for (const label of ['Read more:', 'READ MORE |', 'Read next:', 'More on this story:', 'See also:']) {
      const headline = 'Dutch court tells Shell to cut emissions by 45% as climate activists celebrate a landmark ruling';
      const out = cleanText(`${article}\n\n${label} ${headline}\n\n${after}`);
      expect(out.body, label).toBe(`${article}\n\n${after}`);
      expect(out.links, label).toEqual([{ url: null, text: headline, kind: 'related' }]);
    }
    // A paragraph is no headline: past 250 characters the line stays text.
    const long = `Read more: ${'the council said the plan would be reviewed again next year, '.repeat(5)}officials said.`;
    expect(cleanText(`${article}\n\n${long}`).body).toContain(long);
  });

  it('keeps the sentences of a report about donations, and lines that only look like tags or share buttons', () => {
    // Sentences of PolNeAR reports that the appeal rule used to take out.
    const news = [
      'Ms. Brainard has fueled the talk about her future by donating $2,700 to the Clinton campaign - the maximum amount an individual can give - raising eyebrows at the Fed and among congressional Republicans.',
      '"I just liked what he said at that time and wanted to make a donation," said Hayati Camlica, who owns a Long Island auto repair shop and donated $2,400 to Ayotte on the same day.',
      'In a September letter to Zucker, Trump asked the network to donate the profits from the upcoming Republican debate to veterans groups.',
      'Vermont Sen. Bernie Sanders also sent out a fundraising call following the remarks, asking supports to “donate $3 to our campaign now to condemn Donald Trump’s hate and racism.”',
      'If you would like to help, please consider making a donation to the flood relief fund, the Red Cross said on Tuesday.',
      '"They\'ve got a real problem if they lose here," said Jon Ralston, who runs a Nevada politics newsletter.',
      'Topics: the summit will cover trade, security and climate, the ministry said.',
      'Share prices fell 2% on Monday.',
      'Donations to the campaign rose after the debate, and supporters were urged to donate now before the deadline.',
      'Twitter: @Milbank.',
    ];
    for (const sentence of news) {
      const out = cleanText(`${article}\n\n${sentence}\n\n${after}`);
      expect(out.body, sentence).toBe(`${article}\n\n${sentence}\n\n${after}`);
    }
  });
});

describe('the outlet a report names in its dateline or staff byline', () => {
  it('reads the agency of a dateline, any agency after a place in capitals', () => {
    expect(outletFromText(['HAMBURG, Feb 3, 2025 (dpa) - Four people were killed and 23 injured when a fire swept through a building.'])).toBe('dpa');
    expect(outletFromText(['HAMBURG (dpa) - Four people were killed.'])).toBe('dpa');
    expect(outletFromText(['NEW DELHI (IANS) - The monsoon reached Kerala on Thursday.'])).toBe('IANS');
    expect(outletFromText(['THE HAGUE, March 12, 2025 (Reuters) - A Dutch appeals court on Wednesday ordered Shell to cut emissions.'])).toBe('Reuters');
    expect(outletFromText(['MALATYA, Turkey (AP) — A powerful earthquake shook eastern Turkey.'])).toBe('AP');
    expect(outletFromText(['Washington (CNN) — The Senate voted on Tuesday.'])).toBe('CNN');
  });

  it('takes no stamp or sentence in brackets for an agency', () => {
    expect(outletFromText(['WASHINGTON (UPDATED) - The Senate voted on Tuesday.'])).toBeNull();
    expect(outletFromText(['The company (Nasdaq) - the largest in the sector - said on Monday it would cut jobs.'])).toBeNull();
  });

  it('reads the outlet of a staff byline, not a person of one', () => {
    expect(outletFromText(['By Energy Times Staff'])).toBe('Energy Times');
    expect(outletFromText(['Posted on March 12, 2025 by Energy Times Staff'])).toBe('Energy Times');
    expect(outletFromText(['By The Daily Planet Staff'])).toBe('The Daily Planet');
    expect(outletFromText(['By Staff'])).toBeNull();
    expect(outletFromText(['By Tom Smith, Staff Writer'])).toBeNull();
    expect(outletFromText(['by our staff'])).toBeNull();
  });

  it('names the outlet of a plain-text wire report from its dateline', () => {
    const out = cleanText('Four dead as fire rips through Hamburg apartment block\nHAMBURG, Feb 3, 2025 (dpa) - Four people were killed and 23 injured when a fire swept through a seven-storey apartment building in Hamburg\'s Wilhelmsburg district early on Monday, the fire brigade said.\n');
    expect(out.outlet).toBe('dpa');
    expect(out.published).toBe('2025-02-03');
  });
});

describe('a publication date given by the user (ingest --date)', () => {
  const doc = (text: string) => ({ source: 'a.txt', rawHash: '', docHash: '', format: 'text' as const, text, encoding: 'UTF-8', hints: {} });

  it('dates a report that states no date of its own', () => {
    expect(clean(doc('Bridge Closed\n\nThe council closed the old bridge on Tuesday after engineers found cracks.'), { fallbackDate: '2024-03-05' }).published).toBe('2024-03-05');
  });

  it('never replaces the date a report states', () => {
    expect(clean(doc('Bridge Closed\nMarch 1, 2024\nThe council closed the old bridge on Tuesday after engineers found cracks.'), { fallbackDate: '2024-03-05' }).published).toBe('2024-03-01');
  });
});
