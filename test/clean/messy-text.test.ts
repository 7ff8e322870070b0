import { describe, expect, it } from 'vitest';
import { dateFromDateline } from '../../src/clean/published.js';
import { cleanText } from '../../src/clean/text.js';
import { decodeBytes } from '../../src/ingest/decode.js';

/** A page of wrapped text, `n` lines of it, each line ending mid-sentence but the last. */
const page = (words: string, n = 9) =>
  Array.from({ length: n }, (_, i) => (i === n - 1 ? `the ${words} said on Monday.` : `the ${words} council agreed to look again at the`));

describe('PDF text: footers, page numbers, footnotes, ligatures', () => {
  it('takes out a footer repeated on every page with its page number changing, recorded', () => {
    const text = [
      'Port upgrade accounts do not add up',
      'By Jane Roe',
      ...page('port'),
      'Harbour Gazette — Page 1 of 3',
      ...page('harbour'),
      'Harbour Gazette — Page 2 of 3',
      ...page('city'),
      'Harbour Gazette — Page 3 of 3',
    ].join('\n');
    const out = cleanText(text);
    expect(out.body).not.toContain('Gazette');
    expect(out.body).not.toContain('Page');
    expect(out.removed.filter((r) => r.reason === 'running-header').map((r) => r.text)).toEqual([
      'Harbour Gazette — Page 1 of 3',
      'Harbour Gazette — Page 2 of 3',
      'Harbour Gazette — Page 3 of 3',
    ]);
    // A header whose page number stands apart by a PDF layout's wide gap.
    const gap = cleanText(['DAILY COURIER                    3', ...page('port'), '', 'DAILY COURIER                    4', ...page('city')].join('\n'));
    expect(gap.body).not.toContain('COURIER');
    expect(gap.removed.map((r) => r.reason)).toEqual(['running-header', 'running-header']);
  });

  it('keeps lines that differ by a number when they are no page furniture', () => {
    const text = ['Round 1', ...page('port'), 'Round 2', ...page('city')].join('\n');
    expect(cleanText(text).removed).toEqual([]);
    const close = ['Votes for the motion      212', 'Votes against the motion      98', 'Votes for the motion      199'].join('\n');
    expect(cleanText(close).removed).toEqual([]);
  });

  it('takes out a page number alone on a line set far in, even a few lines from the next', () => {
    const text = ['The minister said the plan would be ready soon.', '                                    2', 'Teachers welcomed it.', 'Others did not.', '                                    3'].join('\n');
    const out = cleanText(text);
    expect(out.body).not.toMatch(/\b[23]\b/);
    expect(out.removed).toEqual([
      { text: '2', reason: 'page-number' },
      { text: '3', reason: 'page-number' },
    ]);
  });

  it('takes footnotes at the foot of a page and their markers out of the body, recorded', () => {
    const text = [
      ...page('port').slice(0, -1),
      'the port report was published on Wednesday.¹ The office said more.',
      '¹ Regional Audit Office, Report 2026/07.',
      'Harbour Gazette — Page 1 of 2',
      ...page('city').slice(0, -1),
      'the chief auditor told the city hall.² She left. The berth is 500 m² larger.',
      '² Transcript of the press conference, 11 February 2026.',
      'Harbour Gazette — Page 2 of 2',
    ].join('\n');
    const out = cleanText(text);
    expect(out.body).toContain('published on Wednesday. The office said more.');
    expect(out.body).toContain('told the city hall. She left. The berth is 500 m² larger.');
    expect(out.body).not.toContain('Regional Audit Office');
    expect(out.body).not.toContain('Transcript');
    expect(out.removed).toContainEqual({ text: '¹ Regional Audit Office, Report 2026/07.', reason: 'footnote' });
    expect(out.removed).toContainEqual({ text: '² Transcript of the press conference, 11 February 2026.', reason: 'footnote' });
    expect(out.removed.filter((r) => r.reason === 'footnote-marker').map((r) => r.text)).toEqual(['¹', '²']);
  });

  it('leaves superscripts alone when no footnote explains them', () => {
    const out = cleanText('The flat measures 50 m² and the plot 2 km².\n\nThe owner paid E = mc² in taxes, he joked.¹');
    expect(out.body).toBe('The flat measures 50 m² and the plot 2 km².\n\nThe owner paid E = mc² in taxes, he joked.¹');
  });

  it('folds the Latin ligatures a PDF leaves when the text is decoded, and nothing else NFKC would change', () => {
    const bytes = new TextEncoder().encode('The ﬁnance chief, Ian Griﬃths, quit the oﬃce.\n\nHe owes ½ of 10² ﬂoors, ﬀ.');
    expect(decodeBytes(bytes, 'pdf.txt').text).toBe('The finance chief, Ian Griffiths, quit the office.\n\nHe owes ½ of 10² floors, ff.');
  });
});

