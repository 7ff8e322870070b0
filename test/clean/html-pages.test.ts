/** Page layouts a fact-checker's collection holds: live blogs, div-built pages, paywalls, lead images. */
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/clean/html/index.js';
import { clean } from '../../src/clean/index.js';
import { STORY, PAGE_URL, page, paragraphs } from './html-fixtures.js';

const reasonOf = (out: ReturnType<typeof extractHtml>, text: string): string | undefined => out.removed.find((r) => r.text === text)?.reason;

describe('the text walk', () => {
  it('keeps a sentence broken by <br> one line, and a list of lines as lines', () => {
    const body = paragraphs(STORY.slice(0, 6)) + '<p>The figures cover<br>the period before<br>a new booking system was introduced.</p><p>Route 7: Harbour<br>Route 8: Station</p>' + paragraphs(STORY.slice(6));
    const out = extractHtml(page({ body }), PAGE_URL).paragraphs;
    expect(out).toContain('The figures cover the period before a new booking system was introduced.');
    expect(out).toContain('Route 7: Harbour\nRoute 8: Station');
  });

  it('keeps the cue of a <div> holding bare text, which Readability turns into a <p>', () => {
    const body = paragraphs(STORY.slice(0, 5)) + '<div class="donate">Our live coverage is free for everyone. Support the Eastbrook Herald from €2.</div>' + paragraphs(STORY.slice(5));
    const out = extractHtml(page({ body }), PAGE_URL);
    expect(out.paragraphs).toEqual(STORY);
    expect(reasonOf(out, 'Our live coverage is free for everyone. Support the Eastbrook Herald from €2.')).toBe('cue:appeal');
  });
});

describe('live blogs', () => {
  const update = (time: string, heading: string | null, text: string) =>
    `<div class="live-post"><time datetime="2026-03-15T${time}:00+02:00">${time}</time>${heading ? `<h3>${heading}</h3>` : ''}<p>${text}</p></div>`;
  const blog = [
    update('23:41', 'Prime minister concedes', STORY[0]),
    update('22:15', 'Turnout highest since 2008', STORY[1]),
    update('21:30', null, STORY[2]),
    update('20:05', 'Exit poll', STORY[3]),
    update('20:00', 'Polls close', STORY[4]),
  ].join('');

  it('keeps each update time as the lead of its first block, headings all alike', () => {
    const out = extractHtml(page({ body: `<div class="live-feed">${blog}</div>` }), PAGE_URL).paragraphs;
    expect(out).toEqual([
      '23:41 — Prime minister concedes', STORY[0],
      '22:15 — Turnout highest since 2008', STORY[1],
      `21:30 — ${STORY[2]}`,
      '20:05 — Exit poll', STORY[3],
      '20:00 — Polls close', STORY[4],
    ]);
  });

  it('leaves a single time above an article where it was', () => {
    const out = extractHtml(page({ body: `<div><time datetime="2026-03-15T08:03">8:03</time><p>${STORY[0]}</p></div>${paragraphs(STORY.slice(1))}` }), PAGE_URL).paragraphs;
    expect(out[0]).toBe(STORY[0]);
  });
});

describe('a page built of <div>s', () => {
  const divs = (list: string[]) => list.map((p) => `<div class="para">${p}</div>`).join('');
  const comments = '<div class="cmts"><div class="cmt-h">Comments (214)</div><div class="cmt"><div class="u">Nurse_Jackie</div><div class="c">I work on a surgical ward and it is worse than these numbers suggest.</div></div><div class="cmt"><div class="u">realist99</div><div class="c">Throwing money at it never works.</div></div></div>';

  it('drops a row of share buttons run together, and the readers\' comments after their heading', () => {
    const html = `<html><head><title>Bus budget approved</title></head><body><div id="wrap"><div class="txt">${divs(STORY.slice(0, 5))}<div class="shr"><span>Share</span><span>Tweet</span><span>Pin</span><span>Email</span></div>${divs(STORY.slice(5))}${comments}</div></div></body></html>`;
    const out = extractHtml(html, PAGE_URL);
    expect(out.paragraphs).toEqual(STORY);
    expect(reasonOf(out, 'ShareTweetPinEmail')).toBe('share-row');
    for (const t of ['Comments (214)', 'Nurse_Jackie', 'I work on a surgical ward and it is worse than these numbers suggest.', 'Throwing money at it never works.']) expect(reasonOf(out, t)).toBe('comments');
  });

  it('keeps an article whose text names comments, and a "Comments" label above the article', () => {
    const body = '<p>Comments</p>' + paragraphs(STORY.slice(0, 4)) + '<p>Comments from residents were mostly positive, the council said in its summary of the consultation.</p>' + paragraphs(STORY.slice(4));
    expect(extractHtml(page({ body }), PAGE_URL).paragraphs).toEqual([...STORY.slice(0, 4), 'Comments from residents were mostly positive, the council said in its summary of the consultation.', ...STORY.slice(4)]);
  });
});

