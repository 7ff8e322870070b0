import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/clean/html/index.js';
import { STORY, PAGE_URL, page, paragraphs } from './html-fixtures.js';

const bodyOf = (html: string): string[] => extractHtml(html, PAGE_URL).paragraphs;

describe('extractHtml: the text walk', () => {
  it('keeps each block its own paragraph (no "cookies.By Jane" run-ons)', () => {
    const out = bodyOf(page({ body: paragraphs() + '<p>Read the agenda at the council office.</p><div>Minutes follow next week.</div>' }));
    expect(out).toEqual([...STORY, 'Read the agenda at the council office.', 'Minutes follow next week.']);
  });

  it('collapses whitespace and no-break spaces, and drops zero-width characters', () => {
    const messy = STORY.map((p, i) => (i === 0 ? `<p>  The\u00a0city   council\n of\u200b Eastbrook ${p.slice('The city council of Eastbrook '.length)}</p>` : `<p>${p}</p>`)).join('');
    expect(bodyOf(page({ body: messy }))[0]).toBe(STORY[0]);
  });

  it('treats one <br> as a line break and two as a paragraph break', () => {
    const body = paragraphs() + '<p>Route 7: Harbour to Mill Lane<br>Route 8: Station to North Park<br><br>Both routes start in September.</p>';
    const out = bodyOf(page({ body }));
    expect(out).toContain('Route 7: Harbour to Mill Lane\nRoute 8: Station to North Park');
    expect(out).toContain('Both routes start in September.');
  });

  it('gives list items and headings their own paragraphs', () => {
    const body = paragraphs(STORY.slice(0, 4)) + '<h2>What changes for riders</h2><ul><li>Four new routes in the north.</li><li>A bus every ten minutes at peak times.</li></ul>' + paragraphs(STORY.slice(4));
    const out = bodyOf(page({ body }));
    const h = out.indexOf('What changes for riders');
    expect(h).toBeGreaterThan(0);
    expect(out.slice(h, h + 3)).toEqual(['What changes for riders', 'Four new routes in the north.', 'A bus every ten minutes at peak times.']);
  });

  it('lists inline links of the kept text as kind "inline", resolved against the page URL', () => {
    const body = paragraphs(STORY.slice(0, 3)) + `<p>The full <a href="/docs/budget-2024.pdf">budget document</a> is online, and the council answered questions from residents about the new routes and timetables.</p>` + paragraphs(STORY.slice(3));
    const out = extractHtml(page({ body }), PAGE_URL);
    expect(out.links).toContainEqual({ url: 'https://www.eastbrook-herald.example/docs/budget-2024.pdf', text: 'budget document', kind: 'inline' });
    expect(out.paragraphs.some((p) => p.includes('The full budget document is online'))).toBe(true);
  });
});

