import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/clean/html/index.js';
import { clean } from '../../src/clean/index.js';

const P = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of the report: the regional council voted on Tuesday to close the old bridge after engineers found deep cracks in two of its pillars, and repairs will take most of a year.</p>`).join('\n');

function page(article: string, extra = '', head = '') {
  return `<!doctype html><html><head><title>Bridge Closed | Valley Gazette</title>${head}</head><body>
  <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
  <article><h1>Bridge Closed After Cracks Found</h1>${article}</article>${extra}
  <footer>© 2024 Valley Gazette. All rights reserved.</footer></body></html>`;
}

describe('HTML extraction', () => {
  it('keeps every paragraph of the article and leaves navigation and footer out', () => {
    const out = extractHtml(page(P(6)), 'https://gazette.example/2024/03/05/bridge');
    expect(out.paragraphs.filter((p) => p.startsWith('Paragraph'))).toHaveLength(6);
    expect(out.paragraphs.join(' ')).not.toMatch(/Home|Sport|All rights reserved/);
    expect(out.noArticle).toBeUndefined();
  });

  it('reads metadata from Open Graph and JSON-LD', () => {
    const head = `<meta property="og:site_name" content="Valley Gazette"><link rel="canonical" href="https://gazette.example/bridge">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Bridge Closed After Cracks Found","datePublished":"2024-03-05T09:00:00Z","author":[{"@type":"Person","name":"Ana Ruiz"}]}</script>`;
    const out = extractHtml(page(P(5), '', head));
    expect(out.outlet).toBe('Valley Gazette');
    expect(out.published).toBe('2024-03-05');
    expect(out.authors).toEqual(['Ana Ruiz']);
    expect(out.url).toBe('https://gazette.example/bridge');
  });

  it('takes share lines and newsletter boxes out, with a reason', () => {
    const out = extractHtml(page(`${P(5)}<p>Share on Facebook</p><div class="newsletter"><p>Sign up for our newsletter to get the news in your inbox every morning.</p></div>`));
    expect(out.paragraphs.join(' ')).not.toMatch(/Share on Facebook|newsletter/);
    expect(out.removed.length).toBeGreaterThan(0);
  });

  it('turns an inline related-article line into a related link and a caption credit into a credit', () => {
    const out = extractHtml(
      page(`<figure><img src="b.jpg"><figcaption>The bridge on Monday. (Photo: Jane Smith / Gazette)</figcaption></figure>${P(3)}<p>Related: <a href="/a">Ferry service resumes after strike</a></p>${P(2)}`),
      'https://gazette.example/bridge',
    );
    expect(out.paragraphs.join(' ')).not.toMatch(/Ferry service resumes|Photo: Jane Smith/);
    expect(out.links.some((l) => l.kind === 'related' && /Ferry service/.test(l.text))).toBe(true);
    expect(out.credits.join(' ')).toMatch(/Jane Smith/);
  });

  it('survives broken markup, SCSS in <style> and no <body>, and says when there is no article', () => {
    const broken = `<html><style>.a { .b { color: red; } }</style><div><p>${'<b>'.repeat(500)}text${'<div>'.repeat(2000)}`;
    expect(() => extractHtml(broken)).not.toThrow();
    const empty = extractHtml('<html><body><nav><a href="/">Home</a></nav></body></html>');
    expect(empty.noArticle).toBeTruthy();
  });

  it('the dispatcher cleans HTML into the article shape, with markup in the text kept as text', () => {
    const doc = clean({ source: 'x.html', rawHash: 'h', docHash: 'd', format: 'html', text: page(`${P(4)}<p>He wrote &lt;script&gt;alert(1)&lt;/script&gt; in the chat.</p>`), encoding: 'UTF-8', hints: {} });
    expect(doc.title).toMatch(/Bridge Closed/);
    expect(doc.body).toContain('<script>alert(1)</script>');
    expect(doc.body.split('\n\n').length).toBeGreaterThanOrEqual(5);
  });
});