describe('the article element around the text Readability picks', () => {
  const lead = `<header><div class="kicker">Transport</div><h1>Eastbrook approves bus budget</h1><p class="standfirst">Four new routes and a bus every ten minutes at peak times.</p></header>
    <figure class="lead-image"><img src="bus.jpg"><figcaption>A bus in Eastbrook on Monday. <span class="credit">Photograph: Ana Ruiz/Reuters</span></figcaption></figure>`;
  const tail = '<div class="newsletter-inline"><h3>Sign up for First Edition</h3></div><footer class="story-footer"><p>Additional reporting by Sofia Lind in Kresny.</p></footer>';
  const body = paragraphs(STORY.slice(0, 3)) + '<aside class="inline-promo"><a href="/climate/floods">READ MORE: Why Europe\'s floods are getting worse</a></aside>' + paragraphs(STORY.slice(3));

  it('files the lead image caption and the footer credit as credits, the promo as a related link, the standfirst as removed', () => {
    const out = extractHtml(page({ lead, body, tail }), PAGE_URL);
    expect(out.paragraphs).toEqual(STORY);
    expect(out.credits).toEqual(['A bus in Eastbrook on Monday. Photograph: Ana Ruiz/Reuters', 'Additional reporting by Sofia Lind in Kresny.']);
    expect(out.links).toContainEqual({ url: 'https://www.eastbrook-herald.example/climate/floods', text: "READ MORE: Why Europe's floods are getting worse", kind: 'related' });
    expect(reasonOf(out, 'Four new routes and a bus every ten minutes at peak times.')).toBe('standfirst');
    expect(reasonOf(out, 'Eastbrook approves bus budget')).toBe('title');
  });

  it('takes every name of the visible byline when the structured data lists fewer', () => {
    const head = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Eastbrook approves bus budget","author":{"@type":"Person","name":"Elina Saarinen"}}</script>';
    const out = extractHtml(page({ head, lead: '<div class="live-meta">Elina Saarinen and Jonas Petrauskas · Updated 15 March 2026 23:41 EET</div>', body: paragraphs() }), PAGE_URL);
    expect(out.authors).toEqual(['Elina Saarinen', 'Jonas Petrauskas']);
  });
});

describe('a paywalled page', () => {
  const head = `<meta property="og:description" content="Documents seen by the Herald show payments totalling £180,000 over two years.">
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Aide paid fees by supplier","isAccessibleForFree":"False"}</script>`;
  const lead = '<h1>Aide paid fees by supplier</h1><p class="lede">A senior aide to the defence minister received £180,000 in consultancy fees from</p>';
  const prompt = '<div class="paywall-prompt"><h2>This article is for subscribers only</h2><p>Subscribe to the Herald for unlimited access to award-winning journalism. Just £1 for your first month.</p></div>';

  it('keeps the teaser and the description as the body, says it is partial, and removes the prompt', () => {
    const out = extractHtml(page({ head, lead, body: prompt }), PAGE_URL);
    expect(out.paragraphs).toEqual(['Documents seen by the Herald show payments totalling £180,000 over two years.', 'A senior aide to the defence minister received £180,000 in consultancy fees from']);
    expect(out.partial).toMatch(/paywall/);
    expect(reasonOf(out, 'This article is for subscribers only')).toBe('paywall');
  });

  it("warns the article's readers that its body is the teaser only", () => {
    const doc = { source: 'aide.html', rawHash: 'h', docHash: 'd', format: 'html' as const, text: page({ head, lead, body: prompt }), encoding: 'UTF-8', hints: { url: PAGE_URL } };
    expect(clean(doc).warnings).toEqual(['paywalled: the body is the public teaser only']);
    expect(clean({ ...doc, text: page({ head, lead, body: paragraphs() }) }).warnings).toBeUndefined();
  });

  it('reads a paywalled page that shows its whole text as an ordinary article', () => {
    const out = extractHtml(page({ head, lead, body: paragraphs() }), PAGE_URL);
    expect(out.paragraphs).toEqual(STORY);
    expect(out.partial).toBeUndefined();
  });
});