describe('extractHtml: boilerplate passes', () => {
  const reasonsFor = (html: string): Map<string, string> => new Map(extractHtml(html, PAGE_URL).removed.map((r) => [r.text, r.reason]));

  it('removes appeals, share rows, cookie prompts and ad labels with a named reason', () => {
    const body = [
      paragraphs(STORY.slice(0, 3)),
      '<p>Advertisement</p>',
      paragraphs(STORY.slice(3, 5)),
      '<p>Sign up for our morning newsletter and get the day’s top stories delivered to your inbox.</p>',
      paragraphs(STORY.slice(5)),
      '<p>Support independent journalism: make a donation today.</p>',
      '<p>We use cookies to improve your experience. By continuing to use this site you accept our cookie policy.</p>',
    ].join('');
    const html = page({ body });
    const out = extractHtml(html, PAGE_URL);
    expect(out.paragraphs).toEqual(STORY);
    const reasons = reasonsFor(html);
    expect(reasons.get('Advertisement')).toBe('ad-label');
    expect(reasons.get('Sign up for our morning newsletter and get the day’s top stories delivered to your inbox.')).toBe('newsletter-appeal');
    expect(reasons.get('Support independent journalism: make a donation today.')).toBe('donation-appeal');
    expect(reasons.get('We use cookies to improve your experience. By continuing to use this site you accept our cookie policy.')).toBe('cookie-prompt');
  });

  it('drops elements the page marks as share, newsletter or ad boxes', () => {
    const body = paragraphs(STORY.slice(0, 4)) + '<div class="social-share"><span>Share this article</span> <span>Copy link</span></div><div class="newsletter-box"><p>Get our weekly briefing every Friday morning.</p></div>' + paragraphs(STORY.slice(4));
    const html = page({ body });
    expect(bodyOf(html)).toEqual(STORY);
    const reasons = reasonsFor(html);
    expect(reasons.get('Get our weekly briefing every Friday morning.')).toBe('cue:appeal');
  });

  it('moves captions and photo credits to credits, not the body', () => {
    const body = paragraphs(STORY.slice(0, 2)) + '<figure><img src="/bus.jpg" alt=""><figcaption>A bus leaves the central station on Monday.</figcaption></figure>' + '<p>Buses wait at the northern depot. (AP Photo/Jane Smith)</p>' + paragraphs(STORY.slice(2));
    const out = extractHtml(page({ body }), PAGE_URL);
    expect(out.paragraphs).toEqual(STORY);
    expect(out.credits).toContain('A bus leaves the central station on Monday.');
    expect(out.credits).toContain('Buses wait at the northern depot. (AP Photo/Jane Smith)');
  });

  it('moves "contributed reporting" lines to credits', () => {
    const tail = '<p>Reporting by Ann Lee; editing by Tom Grey.</p>';
    const out = extractHtml(page({ body: paragraphs() + tail }), PAGE_URL);
    expect(out.paragraphs).toEqual(STORY);
    expect(out.credits).toContain('Reporting by Ann Lee; editing by Tom Grey.');
  });

  it('turns related-article lines and lists into links of kind "related"', () => {
    const body =
      paragraphs(STORY.slice(0, 3)) +
      '<p>Related: <a href="/news/2024/02/01/tram-plan">Council shelves tram plan</a></p>' +
      paragraphs(STORY.slice(3)) +
      '<h3>You may also like</h3><ul><li><a href="/news/a">Bridge repairs to start in May</a></li><li><a href="/news/b">New library opens in the old post office</a></li></ul>';
    const out = extractHtml(page({ body }), PAGE_URL);
    expect(out.paragraphs).toEqual(STORY);
    const related = out.links.filter((l) => l.kind === 'related');
    expect(related.map((l) => l.text)).toEqual(['Council shelves tram plan', 'You may also like', 'Bridge repairs to start in May', 'New library opens in the old post office']);
    expect(related[0].url).toBe('https://www.eastbrook-herald.example/news/2024/02/01/tram-plan');
  });

  it('drops same-site headline teasers inside the text but keeps a list of outside sources', () => {
    const body =
      paragraphs(STORY.slice(0, 3)) +
      '<p><a href="/news/2024/03/01/fares">FARES TO RISE IN APRIL ACROSS THE REGION</a></p>' +
      paragraphs(STORY.slice(3, 5)) +
      '<ul><li><a href="https://transit-data.example/report">Regional transit report 2023</a></li><li><a href="https://stats.example/commuting">Commuting survey results</a></li></ul>' +
      paragraphs(STORY.slice(5));
    const out = bodyOf(page({ body }));
    expect(out).not.toContain('FARES TO RISE IN APRIL ACROSS THE REGION');
    expect(out).toContain('Regional transit report 2023');
    expect(out).toContain('Commuting survey results');
  });

  it('clears the header zone: repeated title, kicker, byline and date line', () => {
    // Inside the body container, where Readability keeps them (it drops an <h1>/<h2> title itself).
    const lead = '<div>Local</div><div class="headline">Eastbrook approves bus budget</div><div>By Maria Gomez</div><div>March 5, 2024 at 6:30 p.m.</div>';
    const out = extractHtml(page({ body: lead + paragraphs(), head: '<meta property="og:title" content="Eastbrook approves bus budget">' }), PAGE_URL);
    expect(out.paragraphs).toEqual(STORY);
    const reasons = new Map(out.removed.map((r) => [r.text, r.reason]));
    expect(reasons.get('Local')).toBe('header-label');
    expect(reasons.get('Eastbrook approves bus budget')).toBe('title');
    expect(reasons.get('By Maria Gomez')).toBe('byline');
    expect(reasons.get('March 5, 2024 at 6:30 p.m.')).toBe('timestamp');
  });

  it('keeps a short opening question and an upper-case dateline', () => {
    const body = '<p>EASTBROOK, Ohio</p><p>Will the buses finally come on time?</p>' + paragraphs();
    const out = bodyOf(page({ body }));
    expect(out.slice(0, 2)).toEqual(['EASTBROOK, Ohio', 'Will the buses finally come on time?']);
  });

  it('drops the tail: author bio, tag list, comment prompt', () => {
    const tail = '<p>Maria Gomez is a transport reporter who has covered city hall since 2015.</p><ul class="tag-list"><li><a href="/tags/buses">Buses</a></li><li><a href="/tags/council">Council</a></li></ul><p>Leave a comment</p>';
    const out = extractHtml(page({ body: paragraphs() + tail, head: '<meta name="author" content="Maria Gomez">' }), PAGE_URL);
    expect(out.paragraphs).toEqual(STORY);
    const reasons = new Map(out.removed.map((r) => [r.text, r.reason]));
    expect(reasons.get('Maria Gomez is a transport reporter who has covered city hall since 2015.')).toBe('author-bio');
    expect(reasons.get('Leave a comment')).toBe('comments-prompt');
  });

  it('drops press-release "About" boilerplate at the end', () => {
    const tail = '<h3>About Acme Transit</h3><p>Acme Transit builds electric buses for cities in twelve countries and employs 2,000 people worldwide.</p>';
    const out = bodyOf(page({ body: paragraphs() + tail }));
    expect(out).toEqual(STORY);
  });

  it('skips text hidden from readers (hover cards, screen-reader labels)', () => {
    const first = `<p>Mayor <a href="/people/okafor">Linda Okafor</a><span class="rollover-people-block"><a href="/people/okafor">Linda Okafor</a> <a href="/news/x">Okafor wins second term</a></span> defended the plan on Tuesday, saying buses would reduce traffic in the centre.</p>`;
    const out = bodyOf(page({ body: first + paragraphs() }));
    expect(out[0]).toBe('Mayor Linda Okafor defended the plan on Tuesday, saying buses would reduce traffic in the centre.');
  });
});

describe('extractHtml: pages without an article', () => {
  it('says so for an empty page', () => {
    expect(extractHtml('').noArticle).toBeTruthy();
    expect(extractHtml('<html><body></body></html>').paragraphs).toEqual([]);
  });

  it('says so for a page of navigation and a search form', () => {
    const nav = '<nav><ul>' + ['Home', 'News', 'Sport', 'Weather', 'Contact'].map((x) => `<li><a href="/${x}">${x}</a></li>`).join('') + '</ul></nav>';
    const out = extractHtml(`<html><body>${nav}<form><input name="q"><button>Search</button></form><footer>© 2024 Eastbrook Herald</footer></body></html>`, PAGE_URL);
    expect(out.noArticle).toBeTruthy();
  });

  it('does not flag a real article', () => {
    expect(extractHtml(page(), PAGE_URL).noArticle).toBeUndefined();
  });
});