describe('two-column text (pdftotext -layout)', () => {
  const left = [
    'Authorities in three provinces will ration',
    'tap water from Monday after reservoirs fell',
    'to 19 per cent of capacity, the lowest level',
    'since records began. Officials warned that',
    'further cuts could follow during',
  ];
  const right = [
    'the dry months. The agriculture minister',
    'said farmers would receive emergency pay-',
    'ments for lost crops. Farm unions said the',
    'sum was far too low. The national weather',
    'agency expects below-average rainfall until',
    'at least May, and the reservoirs will not',
    'fill again before the end of the summer, its',
    'director said.',
  ];
  const columns = (l: readonly string[], r: readonly string[]) =>
    Array.from({ length: Math.max(l.length, r.length) }, (_, i) => (r[i] ? `${(l[i] ?? '').padEnd(48)}${r[i]}` : l[i]));

  it('reads the left column, then the right one, and the head line set as cells', () => {
    const text = ['Drought forces water rationing in three provinces', 'By Lucía Ferrandis, Agriculture Correspondent      Published 4 March 2026', '', ...columns(left, right)].join('\n');
    const out = cleanText(text);
    expect(out.title).toBe('Drought forces water rationing in three provinces');
    expect(out.authors).toEqual(['Lucía Ferrandis']);
    expect(out.published).toBe('2026-03-04');
    expect(out.body).toBe(
      'Authorities in three provinces will ration tap water from Monday after reservoirs fell to 19 per cent of capacity, the lowest level since records began. Officials warned that further cuts could follow during the dry months. The agriculture minister said farmers would receive emergency payments for lost crops. Farm unions said the sum was far too low. The national weather agency expects below-average rainfall until at least May, and the reservoirs will not fill again before the end of the summer, its director said.',
    );
  });

  it('reads each page on its own, pages split by a form feed or a running header', () => {
    const next = (lines: readonly string[]) => lines.map((l) => l.toUpperCase());
    const text = [...columns(left, right), '\fTHE COURIER           2', ...columns(next(left), next(right)), 'THE COURIER           3'].join('\n');
    const out = cleanText(text);
    expect(out.body).toContain('further cuts could follow during the dry months');
    expect(out.body).toContain('FURTHER CUTS COULD FOLLOW DURING THE DRY MONTHS');
    expect(out.body).toContain('its director said.\n\nAUTHORITIES IN THREE PROVINCES');
    expect(out.removed.map((r) => r.reason)).toEqual(['running-header', 'running-header']);
  });

  it('leaves a table, and a line crossing the gutter, as they are', () => {
    const table = ['Party          Votes      Seats', 'Labour         12,400     14', 'Conservative   9,100      9', 'Liberal        3,050      2', 'Green          1,200      1'].join('\n');
    expect(cleanText(table).body).toContain('Labour 12,400 14');
    const crossing = columns(left, right);
    crossing.splice(2, 0, 'A line of the page that runs right across the gutter of the two columns');
    expect(cleanText(crossing.join('\n')).body).toContain('Authorities in three provinces will ration the dry months.');
  });
});

