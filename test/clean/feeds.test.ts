import { describe, expect, it } from 'vitest';
import { expandContainer, outletOfFeed, type Container } from '../../src/ingest/containers.js';
import { clean } from '../../src/clean/index.js';
import { extractHtml } from '../../src/clean/html/index.js';
import { plainText } from '../../src/clean/html/plain.js';
import { withoutTracking } from '../../src/clean/html/url.js';
import { page, paragraphs } from './html-fixtures.js';

const container = (text: string, name = 'feed.xml'): Container => ({ source: name, rawHash: 'raw', text, encoding: 'UTF-8', name });

const BODY = '&lt;p&gt;Dock workers at the port of Harbor City returned to work on Thursday after a nine-day strike, the union said.&lt;/p&gt;';

const atom = (entry: string, title = 'Harbor Dispatch', link = 'https://harbor.example/') => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>${title}</title><link href="${link}"/><id>urn:x</id><updated>2026-03-12T08:00:00Z</updated>
<entry><link href="https://harbor.example/a"/><id>urn:a</id><published>2026-03-12T07:30:00Z</published>${entry}<content type="html">${BODY}</content></entry></feed>`;

const rss = (item: string, title = 'Valley Courier', link = 'https://valleycourier.example/') => `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>${title}</title><link>${link}</link>
<item>${item}<description>${BODY}</description></item></channel></rss>`;

async function firstDocument(xml: string) {
  const out = await expandContainer(container(xml));
  expect(out.errors).toEqual([]);
  return out.documents[0];
}

describe('feeds: titles, authors and outlets as plain text', () => {
  it('turns an Atom type="html" title into plain text, markup and event handlers gone', async () => {
    const doc = await firstDocument(atom('<title type="html">Port strike ends &lt;img src=x onerror=alert(1)&gt;after &lt;b&gt;nine&lt;/b&gt; days</title>'));
    expect(doc.hints.title).toBe('Port strike ends after nine days');
    expect(clean(doc).title).toBe('Port strike ends after nine days');
  });

  it('decodes an RSS title escaped twice, and a channel title with an entity', async () => {
    const doc = await firstDocument(rss('<title>Mayor&amp;#8217;s office denies &amp;quot;cover-up&amp;quot;</title>', 'Harbor &amp;amp; Hill'));
    expect(doc.hints.title).toBe('Mayor’s office denies "cover-up"');
    expect(doc.hints.outlet).toBe('Harbor & Hill');
  });

  it('reads every Atom author and every dc:creator', async () => {
    const a = await firstDocument(atom('<title>Water on an exoplanet</title><author><name>Dr. Rosalind Achebe</name></author><author><name>Tomás Quintero</name></author>'));
    expect(a.hints.authors).toEqual(['Dr. Rosalind Achebe', 'Tomás Quintero']);
    const one = await firstDocument(atom('<title>Water on an exoplanet</title><author><name>Tomás Quintero</name></author>'));
    expect(one.hints.authors).toEqual(['Tomás Quintero']);
    const r = await firstDocument(rss('<title>Flood report</title><dc:creator>Li Wei</dc:creator><dc:creator><![CDATA[Ana Folau]]></dc:creator>'));
    expect(r.hints.authors).toEqual(['Li Wei', 'Ana Folau']);
  });

  it('takes the name of an RSS <author> "email (Name)", and no desk named like the outlet', async () => {
    const r = await firstDocument(rss('<title>Flood report</title><author>li.wei@valleycourier.example (Li Wei)</author>'));
    expect(r.hints.authors).toEqual(['Li Wei']);
    const desk = await firstDocument(atom('<title>Measles</title><author><name>Harbor Dispatch Desk</name></author>'));
    expect(desk.hints.authors).toBeUndefined();
  });

  it('names the outlet without the section of the channel title, and the link without utm parameters', async () => {
    const doc = await firstDocument(
      rss('<title>Oil spill</title><link>https://coastlinetimes.example/env/spill?utm_source=rss&amp;utm_medium=rss</link>', 'Coastline Times – Environment', 'https://coastlinetimes.example/environment'),
    );
    expect(doc.hints.outlet).toBe('Coastline Times');
    expect(doc.hints.url).toBe('https://coastlinetimes.example/env/spill');
  });

  it('keeps the id a feed item had before its hints were cleaned', async () => {
    const xml = rss('<title>Mayor&amp;#8217;s office</title><link>https://valleycourier.example/a?utm_source=rss</link><dc:creator>Li Wei</dc:creator><dc:creator>Ana Folau</dc:creator>');
    const doc = await firstDocument(xml);
    const { sha256 } = await import('../../src/ingest/containers.js');
    const before = { title: 'Mayor&#8217;s office', url: 'https://valleycourier.example/a?utm_source=rss', outlet: 'Valley Courier', authors: ['Li Wei'] };
    expect(doc.docHash).toBe(sha256(JSON.stringify([doc.format, doc.text, before])));
  });
});

describe('outletOfFeed', () => {
  it('keeps the part of the title the feed host spells, else the first', () => {
    expect(outletOfFeed('World news - The Local', 'https://www.thelocal.example/')).toBe('The Local');
    expect(outletOfFeed('BBC News - World', 'https://feeds.bbci.example/news/world')).toBe('BBC News');
    expect(outletOfFeed('Harbor & Hill Dispatch', 'https://harborhill.example/')).toBe('Harbor & Hill Dispatch');
  });
});

describe('plain-text metadata', () => {
  it('drops tags and decodes entities until none are left, leaving plain text alone', () => {
    expect(plainText('Telescope spots water on <i>Kepler-1708c</i>')).toBe('Telescope spots water on Kepler-1708c');
    expect(plainText('AT&amp;amp;T profits &#8216;up&#8217;')).toBe('AT&T profits ‘up’');
    expect(plainText('Why 3 < 5 matters to Q&A fans')).toBe('Why 3 < 5 matters to Q&A fans');
    expect(plainText('Fees &lt;script&gt;alert(1)&lt;/script&gt; paid')).not.toMatch(/<|alert/);
  });

  it('never gives a live tag, however many times it was escaped', () => {
    let title = 'Port strike <img src=x onerror=alert(1)> ends';
    for (let times = 1; times <= 6; times++) {
      title = title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      expect(plainText(title)).not.toMatch(/<[a-z]/i);
    }
  });

  it('gives an HTML page title, outlet and authors as plain text', () => {
    const head = `<meta property="og:site_name" content="Valley &amp;amp; Hill"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Mayor&#8217;s office denies <b>cover-up</b>","author":{"@type":"Person","name":"Ana &lt;i&gt;Ruiz&lt;/i&gt;"}}</script>`;
    const out = extractHtml(page({ head }));
    expect(out.title).toBe('Mayor’s office denies cover-up');
    expect(out.outlet).toBe('Valley & Hill');
    expect(out.authors).toEqual(['Ana Ruiz']);
  });

  it('drops tracking parameters from a page URL and nothing else', () => {
    expect(withoutTracking('https://a.example/x?id=4&utm_source=rss&utm_medium=rss#top')).toBe('https://a.example/x?id=4#top');
    expect(withoutTracking('https://a.example/x?utm_campaign=y')).toBe('https://a.example/x');
    expect(withoutTracking('https://a.example/x?page=2')).toBe('https://a.example/x?page=2');
    expect(extractHtml(page({ head: '<link rel="canonical" href="https://a.example/story?fbclid=abc">' })).url).toBe('https://a.example/story');
  });
});

describe('bylines in a page', () => {
  it('reads every name of "By A in City and B in City"', () => {
    const lead = '<div class="byline">By <span>Aditya Venkataraman</span> in Mumbai and <span>Claire Dubois</span> in Paris</div>';
    expect(extractHtml(page({ lead, body: paragraphs() })).authors).toEqual(['Aditya Venkataraman', 'Claire Dubois']);
  });
});