describe('wire copy and boilerplate variants', () => {
  const story = 'Russian strikes overnight cut electricity to about 600,000 homes, the grid operator said on Tuesday.';

  it('takes the outlet of a copyright line up to the end of its sentence', () => {
    expect(cleanText(`${story}\n\n© 2026 Reuters. All rights reserved.`).outlet).toBe('Reuters');
    expect(cleanText(`${story}\n\nCopyright 2026 Daily Dispatch Media Group. This article may not be republished without permission.`).outlet).toBe('Daily Dispatch Media Group');
    expect(cleanText(`${story}\n\nCopyright © 2019 U.S. News & World Report`).outlet).toBe('U.S. News & World Report');
  });

  it('keeps a credit wrapped over two lines whole, as a credit', () => {
    const out = cleanText(`${story}\n(Reporting by Olena Hrytsenko in Kyiv and Daniel Marsh in London; Editing by\nPeter Alcott)`);
    expect(out.credits).toEqual(['(Reporting by Olena Hrytsenko in Kyiv and Daniel Marsh in London; Editing by Peter Alcott)']);
    expect(out.body).toBe(story);
  });

  it('removes "Follow <outlet> on ...", a feed\'s "The post ... appeared first on ..." and "Support <outlet> from €2"', () => {
    const out = cleanText(
      [
        story,
        'Follow Northfield Post on Facebook, Instagram and X for the latest news.',
        'The post Oil spill off Cape Wrenna “largest in a decade” appeared first on Coastline Times.',
        'Our live coverage is free for everyone. Support the Baltic Herald from €2.',
      ].join('\n\n'),
    );
    expect(out.body).toBe(story);
    expect(out.removed.map((r) => r.reason)).toEqual(['share-follow', 'syndication', 'donation-appeal']);
    // A report about a fund raiser, in no one's voice to the reader, stays.
    const news = 'The charity said it would support the Baltic Herald from €2 million raised in the spring.';
    expect(cleanText(`${story}\n\n${news}`).body).toBe(`${story}\n\n${news}`);
  });
});

describe('datelines', () => {
  const dated = (dateline: string, more = '') => cleanText(`Mayor resigns over contract row\n\n${dateline} The mayor resigned on Thursday.${more}`).published;

  it('reads day-month order, a place in any case, a bare date and other languages', () => {
    expect(dated('LISBON, 6 March 2026 -')).toBe('2026-03-06');
    expect(dated('Lisbon, 6 March 2026 -')).toBe('2026-03-06');
    expect(dated('Ávila, 1 March 2026 -')).toBe('2026-03-01');
    expect(dated('March 6, 2026 –')).toBe('2026-03-06');
    expect(dated('MOSCOW, Nov. 21, 2022 (Reuters) -')).toBe('2022-11-21');
    expect(dated('PARIS, 5 mars 2026 -')).toBe('2026-03-05');
    expect(dateFromDateline('In March 6, 2026 the mayor - a former judge - resigned.')).toBeNull();
    expect(dateFromDateline('Between 6 and 9 March 2026 - the worst week - prices rose.')).toBeNull();
  });

  it('completes a wire dateline without a year with the year of the copyright line', () => {
    expect(dated('KYIV, March 3 (Reuters) -', '\n\n© 2026 Reuters. All rights reserved.')).toBe('2026-03-03');
    expect(dated('KYIV, March 3 (Reuters) -')).toBeNull();
    expect(dated('KYIV, March 3 -', '\n\n© 2026 Reuters. All rights reserved.')).toBeNull();
  });
});

describe('French text', () => {
  it('keeps the space before a colon, and reads a "Par ... et ..." byline', () => {
    const out = cleanText(
      'Grève des contrôleurs aériens : 1 200 vols annulés à Orly\nPar Hélène Dubœuf et François Lefèvre\nPARIS, 5 mars 2026 - La grève a entraîné l\'annulation de 1 200 vols mercredi.\nLe syndicat réclame une hausse des salaires de 8 %. « Nous ne céderons pas ! », a-t-il déclaré.',
    );
    expect(out.title).toBe('Grève des contrôleurs aériens : 1 200 vols annulés à Orly');
    expect(out.authors).toEqual(['Hélène Dubœuf', 'François Lefèvre']);
    expect(out.body).toContain('« Nous ne céderons pas ! »');
  });
});

describe('e-mails and pasted web pages', () => {
  const story = [
    'LAKESIDE, Feb. 16 - Mayor Corinne Abellard on Monday dropped a plan to close',
    'four primary schools, two weeks after more than 1,000 parents protested',
    'outside City Hall.',
    '',
    'The plan would have saved the city an estimated $3.8 million a year, she said.',
  ];
  const body =
    'LAKESIDE, Feb. 16 - Mayor Corinne Abellard on Monday dropped a plan to close four primary schools, two weeks after more than 1,000 parents protested outside City Hall.\n\nThe plan would have saved the city an estimated $3.8 million a year, she said.';

  it('takes out a newsletter\'s headers, greeting and footer, and reads its headline and byline', () => {
    const text = [
      'From: The Morning Briefing <briefing@lakesideledger.example>',
      "Subject: Your Tuesday briefing: a mayor's U-turn",
      'Date: Tue, 17 Feb 2026 06:02:11 +0000',
      '',
      'View this email in your browser',
      '',
      'Good morning. Here is what you need to know today.',
      '',
      'Mayor reverses plan to close four primary schools',
      'By Thandiwe Mokoena',
      '',
      ...story,
      '',
      'Forward this email to a friend who would enjoy it.',
      'You are receiving this email because you subscribed to The Morning Briefing.',
      'Unsubscribe | Manage preferences | Privacy policy',
      'Lakeside Ledger, 200 Harbor Way, Lakeside',
    ].join('\n');
    const out = cleanText(text);
    expect(out.title).toBe('Mayor reverses plan to close four primary schools');
    expect(out.authors).toEqual(['Thandiwe Mokoena']);
    expect(out.body).toBe(body);
    // The mail's date, sent after the story, dates it only when nothing else does.
    expect(out.published).toBe('2026-02-17');
    expect(out.removed.filter((r) => r.reason === 'email-header')).toHaveLength(3);
    expect(out.removed).toContainEqual({ text: 'Lakeside Ledger, 200 Harbor Way, Lakeside', reason: 'email-footer' });
    expect(out.removed).toContainEqual({ text: 'Good morning. Here is what you need to know today.', reason: 'before-headline' });
  });

  it('takes out a forward\'s marker and headers, its quote marks, and decodes quoted-printable', () => {
    const text = [
      '---------- Forwarded message ---------',
      'From: Desk Alerts <alerts@northwire.example>',
      'Date: Mon, Mar 9, 2026 at 7:14 AM',
      'Subject: Fwd: Dam operator fined =E2=82=AC2m over fish kill',
      'To: factcheck@example.org',
      '',
      '> Dam operator fined €2m over fish kill',
      '> By Henrik Aas and Mette Lund',
      '>',
      '> OSLO, March 9, 2026 (Northwire) - Norway\'s environment agency fined the',
      '> hydropower company Fjellkraft 20 million crowns on Monday.',
      '>',
      '> (Reporting by Henrik Aas; Editing by Mette Lund)',
      '> =C2=A9 2026 Northwire. All rights reserved.',
    ].join('\n');
    const out = cleanText(text);
    expect(out.title).toBe('Dam operator fined €2m over fish kill');
    expect(out.authors).toEqual(['Henrik Aas', 'Mette Lund']);
    expect(out.body).toBe("OSLO, March 9, 2026 (Northwire) - Norway's environment agency fined the hydropower company Fjellkraft 20 million crowns on Monday.");
    expect(out.credits).toEqual(['(Reporting by Henrik Aas; Editing by Mette Lund)']);
    expect(out.removed).toContainEqual({ text: 'Subject: Fwd: Dam operator fined €2m over fish kill', reason: 'email-header' });
    expect(out.outlet).toBe('Northwire');
  });

  it('decodes a quoted-printable body with its soft line breaks, and leaves other text alone', () => {
    const qp = 'The fine of =E2=82=AC2m was the largest the agency has ever imposed on a dam oper=\nator, officials said.\nThe company said it would appeal the decision in court, according to its lawy=\ners.';
    expect(cleanText(qp).body).toBe('The fine of €2m was the largest the agency has ever imposed on a dam operator, officials said.\n\nThe company said it would appeal the decision in court, according to its lawyers.');
    const plain = 'The formula x=3D+2 is no escape, nor is a =\nline end.';
    expect(cleanText(plain).body).toBe('The formula x=3D+2 is no escape, nor is a = line end.');
  });

  it('takes out a pasted page\'s navigation, section label and tail, and reads its byline and date', () => {
    const text = [
      'Skip to content',
      'Menu',
      'Search',
      'NEWS | ENVIRONMENT',
      'Toxic algae closes Lake Morvan beaches for the summer',
      "Sarah-Jane O'Connell",
      'Wed 4 Mar 2026 09.12 GMT',
      "A swimmer at Lake Morvan's east beach last July. Photograph: Declan Foyle/Lakeland Photo Agency",
      'All six public beaches on Lake Morvan will stay closed until September after tests found record levels of toxic algae, the county health board said on Tuesday.',
      'Read more',
      'Why our lakes are turning green',
      '"This is not a normal year," said Dr. Aoife Brennan, the board\'s environmental health officer.',
      'The closure is expected to cost local businesses about €6 million in lost tourism.',
      'Explore more on these topics',
      'Environment',
      'Most viewed',
      'Man arrested after Galway pub fight',
      'Comments (88)',
    ].join('\n');
    const out = cleanText(text);
    expect(out.title).toBe('Toxic algae closes Lake Morvan beaches for the summer');
    expect(out.authors).toEqual(["Sarah-Jane O'Connell"]);
    expect(out.published).toBe('2026-03-04');
    expect(out.credits).toEqual(["A swimmer at Lake Morvan's east beach last July. Photograph: Declan Foyle/Lakeland Photo Agency"]);
    expect(out.links).toEqual([{ url: null, text: 'Why our lakes are turning green', kind: 'related' }]);
    expect(out.body.split('\n\n')).toEqual([
      'All six public beaches on Lake Morvan will stay closed until September after tests found record levels of toxic algae, the county health board said on Tuesday.',
      '"This is not a normal year," said Dr. Aoife Brennan, the board\'s environmental health officer.',
      'The closure is expected to cost local businesses about €6 million in lost tourism.',
    ]);
    expect(out.removed.filter((r) => r.reason === 'page-tail').map((r) => r.text)).toEqual(['Explore more on these topics', 'Environment', 'Most viewed', 'Man arrested after Galway pub fight', 'Comments (88)']);
  });

  it('keeps what follows a "Most viewed" when the article goes on after it, and a short label that may be a headline', () => {
    const longer = 'The closure is expected to cost local businesses about €6 million in lost tourism this summer, and hoteliers on the north shore say bookings have already fallen by half since the first warnings in February.';
    const out = cleanText(['Beaches closed', 'Tests found record levels of algae, the board said.', 'Most viewed', longer].join('\n'));
    expect(out.body).toContain(longer);
    expect(out.body).toContain('Most viewed');
    const split = cleanText(['Hawaiian Gardens Gang Member', 'Charged with Murdering Deputy', 'By Jane Roe', '', ...story].join('\n'));
    expect(split.removed.map((r) => r.reason)).not.toContain('before-headline');
  });
});
